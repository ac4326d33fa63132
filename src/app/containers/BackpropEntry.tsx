/**
 * The backprop walk-through's entry points on the first screen: the button on the network
 * panel that opens it, and the network panel's body, which shows the step-through diagram
 * (loaded in its own chunk) while the mode is open.
 */
import { useT } from '../../i18n';
import { selBpOpen } from '../../store/backpropSlice';
import { useApp, useAppStore } from '../StoreContext';
import { LazyBackpropDiagram } from './lazyPanels';
import { NetworkContainer } from './NetworkContainer';
import './backpropEntry.css';

/** The network panel's body: the editable diagram, or the walk-through while it is open. */
export function NetworkOrBackprop() {
  const open = useApp(selBpOpen);
  return open ? <LazyBackpropDiagram /> : <NetworkContainer />;
}

/** The button on the network panel that opens the walk-through (and closes it again). */
export function BackpropOpenButton() {
  const t = useT();
  const store = useAppStore();
  const open = useApp(selBpOpen);
  return (
    <button
      type="button" className="bp-open" data-testid="bp-open" aria-pressed={open} title={t('backprop.openTitle')}
      onClick={() => {
        if (open) return store.getState().closeBackprop();
        store.getState().openBackprop();
      }}
    >
      {open ? t('backprop.close') : t('backprop.open')}
    </button>
  );
}
