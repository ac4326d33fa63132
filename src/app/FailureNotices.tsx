/**
 * Failures explained where they happen: symmetric weights (every hidden unit the same
 * forever) beside the network, and dead ReLUs (with one-click fixes) in the gradient lab.
 */
import { useShallow } from 'zustand/react/shallow';
import type { TrainConfig } from '../core';
import { useT } from '../i18n';
import { RECOVERED_ABOVE, RECOVERY_WIDTH } from '../store/lessonSteps';
import { layerOneShare } from '../store/milestones';
import type { AppState } from '../store/types';
import { useApp, useAppStore } from './StoreContext';

/** True when the first hidden layer's weights are all equal (init = zeros, or edited so). */
export function symmetricStart(c: TrainConfig, params: ArrayLike<number> | null | undefined, fanIn = 2): boolean {
  if (c.hidden.length === 0 || c.hidden[0]! < 2) return false;
  if (c.init === 'zeros') return true;
  if (!params) return false;
  // Units are symmetric when every unit's incoming weight row is the same (biases start at 0).
  const n = c.hidden[0]! * fanIn;
  for (let k = fanIn; k < n; k++) if (params[k] !== params[k % fanIn]) return false;
  return true;
}

const selSym = (s: AppState) => ({ config: s.config, params: s.models[0]?.latest?.params ?? null });

export function SymmetryNotice() {
  const t = useT();
  const store = useAppStore();
  const { config, params } = useApp(useShallow(selSym));
  if (!symmetricStart(config, params)) return null;
  return (
    <p className="fail-notice" role="status" data-testid="symmetry-notice">
      {t('app.fail.symmetry')}{' '}
      <button type="button" data-testid="symmetry-fix" onClick={() => store.getState().setConfig({ init: 'glorot-uniform' })}>
        {t('app.fail.symmetryFix')}
      </button>
    </p>
  );
}

/** Share of all hidden units that are dead on every training point (from the activation histograms). */
export function deadShare(s: Pick<AppState, 'config' | 'models'>): number {
  const snap = s.models[0]?.latest;
  const stuck = snap?.actHist?.stuck;
  const widths = s.config.hidden;
  if (!stuck || widths.length === 0) return 0;
  let dead = 0, units = 0;
  widths.forEach((w, l) => {
    units += w;
    dead += (stuck[l] ?? 0) * w;
  });
  return units > 0 ? dead / units : 0;
}

/**
 * When to speak: most units dead, or enough of them dead that layer 1 is starved of gradient
 * (at width 4 and depth 20 a third of the units die and layer 1 gets ~1e-3 of the output's).
 */
const DEAD_MAJORITY = 0.5;
const DEAD_SOME = 0.2;

const selDead = (s: AppState) => ({ config: s.config, share: deadShare(s), starved: layerOneShare(s.models[0]?.latest) < RECOVERED_ABOVE });

export function DeadUnitsNotice() {
  const t = useT();
  const store = useAppStore();
  const { config, share, starved } = useApp(useShallow(selDead));
  if (config.activation !== 'relu' || !(share > DEAD_MAJORITY || (starved && share >= DEAD_SOME))) return null;
  const set = (p: Partial<TrainConfig>) => store.getState().setConfig(p);
  const narrow = config.hidden.some((w) => w < RECOVERY_WIDTH);
  const he = config.init === 'he-normal' || config.init === 'he-uniform';
  return (
    <div className="fail-notice" role="status" data-testid="dead-relu-notice" data-share={share}>
      <p>{t('app.fail.dead', { pct: Math.round(share * 100) })}</p>
      <div className="fail-fixes">
        {narrow && (
          <button type="button" data-testid="widen-fix" onClick={() => set({ hidden: config.hidden.map((w) => Math.max(w, RECOVERY_WIDTH)) })}>
            {t('app.fail.widen', { n: RECOVERY_WIDTH })}
          </button>
        )}
        {!he && <button type="button" data-testid="he-fix" onClick={() => set({ init: 'he-normal' })}>{t('app.fail.he')}</button>}
        {config.lr > 0.01 && (
          <button type="button" data-testid="lr-fix" onClick={() => set({ lr: Number((config.lr / 10).toPrecision(3)) })}>
            {t('app.fail.lr', { lr: Number((config.lr / 10).toPrecision(3)) })}
          </button>
        )}
      </div>
    </div>
  );
}
