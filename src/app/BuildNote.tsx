/** Says when and why the worker rebuilt the network, so a reset of the weights is never silent. */
import { useApp } from './StoreContext';
import { selBuildReason } from '../store/selectors';
import { LESSON_REASON } from '../store/bridge';
import { i18n, t, useT } from '../i18n';

export function BuildNote() {
  const reason = useApp(selBuildReason);
  const t = useT();
  // The first load and a lesson step's own setup are not changes the reader made.
  if (!reason || reason === 'load' || reason === LESSON_REASON) return null;
  return (
    <p className="build-note" role="status" data-testid="build-note">
      {reason === 'reset' ? t('app.build.reset') : t('app.build.rebuilt', { reason: reasonText(reason) })}
    </p>
  );
}

/** The bridge's reason ("hidden, lr changed", "restart") in the page's language; unknown words stay as they are. */
function reasonText(reason: string): string {
  const m = /^(.+) changed$/.exec(reason);
  if (m) return t('app.build.changed', { what: m[1]!.split(', ').map((k) => (i18n.exists(`app.field.${k}`) ? t(`app.field.${k}`) : k)).join(', ') });
  return i18n.exists(`app.reason.${reason}`) ? t(`app.reason.${reason}`) : reason;
}
