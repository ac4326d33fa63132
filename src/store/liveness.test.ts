import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../core';
import { createWorkerClient } from '../worker/client';
import type { FromWorker, ToWorker } from '../worker/protocol';
import { connectBridge, type BridgeEnv, type TestHooks } from './bridge';
import { createAppStore } from './createAppStore';
import { STALL_MS, createLiveness } from './liveness';

describe('liveness', () => {
  it('reports a worker that owes an answer for longer than STALL_MS, once', () => {
    let t = 0;
    const l = createLiveness(() => t);
    l.sent({ type: 'ack' }, true);
    t = STALL_MS;
    expect(l.check(t)).toBe(false);
    t = STALL_MS + 1;
    expect(l.check(t)).toBe(true);
    expect(l.check(t + 10_000)).toBe(false);
  });

  it('any message from the worker ends the wait; an ack while paused starts none', () => {
    let t = 0;
    const l = createLiveness(() => t);
    l.sent({ type: 'play' }, false);
    l.heard({ type: 'status', running: true, message: null });
    l.sent({ type: 'ack' }, false);
    l.sent({ type: 'view', view: { thumbnails: true, hiddenLayer: null, epochsPerSecond: null } }, true);
    t = 60_000;
    expect(l.check(t)).toBe(false);
  });
});

/** A Worker stand-in: records posts; the test answers for it, or lets it die in silence. */
class FakeWorker {
  posted: ToWorker[] = [];
  terminated = false;
  onmessage: ((ev: { data: FromWorker }) => void) | null = null;
  onerror: ((ev: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(m: ToWorker) {
    if (!this.terminated) this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(m: FromWorker) {
    if (!this.terminated) this.onmessage?.({ data: m });
  }
}

function bridgeWithFakeWorkers() {
  const workers: FakeWorker[] = [];
  let t = 0;
  const ticks: (() => void)[] = [];
  const frames: (() => void)[] = [];
  let hooks: TestHooks | null = null;
  const env: BridgeEnv = {
    makeClient: (cb) => createWorkerClient(cb, () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    }),
    raf: (cb) => frames.push(cb),
    getHash: () => '#dataset=xor&hidden=3',
    setHash: () => {},
    onHashChange: () => () => {},
    now: () => t,
    every: (_ms, cb) => {
      ticks.push(cb);
      return () => {};
    },
    exposeHooks: (h) => {
      hooks = h;
      return () => {};
    },
  };
  const store = createAppStore();
  connectBridge(store, env);
  const advance = (ms: number) => {
    for (let s = 0; s < ms; s += 1000) {
      t += 1000;
      ticks.forEach((f) => f());
    }
  };
  const flushFrames = () => frames.splice(0).forEach((f) => f());
  return { store, workers, advance, flushFrames, hooks: () => hooks! };
}

const snapshot = (buildId: number, running: boolean): FromWorker => ({ type: 'snapshot', snapshot: { buildId, running, epochsPerSecond: 0, models: [] } });

describe('a worker that dies in silence', () => {
  it('is noticed while running, shown as a failure, and Reset starts a fresh worker with the current config', () => {
    const b = bridgeWithFakeWorkers();
    const w0 = b.workers[0]!;
    w0.reply({ type: 'ready' });
    w0.reply({ type: 'built', buildId: 1, reason: 'load', models: [], data: null as never });
    b.store.getState().play();
    w0.reply({ type: 'status', running: true, message: null });
    w0.reply(snapshot(1, true));
    b.flushFrames(); // the UI acks: a snapshot is now owed within milliseconds
    b.advance(2000);
    w0.reply(snapshot(1, true)); // alive
    b.flushFrames();
    b.advance(2000);
    expect(b.store.getState().status).toBe('running');

    b.hooks().terminateWorker(); // the browser kills it: no error event, no message
    b.advance(STALL_MS + 2000);
    expect(b.store.getState().status).toBe('error');
    expect(b.store.getState().failure).toBe('stalled');

    // The learner changed a setting meanwhile; Reset must build that, on a new worker.
    b.store.getState().setConfig({ hidden: [5] });
    b.store.getState().reset();
    expect(b.workers).toHaveLength(2);
    const configs = b.workers[1]!.posted.filter((m) => m.type === 'config');
    expect(configs).toHaveLength(1);
    expect(configs[0]).toMatchObject({ rebuild: true, config: resolveConfig({ dataset: 'xor', hidden: [5] }) });
    expect(b.store.getState().status).toBe('paused');
    expect(b.store.getState().failure).toBeNull();
  });

  it('a paused page never looks stalled, however long it waits', () => {
    const b = bridgeWithFakeWorkers();
    const w0 = b.workers[0]!;
    w0.reply({ type: 'ready' });
    w0.reply({ type: 'built', buildId: 1, reason: 'load', models: [], data: null as never });
    w0.reply(snapshot(1, false));
    b.flushFrames();
    b.advance(60_000);
    expect(b.store.getState().status).not.toBe('error');
  });

  it('a script that fails to load is reported as such, and not later as a silence', () => {
    const b = bridgeWithFakeWorkers();
    b.workers[0]!.onerror!({ message: '', preventDefault: () => {} });
    expect(b.store.getState()).toMatchObject({ status: 'error', failure: 'load' });
    b.advance(STALL_MS * 3);
    expect(b.store.getState().failure).toBe('load');
  });
});
