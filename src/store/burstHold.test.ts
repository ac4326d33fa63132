/**
 * The burst hold (depth-slider drags) on a fake clock and timer. Oracle: the store a real
 * engine's messages produce when applied one by one as they come; the hold may only change
 * when they land and skip builds a newer build replaced, never the state they end in.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../core';
import { Engine } from '../worker/engine';
import type { FromWorker } from '../worker/protocol';
import { connectBridge, type BridgeEnv } from './bridge';
import { createBurstHold, FIRST_MS, MAX_HOLD_MS, QUIET_MS, supersede } from './burstHold';
import { createAppStore } from './createAppStore';

/** A fake clock with `later` timers that run when the clock passes them. */
function fakeTime() {
  let t = 1000;
  let timers: { at: number; cb: () => void }[] = [];
  const advance = (ms: number) => {
    const end = t + ms;
    for (;;) {
      const due = timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((x) => x !== due);
      t = due.at;
      due.cb();
    }
    t = end;
  };
  return { now: () => t, later: (ms: number, cb: () => void) => void timers.push({ at: t + ms, cb }), advance };
}

const snap = (buildId: number): FromWorker => ({ type: 'snapshot', snapshot: { buildId, running: false, epochsPerSecond: 0, models: [] } });
const built = (buildId: number): FromWorker => ({ type: 'built', buildId, models: [], data: null as never, reason: '' });
const ids = (ms: FromWorker[]) => ms.map((m) => (m.type === 'built' ? `b${m.buildId}` : m.type === 'snapshot' ? `s${m.snapshot.buildId}` : m.type));

describe('burst hold', () => {
  function setup() {
    const time = fakeTime();
    const applied: FromWorker[] = [];
    const hold = createBurstHold((m) => applied.push(m), time.later, time.now);
    const offer = (m: FromWorker) => (hold.offer(m, time.now()) ? null : applied.push(m));
    return { time, applied, hold, offer };
  }

  it('draws a lone reshaping change (a click) FIRST_MS after it at the latest, a lone live change at once', () => {
    const { time, applied, hold, offer } = setup();
    hold.configSent(time.now(), true);
    time.advance(5);
    offer(built(1));
    offer(snap(1));
    expect(applied).toEqual([]);
    time.advance(FIRST_MS - 5);
    expect(ids(applied)).toEqual(['b1', 's1']);
    offer(snap(1)); // its later snapshots (grids) come as they are
    expect(ids(applied)).toEqual(['b1', 's1', 's1']);
    time.advance(1000);
    hold.configSent(time.now(), false);
    time.advance(5);
    offer(snap(1));
    expect(ids(applied)).toEqual(['b1', 's1', 's1', 's1']);
  });

  it('holds a reshaping burst and draws only its newest build, in order, QUIET_MS after its last config', () => {
    const { time, applied, hold, offer } = setup();
    for (let b = 1; b <= 6; b++) {
      hold.configSent(time.now(), true);
      time.advance(5);
      offer(built(b));
      offer(snap(b));
      time.advance(40);
    }
    expect(applied).toEqual([]);
    time.advance(QUIET_MS - 46);
    expect(applied).toEqual([]);
    time.advance(2);
    expect(ids(applied)).toEqual(['b6', 's6']);
  });

  it('holds the late snapshots of a build the drag has moved past', () => {
    const { time, applied, hold, offer } = setup();
    hold.configSent(time.now(), true);
    time.advance(FIRST_MS);
    offer(built(1)); // a slow first build: drawn when it comes
    expect(ids(applied)).toEqual(['b1']);
    time.advance(30);
    hold.configSent(time.now(), true);
    offer(snap(1));
    expect(ids(applied)).toEqual(['b1']);
    time.advance(QUIET_MS);
    expect(ids(applied)).toEqual(['b1', 's1']);
  });

  it('releases at least every MAX_HOLD_MS during a long burst', () => {
    const { time, applied, hold, offer } = setup();
    hold.configSent(time.now(), true);
    let b = 0;
    const releases: number[] = [];
    for (let k = 0; k < 60; k++) {
      time.advance(40);
      hold.configSent(time.now(), true);
      time.advance(5);
      offer(built(++b));
      const n = applied.length;
      offer(snap(b));
      if (applied.length > n) releases.push(time.now());
    }
    const starts = applied.filter((m) => m.type === 'built').length;
    expect(starts).toBeGreaterThanOrEqual(Math.floor((60 * 45) / MAX_HOLD_MS) - 1);
    expect(starts).toBeLessThan(60 / 4);
  });

  it('does not hold a burst that never rebuilds (a learning-rate drag while training)', () => {
    const { time, applied, hold, offer } = setup();
    for (let k = 0; k < 5; k++) {
      hold.configSent(time.now(), false);
      time.advance(20);
      offer(snap(1));
    }
    expect(ids(applied)).toEqual(['s1', 's1', 's1', 's1', 's1']);
  });

  it('lets no other message overtake what it holds', () => {
    const { time, applied, hold, offer } = setup();
    hold.configSent(time.now(), true);
    time.advance(10);
    hold.configSent(time.now(), true);
    offer(built(1));
    offer(snap(1));
    expect(applied).toEqual([]);
    offer({ type: 'status', running: true, message: null });
    expect(ids(applied)).toEqual(['b1', 's1', 'status']);
  });

  it('drops what it holds on reset (a restarted worker)', () => {
    const { time, applied, hold, offer } = setup();
    hold.configSent(time.now(), true);
    hold.configSent(time.now() + 1, true);
    offer(built(1));
    hold.reset();
    time.advance(10 * MAX_HOLD_MS);
    expect(applied).toEqual([]);
  });

  it('supersede keeps the last build and every message that is not a build\'s', () => {
    const status: FromWorker = { type: 'status', running: false, message: null };
    expect(ids(supersede([snap(0), built(1), snap(1), status, built(2), snap(2), snap(2)]))).toEqual(['status', 'b2', 's2', 's2']);
    expect(ids(supersede([snap(3), snap(3)]))).toEqual(['s3', 's3']);
  });
});

describe('bridge: a depth drag through the burst hold ends in the state of an uninterrupted run', () => {
  /** The messages a real engine posts for each depth of a drag, in order. */
  function dragMessages(depths: number[]): FromWorker[][] {
    const posted: FromWorker[] = [];
    const engine = new Engine({ post: (m) => posted.push(m), now: () => 0 });
    return depths.map((d) => {
      const from = posted.length;
      engine.handle({ type: 'config', config: resolveConfig({ dataset: 'xor', hidden: Array(d).fill(3), seed: 4 }), compare: null, reason: 'x', rebuild: false });
      return posted.slice(from);
    });
  }

  function bridge(time: ReturnType<typeof fakeTime> | null) {
    let deliver: (m: FromWorker) => void = () => {};
    const env: BridgeEnv = {
      makeClient: (cb) => {
        deliver = cb;
        return { send: () => {}, restart: () => {}, kill: () => {}, dispose: () => {} };
      },
      raf: () => {},
      getHash: () => '#dataset=xor&hidden=3&seed=4',
      setHash: () => {},
      onHashChange: () => () => {},
      ...(time ? { now: time.now, later: time.later } : {}),
    };
    const store = createAppStore();
    connectBridge(store, env);
    const renders: number[] = [];
    store.subscribe((s, prev) => {
      if (s.models !== prev.models) renders.push(s.buildId);
    });
    return { store, deliver: (m: FromWorker) => deliver(m), renders };
  }

  it('draws fewer builds and lands on the same net, epoch and boundary', () => {
    const depths = [2, 3, 4, 5, 6, 7, 8, 9];
    const batches = dragMessages(depths);
    const plain = bridge(null);
    const time = fakeTime();
    const held = bridge(time);
    depths.forEach((d, i) => {
      for (const b of [plain, held]) b.store.getState().setConfig({ hidden: Array(d).fill(3) });
      time.advance(30);
      for (const m of batches[i]!) {
        plain.deliver(m);
        held.deliver(m);
      }
    });
    time.advance(QUIET_MS + 300); // past the release and the held 'built' guard
    const end = (b: typeof plain) => {
      const s = b.store.getState();
      const m = s.models[0]!;
      return { buildId: s.buildId, layers: m.info.layout.layers.length, epoch: m.latest?.epoch, boundary: Array.from(m.boundary ?? []) };
    };
    expect(end(held)).toEqual(end(plain));
    expect(end(held).layers).toBe(10);
    expect(new Set(held.renders).size).toBeLessThan(new Set(plain.renders).size);
  });
});
