/**
 * "New random weights": draws a new initialization seed (URL key `iseed`), so the same data
 * starts from different weights. Reset, by contrast, replays the same run. Key: i.
 */
import { useT } from '../i18n';
import { useAppStore } from './StoreContext';

/** A fresh 32-bit seed. The page may use the browser's randomness; the core never does. */
function drawSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]!;
}

/** Sets a new initialization seed, never the current one. The `i` shortcut (Shortcuts.tsx) calls it too. */
export function renewWeights(store: ReturnType<typeof useAppStore>): void {
  const current = store.getState().config.initSeed;
  let seed = drawSeed();
  while (seed === current) seed = drawSeed();
  store.getState().setConfig({ initSeed: seed });
}

export function NewWeightsButton() {
  const t = useT();
  const store = useAppStore();
  const renew = () => renewWeights(store);
  return (
    <button type="button" className="new-weights" data-testid="new-weights" title={t('app.newWeightsTitle')} onClick={renew}>
      {t('app.newWeights')}
    </button>
  );
}
