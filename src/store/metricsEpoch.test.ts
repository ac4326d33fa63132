/**
 * What is shown belongs to the epoch shown. A big net's loss is re-measured only within its
 * share of the worker's time, so snapshots reuse the last measurement; each carries the epoch
 * it was measured at, and the store's loss chart gets one point per measurement at that epoch.
 * Oracle: the same config trained in the core for that many epochs, then evaluated.
 */
import { describe, expect, it } from 'vitest';
import { createTrainer, evaluate, resolveConfig, trainEpoch } from '../core';
import { createAppStore } from './createAppStore';
import { historyPoints } from '../model/lossHistory';
import { Engine } from '../worker/engine';
import type { FromWorker, ModelSnapshot } from '../worker/protocol';

describe('metrics carry the epoch they were measured at', () => {
  it('an expensive net reuses cached metrics; the chart records only new measurements', () => {
    // 3 x 64 hidden units over 500 training points: an evaluation is well above the cheap limit.
    const config = resolveConfig({ dataset: 'circle', points: 1000, hidden: [64, 64, 64], activation: 'relu', init: 'he-normal', lr: 0.01, seed: 3 });
    const store = createAppStore();
    const snaps: ModelSnapshot[] = [];
    let t = 0;
    const engine = new Engine({
      post: (m: FromWorker) => {
        if (m.type === 'snapshot') snaps.push(m.snapshot.models[0]!);
        // A deterministic stand-in for the heavy part's cost: a full snapshot (with a
        // boundary) takes 40 ms of the fake clock, so the engine's time share must skip some.
        if (m.type === 'snapshot' && m.snapshot.models[0]!.boundary) t += 40;
        store.getState().receive(m);
      },
      now: () => (t += 1),
    });
    engine.handle({ type: 'view', view: { thumbnails: false, hiddenLayer: null, epochsPerSecond: null } });
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    engine.handle({ type: 'ack' });
    engine.handle({ type: 'play' });
    for (let i = 0; i < 30; i++) {
      engine.handle({ type: 'ack' });
      engine.tick();
    }
    engine.handle({ type: 'pause' });

    const running = snaps.filter((s) => s.metricsEpoch >= 0);
    expect(running.every((s) => s.metricsEpoch <= s.epoch)).toBe(true);
    // The cache was used: some snapshot shows a newer epoch than its metrics.
    expect(running.some((s) => s.metricsEpoch < s.epoch)).toBe(true);

    // One value per measurement, equal to the core's loss after that many epochs (full batch).
    const byId = new Map<number, ModelSnapshot>();
    for (const s of running) {
      const seen = byId.get(s.metricsId);
      if (seen) expect([s.trainLoss, s.metricsEpoch]).toEqual([seen.trainLoss, seen.metricsEpoch]);
      else byId.set(s.metricsId, s);
    }
    const tr = createTrainer(config);
    const measured = [...byId.values()].sort((a, b) => a.metricsEpoch - b.metricsEpoch);
    for (const s of measured) {
      while (tr.epoch < s.metricsEpoch) trainEpoch(tr);
      expect(s.trainLoss).toBe(evaluate(tr).loss);
    }

    // The chart: exactly one point per measurement, at its epoch (never at a later counter).
    const points = historyPoints(store.getState().models[0]!.history);
    const epochs = [...new Set(measured.map((s) => s.metricsEpoch))];
    expect(points.map((p) => p.epoch)).toEqual(epochs);
    for (const p of points) expect(p.train).toBe(measured.filter((s) => s.metricsEpoch === p.epoch).at(-1)!.trainLoss);
  }, 120_000);
});
