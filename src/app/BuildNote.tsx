/** Says when and why the worker rebuilt the network, so a reset of the weights is never silent. */
import { useApp } from './StoreContext';
import { selBuildReason } from '../store/selectors';

export function BuildNote() {
  const reason = useApp(selBuildReason);
  if (!reason || reason === 'load') return null;
  return (
    <p className="build-note" role="status" data-testid="build-note">
      {reason === 'reset' ? 'Weights reset to their initial values.' : `Network rebuilt (${reason}).`}
    </p>
  );
}
