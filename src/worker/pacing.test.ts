import { describe, expect, it } from 'vitest';
import { ChunkSizer, Pacer, RateMeter } from './pacing';

describe('Pacer', () => {
  it('allows steps at the chosen rate: 10 steps/s over 2 s of 20 ms ticks gives 20 steps', () => {
    const p = new Pacer();
    p.reset(0);
    let steps = 0;
    for (let t = 20; t <= 2000; t += 20) {
      p.topUp(t, 10);
      const k = p.allowed(10);
      p.spend(k);
      steps += k;
    }
    expect(steps).toBe(20);
  });

  it('a long gap (a throttled tab) does not turn into a burst', () => {
    const p = new Pacer();
    p.reset(0);
    p.topUp(60_000, 1000);
    // At most 100 ms are credited, and at most 0.1 s of steps are banked.
    expect(p.allowed(1000)).toBe(100);
  });

  it('unpaced runs are never limited and never wait', () => {
    const p = new Pacer();
    p.reset(0);
    p.topUp(5, null);
    expect(p.allowed(null)).toBe(Infinity);
    expect(p.delay(null)).toBe(0);
  });

  it('sleeps until the next step is due, within [4, 50] ms', () => {
    const p = new Pacer();
    p.reset(0);
    expect(p.delay(100)).toBe(10); // one step every 10 ms
    expect(p.delay(1)).toBe(50); // one per second: wake at least every 50 ms to see changes
    expect(p.delay(10_000)).toBe(4);
    p.topUp(10, 100);
    expect(p.delay(100)).toBe(0); // a step is due now
  });
});

describe('ChunkSizer', () => {
  it('doubles while chunks are cheap and halves when they are slow', () => {
    const c = new ChunkSizer();
    for (let i = 0; i < 5; i++) c.observe(c.size, 0.01);
    expect(c.size).toBe(32);
    c.observe(c.size, 3);
    expect(c.size).toBe(16);
    c.observe(c.size, 0.5); // in the band: unchanged
    expect(c.size).toBe(16);
  });

  it('ignores short chunks (cut by the pace or a divergence) and never exceeds its cap', () => {
    const c = new ChunkSizer();
    c.observe(0, 0);
    expect(c.size).toBe(1);
    for (let i = 0; i < 40; i++) c.observe(c.size, 0);
    expect(c.size).toBe(ChunkSizer.MAX);
    c.reset();
    expect(c.size).toBe(1);
  });
});

describe('RateMeter', () => {
  it('reports epochs per second over windows of a second', () => {
    const r = new RateMeter();
    r.restart(0);
    r.count(500, 100);
    expect(r.perSecond).toBe(0);
    r.count(1250, 150);
    expect(r.perSecond).toBe(200);
    r.restart(2000);
    expect(r.perSecond).toBe(200);
    r.restart(2000, false);
    expect(r.perSecond).toBe(0);
  });
});
