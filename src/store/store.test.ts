import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { buildLayout, specOf } from '../core';
import type { ToWorker } from '../worker/protocol';

function storeWithPort() {
  const store = createAppStore();
  const sent: ToWorker[] = [];
  store.setState({ port: { send: (m) => sent.push(m), restart: () => sent.push({ type: 'pause' }) } });
  return { store, sent };
}

describe('app store', () => {
  it('gives each call a fresh store', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().setConfig({ lr: 0.01 });
    expect(b.getState().config.lr).not.toBe(0.01);
  });

  it('refuses an invalid patch with a notice and keeps the config', () => {
    const { store } = storeWithPort();
    const before = store.getState().config;
    store.getState().setConfig({ lr: -1 });
    expect(store.getState().config).toBe(before);
    expect(store.getState().notices[0]).toMatch(/lr/);
  });

  it('moves output and loss with the dataset', () => {
    const { store } = storeWithPort();
    store.getState().setConfig({ dataset: 'spiral3' });
    expect(store.getState().config.output).toBe('softmax');
    store.getState().setConfig({ dataset: 'xor' });
    expect(store.getState().config.output).toBe('sigmoid');
  });

  it('sends commands through the port and blocks play after divergence', () => {
    const { store, sent } = storeWithPort();
    store.getState().receive({ type: 'status', running: false, message: 'diverged' });
    store.getState().play();
    expect(sent).toEqual([]);
    store.getState().reset();
    expect(sent.map((m) => m.type)).toEqual(['pause', 'config']);
    expect(store.getState().status).toBe('paused');
  });

  it('keeps the last grid when a snapshot leaves it unchanged, and ignores stale builds', () => {
    const { store } = storeWithPort();
    const config = store.getState().config;
    const info = { spec: specOf(config), layout: buildLayout(specOf(config)), config, kernel: 'ts' as const };
    store.getState().receive({ type: 'built', buildId: 1, reason: 't', models: [info], data: null as never });
    const model = (boundary: Float32Array | null, epoch: number) => ({
      step: epoch, epoch, diverged: false, divergence: null, metricsEpoch: epoch, metricsId: epoch, trainLoss: 1, testLoss: 1, trainAccuracy: 0.5, testAccuracy: 0.5,
      stats: [], params: new Float32Array(0), boundary, gridN: 2, unitGrids: null, unitGridN: 0, hidden: null,
    });
    const g = new Float32Array(4);
    store.getState().receive({ type: 'snapshot', snapshot: { buildId: 1, running: true, epochsPerSecond: 1, models: [model(g, 1)] } });
    store.getState().receive({ type: 'snapshot', snapshot: { buildId: 1, running: true, epochsPerSecond: 1, models: [model(null, 2)] } });
    expect(store.getState().models[0]!.boundary).toBe(g);
    expect(store.getState().models[0]!.latest!.epoch).toBe(2);
    store.getState().receive({ type: 'snapshot', snapshot: { buildId: 0, running: true, epochsPerSecond: 1, models: [model(null, 9)] } });
    expect(store.getState().models[0]!.latest!.epoch).toBe(2);
  });

  it('keeps the last hidden view with the weights it was drawn from, and drops it at a rebuild', () => {
    const { store } = storeWithPort();
    const config = store.getState().config;
    const info = { spec: specOf(config), layout: buildLayout(specOf(config)), config, kernel: 'ts' as const };
    store.getState().receive({ type: 'built', buildId: 1, reason: 't', models: [info], data: null as never });
    const view = { layer: 0, units: 2, points: new Float32Array(8), lines: null, linesCount: 0, samples: 0, nextLine: null, projection: null, separable: true, testedEpoch: 1 };
    const model = (hidden: typeof view | null, params: Float32Array, epoch: number) => ({
      step: epoch, epoch, diverged: false, divergence: null, metricsEpoch: epoch, metricsId: epoch, trainLoss: 1, testLoss: 1, trainAccuracy: 0.5, testAccuracy: 0.5,
      stats: [], params, boundary: null, gridN: 2, unitGrids: null, unitGridN: 0, hidden,
    });
    const p1 = new Float32Array(3), p2 = new Float32Array(3);
    store.getState().receive({ type: 'snapshot', snapshot: { buildId: 1, running: true, epochsPerSecond: 1, models: [model(view, p1, 1)] } });
    store.getState().receive({ type: 'snapshot', snapshot: { buildId: 1, running: true, epochsPerSecond: 1, models: [model(null, p2, 2)] } });
    // The view stays paired with the weights it was computed from, not the newer ones.
    expect(store.getState().models[0]!.hidden).toEqual({ view, params: p1 });
    expect(store.getState().models[0]!.hidden!.params).toBe(p1);
    store.getState().receive({ type: 'built', buildId: 2, reason: 't', models: [info], data: null as never });
    expect(store.getState().models[0]!.hidden).toBeNull();
  });
});
