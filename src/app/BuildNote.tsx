/** Says when and why the worker rebuilt the network, so a reset of the weights is never silent. */
import { useApp } from './StoreContext';
import { selBuildReason } from '../store/selectors';
import { useT } from '../i18n';

export function BuildNote() {
  const reason = useApp(selBuildReason);
  const t = useT();
  if (!reason || reason === 'load') return null;
  return (
    <p className="build-note" role="status" data-testid="build-note">
      {reason === 'reset' ? t('app.build.reset') : t('app.build.rebuilt', { reason })}
    </p>
  );
}
