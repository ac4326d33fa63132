/**
 * The page's keyboard shortcuts wired to the store, the `?` overlay that lists them and the
 * header button that opens it (so they are discoverable without knowing `?`).
 */
import { useMemo, useState } from 'react';
import { SHORTCUTS, useShortcuts, type ShortcutAction, type ShortcutHandlers } from '../../panels/controls/useShortcuts';
import { renewWeights } from '../NewWeights';
import { useApp, useAppStore } from '../StoreContext';
import { selHide } from '../containers/ControlsContainer';
import { useT } from '../../i18n';
import { ShortcutsHelp, type ShortcutRow } from './ShortcutsHelp';

/** What each action does, as an i18n key (a Record, so a new action without a line fails typecheck). */
const WHAT: Record<ShortcutAction, string> = {
  onTogglePlay: 'ux.shortcuts.play',
  onStep: 'ux.shortcuts.step',
  onReset: 'ux.shortcuts.reset',
  onNewWeights: 'ux.shortcuts.newWeights',
  onHelp: 'ux.shortcuts.help',
};

/**
 * The overlay's rows for the keys that work right now: one per SHORTCUTS entry with a handler,
 * then the keys the page's widgets handle themselves (Tab, arrows). Pure, for tests.
 */
export function shortcutRows(handlers: ShortcutHandlers, t: (key: string) => string): ShortcutRow[] {
  const own = SHORTCUTS.filter((s) => handlers[s.action]).map((s) => ({
    keys: [s.keys[0] === ' ' ? t('ux.shortcuts.space') : s.keys[0]!],
    what: t(WHAT[s.action]),
  }));
  return [
    ...own,
    { keys: ['Tab', t('ux.shortcuts.tabKeys')], what: t('ux.shortcuts.tab') },
    { keys: ['←'], what: t('ux.shortcuts.diagram') },
    { keys: ['←', '→'], what: t('ux.shortcuts.slider') },
  ];
}

/** `newWeights`: the page shows the "New random weights" button, so `i` does the same. */
export function Shortcuts({ newWeights = false }: { newWeights?: boolean }) {
  const t = useT();
  const store = useAppStore();
  const [open, setOpen] = useState(false);
  const hide = useApp(selHide);
  const handlers = useMemo(() => {
    const s = () => store.getState();
    return {
      // A control a classroom link hides has no shortcut either.
      onTogglePlay: hide.has('play') ? undefined : () => s().togglePlay(),
      onStep: hide.has('step') ? undefined : () => s().step('epoch'),
      onReset: hide.has('reset') ? undefined : () => s().reset(),
      onNewWeights: newWeights ? () => renewWeights(store) : undefined,
      onHelp: () => setOpen((o) => !o),
    };
  }, [store, newWeights, hide]);
  useShortcuts(handlers);
  const rows = shortcutRows(handlers, t);
  return (
    <>
      <button
        type="button" className="help-btn" data-testid="shortcuts-open" aria-keyshortcuts="?"
        aria-label={t('ux.shortcuts.open')} title={t('ux.shortcuts.openTitle')} onClick={() => setOpen(true)}
      >?</button>
      <ShortcutsHelp
        open={open} rows={rows} title={t('ux.shortcuts.title')} closeLabel={t('ux.shortcuts.close')}
        note={t('ux.shortcuts.note')}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
