import { describe, expect, it } from 'vitest';
import { DEPTH_TICKS, TICK_TRACK_MIN_PX, nextTick, tickLabelCentres } from './DepthControl';

describe('depth ticks', () => {
  it('PageUp / PageDown land on the next useful depth, clamped to the range', () => {
    expect(nextTick(0, 1, 64)).toBe(1);
    expect(nextTick(10, 1, 64)).toBe(16);
    expect(nextTick(17, 1, 64)).toBe(20);
    expect(nextTick(20, -1, 64)).toBe(16);
    expect(nextTick(64, 1, 64)).toBe(64);
    expect(nextTick(0, -1, 64)).toBe(0);
    expect(nextTick(30, 1, 24)).toBe(24);
  });
  it('includes the depths the lessons use', () => {
    for (const d of [1, 2, 10, 20]) expect(DEPTH_TICKS).toContain(d);
  });
  it('labels never overlap on the narrowest track, for every maximum depth', () => {
    // 11 px tabular digits are at most 7 px wide; labels are centred; 4 px between them.
    const width = (d: number) => String(d).length * 7;
    for (let max = 1; max <= 64; max++) {
      const c = tickLabelCentres(max, TICK_TRACK_MIN_PX);
      for (let i = 1; i < c.length; i++) {
        const gap = c[i]!.x - c[i - 1]!.x - (width(c[i]!.d) + width(c[i - 1]!.d)) / 2;
        expect(gap, `max ${max}: ${c[i - 1]!.d} / ${c[i]!.d}`).toBeGreaterThanOrEqual(4);
      }
    }
  });
});
