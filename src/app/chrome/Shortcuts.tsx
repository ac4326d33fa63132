/**
 * The page's keyboard shortcuts wired to the store, the `?` overlay that lists them and the
 * header button that opens it (so they are discoverable without knowing `?`).
 */
import { useMemo, useState } from 'react';
import { useShortcuts } from '../../panels/controls/useShortcuts';
import { useApp, useAppStore } from '../StoreContext';
import { selHide } from '../containers/ControlsContainer';
import { useT } from '../../i18n';
import { ShortcutsHelp, type ShortcutRow } from './ShortcutsHelp';

/** The optional "new weights" action, once the store offers it (same config, fresh seed). */
function newWeightsOf(state: object): (() => void) | undefined {
  const f = (state as { newWeights?: unknown }).newWeights;
  return typeof f === 'function' ? () => (f as () => void)() : undefined;
}

export function Shortcuts() {
  const t = useT();
  const store = useAppStore();
  const [open, setOpen] = useState(false);
  const hide = useApp(selHide);
  const hasNewWeights = newWeightsOf(store.getState()) !== undefined;
  const handlers = useMemo(() => {
    const s = () => store.getState();
    return {
      // A control a classroom link hides has no shortcut either.
      onTogglePlay: hide.has('play') ? undefined : () => s().togglePlay(),
      onStep: hide.has('step') ? undefined : () => s().step('epoch'),
      onReset: hide.has('reset') ? undefined : () => s().reset(),
      onNewWeights: hasNewWeights ? () => newWeightsOf(s())?.() : undefined,
      onHelp: () => setOpen((o) => !o),
    };
  }, [store, hasNewWeights, hide]);
  useShortcuts(handlers);
  const rows: ShortcutRow[] = [
    { keys: [t('ux.shortcuts.space')], what: t('ux.shortcuts.play') },
    { keys: ['s'], what: t('ux.shortcuts.step') },
    { keys: ['r'], what: t('ux.shortcuts.reset') },
    ...(hasNewWeights ? [{ keys: ['i'], what: t('ux.shortcuts.newWeights') }] : []),
    { keys: ['?'], what: t('ux.shortcuts.help') },
    { keys: ['Tab', t('ux.shortcuts.tabKeys')], what: t('ux.shortcuts.tab') },
    { keys: ['←'], what: t('ux.shortcuts.diagram') },
    { keys: ['←', '→'], what: t('ux.shortcuts.slider') },
  ];
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
