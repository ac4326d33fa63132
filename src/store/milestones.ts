/**
 * Watches the worker's snapshots for the lesson: the moment the shown hidden layer becomes
 * linearly separable, the moment the output reaches 100%, a bounded history of hidden-space
 * pictures for the replay, and the live checkpoints of the three steps. Pure functions do
 * the work (tested in milestones.test.ts); `trackMilestones` applies them to the store.
 */
import type { Snapshot } from '../worker/protocol';
import type { AppStore } from './createAppStore';
import { RECOVERED_ABOVE, VANISHED_BELOW, XOR_FAIL_EPOCHS } from './lessonSteps';
import { emptyMilestones, type HiddenFrame, type LessonChecks, type Milestones } from './railSlice';
import type { AppState } from './types';

type ModelSnap = Snapshot['models'][number];

/** At most this many replay frames; beyond it every other one is dropped and the stride doubles. */
export const MAX_FRAMES = 120;
/** Weights are kept with a frame (for the next layer's lines) only for nets this small. */
const MAX_FRAME_PARAMS = 4096;

/** The milestones after one more snapshot. Returns `ms` itself when nothing changed. */
export function advanceMilestones(ms: Milestones, snap: ModelSnap): Milestones {
  let next = ms;
  const edit = (patch: Partial<Milestones>) => (next = { ...next, ...patch });
  const h = snap.hidden;
  if (h && h.separable !== null) {
    if (next.initialSeparable === null) edit({ initialSeparable: h.separable });
    // The worker's per-epoch answer when it has one (same link, same mark on every machine);
    // otherwise the epoch of the test that first saw it.
    else if (next.separableEpoch === null && next.initialSeparable === false && h.separable) edit({ separableEpoch: h.firstSeparableEpoch ?? h.testedEpoch });
  }
  if (next.solvedEpoch === null && snap.trainAccuracy === 1) edit({ solvedEpoch: snap.epoch });
  if (h) {
    const last = next.frames[next.frames.length - 1];
    if (!last || snap.epoch >= last.epoch + next.stride) {
      const frame: HiddenFrame = { epoch: snap.epoch, view: h, params: snap.params.length <= MAX_FRAME_PARAMS ? snap.params : null };
      let frames = [...next.frames, frame];
      let stride = next.stride;
      if (frames.length > MAX_FRAMES) {
        // Thin evenly, always keeping the first picture (the start) and the newest.
        frames = frames.filter((_, i) => i % 2 === 0 || i === frames.length - 1);
        stride *= 2;
      }
      edit({ frames, stride });
    }
  }
  return next;
}

/** Layer 1's gradient as a share of the output layer's (RMS of dL/dz), or NaN. */
export function layerOneShare(snap: ModelSnap | null | undefined): number {
  const st = snap?.stats;
  if (!st || st.length < 2) return NaN;
  const out = st[st.length - 1]!.gradZ;
  return out > 0 ? st[0]!.gradZ / out : NaN;
}

/** The checkpoints after a state change; a passed check stays passed. Returns `c` when unchanged. */
export function advanceChecks(c: LessonChecks, s: Pick<AppState, 'config' | 'models' | 'milestones'>): LessonChecks {
  const snap = s.models[0]?.latest;
  if (!snap) return c;
  const { dataset, hidden, activation } = s.config;
  const single = hidden.length === 0;
  const acc = snap.trainAccuracy;
  const next = { ...c };
  if (single && acc === 1 && (dataset === 'and' || dataset === 'or')) next[dataset] = true;
  if (single && dataset === 'xor' && snap.epoch >= XOR_FAIL_EPOCHS && acc !== null && acc <= 0.75) next.xorFails = true;
  if (!single && dataset === 'xor') {
    if (s.milestones.separableEpoch !== null) next.separable = true;
    if (next.separable && s.milestones.solvedEpoch !== null) next.solved = true;
  }
  const share = layerOneShare(snap);
  if (hidden.length >= 2 && activation === 'sigmoid' && share < VANISHED_BELOW && (!c.vanished || hidden.length > c.vanishedDepth)) {
    next.vanished = true;
    next.vanishedDepth = Math.max(c.vanishedDepth, hidden.length);
  }
  if (next.vanished && activation !== 'sigmoid' && hidden.length >= next.vanishedDepth && share > RECOVERED_ABOVE) next.recovered = true;
  const same = (Object.keys(c) as (keyof LessonChecks)[]).every((k) => c[k] === next[k]);
  return same ? c : next;
}

/** Keeps the milestones and checkpoints in step with the store. Returns an unsubscribe function. */
export function trackMilestones(store: AppStore): () => void {
  return store.subscribe((s, prev) => {
    let ms = s.milestones.buildId === s.buildId ? s.milestones : emptyMilestones(s.buildId);
    const snap = s.models[0]?.latest;
    if (snap && (snap !== prev.models[0]?.latest || ms !== s.milestones)) ms = advanceMilestones(ms, snap);
    const checks = advanceChecks(s.lessonChecks, { config: s.config, models: s.models, milestones: ms });
    if (ms === s.milestones && checks === s.lessonChecks) return;
    const rebuilt = ms.buildId !== s.milestones.buildId;
    store.setState({ milestones: ms, lessonChecks: checks, ...(rebuilt ? { replayFrame: null } : {}) });
  });
}
