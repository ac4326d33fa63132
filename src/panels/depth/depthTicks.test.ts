import { describe, expect, it } from 'vitest';
import { DEPTH_TICKS, nextTick } from './DepthControl';

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
});
