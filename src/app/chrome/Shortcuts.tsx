/**
 * The page's keyboard shortcuts wired to the store, the `?` overlay that lists them and the
 * header button that opens it (so they are discoverable without knowing `?`).
 */
import { useMemo, useState } from 'react';
import { useShortcuts } from '../../panels/controls/useShortcuts';
import { useAppStore } from '../StoreContext';
import { ShortcutsHelp, type ShortcutRow } from './ShortcutsHelp';

/** The optional "new weights" action, once the store offers it (same config, fresh seed). */
function newWeightsOf(state: object): (() => void) | undefined {
  const f = (state as { newWeights?: unknown }).newWeights;
  return typeof f === 'function' ? () => (f as () => void)() : undefined;
}

export function Shortcuts() {
  const store = useAppStore();
  const [open, setOpen] = useState(false);
  const hasNewWeights = newWeightsOf(store.getState()) !== undefined;
  const handlers = useMemo(() => {
    const s = () => store.getState();
    return {
      onTogglePlay: () => s().togglePlay(),
      onStep: () => s().step('epoch'),
      onReset: () => s().reset(),
      onNewWeights: hasNewWeights ? () => newWeightsOf(s())?.() : undefined,
      onHelp: () => setOpen((o) => !o),
    };
  }, [store, hasNewWeights]);
  useShortcuts(handlers);
  const rows: ShortcutRow[] = [
    { keys: ['Space'], what: 'Play or pause training' },
    { keys: ['s'], what: 'Step one epoch' },
    { keys: ['r'], what: 'Reset: same weights, epoch 0' },
    ...(hasNewWeights ? [{ keys: ['i'], what: 'New random weights' }] : []),
    { keys: ['?'], what: 'Show or hide this list' },
    { keys: ['Tab', 'Shift+Tab'], what: 'Move between controls; Enter edits a focused weight or bias' },
    { keys: ['←', '→'], what: 'Change a focused slider; Shift+arrow for bigger steps' },
  ];
  return (
    <>
      <button
        type="button" className="help-btn" data-testid="shortcuts-open" aria-keyshortcuts="?"
        aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setOpen(true)}
      >?</button>
      <ShortcutsHelp
        open={open} rows={rows} title="Keyboard shortcuts" closeLabel="Close"
        note="Shortcuts work after clicking any button, picture or slider. While you type in a field, keys go to the field."
        onClose={() => setOpen(false)}
      />
    </>
  );
}
