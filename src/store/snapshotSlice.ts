/** Snapshot slice: what the worker last reported, applied with one set per message. */
import type { StateCreator } from 'zustand';
import { createLossHistory, pushLoss } from '../model/lossHistory';
import { createGradHistory, pushGrads } from '../model/gradHistory';
import type { DataInfo, FromWorker, Snapshot } from '../worker/protocol';
import type { AppState, ModelView, SnapshotSlice } from './types';
import { RESTORE_REASON } from './dataSlice';

const HISTORY_POINTS = 512;

export const createSnapshotSlice: StateCreator<AppState, [], [], SnapshotSlice> = (set, get) => ({
  buildId: 0,
  buildReason: '',
  data: null,
  models: [],
  epochsPerSecond: 0,
  receive: (msg: FromWorker) => {
    const s = get();
    switch (msg.type) {
      case 'built':
        set({
          // The same points keep the same object: a depth drag rebuilds the net, not the data, and
          // every panel that draws or tests the points (boundary, hidden space, theory) memoizes on it.
          buildId: msg.buildId, buildReason: msg.reason, data: s.data && msg.data && sameData(s.data, msg.data) ? s.data : msg.data,
          models: msg.models.map((info) => ({
            info, latest: null, boundary: null, boundaryN: 0, unitGrids: null, unitGridN: 0, hidden: null, history: createLossHistory(HISTORY_POINTS),
            grads: createGradHistory(info.layout.layers.length),
          })),
          status: s.status === 'diverged' || s.status === 'error' || s.status === 'idle' ? 'paused' : s.status,
          message: null,
          divergence: null,
          failure: null,
          // A fresh build starts from the link's seed; a resumed model file does not.
          runMark: msg.reason === RESTORE_REASON ? 'loaded' : null,
        });
        return;
      case 'model':
        set({ modelFile: { json: msg.json, serial: (s.modelFile?.serial ?? 0) + 1 } });
        return;
      case 'snapshot':
        if (msg.snapshot.buildId !== s.buildId) return; // stale: from before the last rebuild
        set({
          models: s.models.map((m, i) => mergeModel(m, msg.snapshot.models[i])),
          epochsPerSecond: msg.snapshot.epochsPerSecond,
          ...(s.status === 'diverged' || s.status === 'error' ? {} : { status: msg.snapshot.running ? 'running' : 'paused' }),
        });
        return;
      case 'status':
        set(msg.message || msg.divergence
          ? { status: 'diverged', message: msg.message, divergence: msg.divergence ?? null }
          : { status: msg.running ? 'running' : 'paused' });
        return;
      case 'ready':
      case 'configured':
        return;
      case 'error':
        if (msg.field === 'worker') set({ status: 'error', message: msg.message, failure: msg.code ?? 'crashed' });
        else set({ notices: [...s.notices, msg.message] });
        return;
    }
  },
});

/** True when two builds' data are the same points, labels, classes and extent (bit for bit). */
export function sameData(a: DataInfo, b: DataInfo): boolean {
  return a.classes === b.classes && a.extent.every((v, i) => Object.is(v, b.extent[i])) &&
    sameArray(a.trainX, b.trainX) && sameArray(a.trainY, b.trainY) && sameArray(a.testX, b.testX) && sameArray(a.testY, b.testY);
}

function sameArray(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function mergeModel(m: ModelView, snap: Snapshot['models'][number] | undefined): ModelView {
  if (!snap) return m;
  const newEpoch = !m.latest || snap.epoch !== m.latest.epoch || snap.step !== m.latest.step;
  // The loss chart gets a point per measurement, at the epoch it was measured: a big net's
  // metrics are reused across snapshots (same id), and a huge net's first one has none yet.
  const newLoss = snap.metricsEpoch >= 0 && snap.metricsId !== m.latest?.metricsId;
  return {
    ...m,
    latest: snap,
    boundary: snap.boundary ?? m.boundary,
    boundaryN: snap.boundary ? snap.gridN : m.boundaryN,
    unitGrids: snap.unitGrids ?? m.unitGrids,
    unitGridN: snap.unitGrids ? snap.unitGridN : m.unitGridN,
    hidden: snap.hidden ? { view: snap.hidden, params: snap.params } : m.hidden,
    history: newLoss ? pushLoss(m.history, snap.metricsEpoch, snap.trainLoss, snap.testLoss, snap.metricsLr ?? NaN) : m.history,
    grads: newEpoch ? pushGrads(m.grads, snap.epoch, snap.step, snap.stats) : m.grads,
  };
}

