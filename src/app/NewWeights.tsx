/**
 * "New random weights": draws a new initialization seed (URL key `iseed`), so the same data
 * starts from different weights. Reset, by contrast, replays the same run. Key: i.
 */
import { useEffect } from 'react';
import { useT } from '../i18n';
import { isTypingTarget } from '../panels/controls/useShortcuts';
import { useAppStore } from './StoreContext';

/** A fresh 32-bit seed. The page may use the browser's randomness; the core never does. */
function drawSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]!;
}

export function NewWeightsButton() {
  const t = useT();
  const store = useAppStore();
  const renew = () => {
    const current = store.getState().config.initSeed;
    let seed = drawSeed();
    while (seed === current) seed = drawSeed();
    store.getState().setConfig({ initSeed: seed });
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || isTypingTarget(e.target)) return;
      if (e.key === 'i' || e.key === 'I') renew();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  return (
    <button type="button" className="new-weights" data-testid="new-weights" title={t('app.newWeightsTitle')} onClick={renew}>
      {t('app.newWeights')}
    </button>
  );
}
