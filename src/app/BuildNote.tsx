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
      {buildNoteText(reason, t)}
    </p>
  );
}

/**
 * The note for a build reason from the bridge ("hidden, lr changed", "dataset, custom changed",
 * "restart", "reset") in plain words in the page's language: what happened, and why.
 */
export function buildNoteText(reason: string, tr: (key: string, o?: Record<string, unknown>) => string = t): string {
  if (reason === 'reset') return tr('app.build.reset');
  const m = /^(.+) changed$/.exec(reason);
  if (m) {
    const keys = m[1]!.split(', ');
    // A CSV or link import sets the data (and switches to it): one event for the reader.
    if (keys.includes('custom') && keys.every((k) => k === 'custom' || k === 'dataset')) return tr('app.build.imported');
    const what = keys.map((k) => (i18n.exists(`app.field.${k}`) ? tr(`app.field.${k}`) : k)).join(', ');
    return tr('app.build.changed', { what });
  }
  if (i18n.exists(`app.build.why.${reason}`)) return tr(`app.build.why.${reason}`);
  return tr('app.build.rebuilt', { reason });
}
