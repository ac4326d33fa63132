import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../core';
import { describePatch, patchWith } from './comparePatch';

const a = resolveConfig({ hidden: [8, 8], activation: 'sigmoid', init: 'standard' });

describe('compare patch', () => {
  it('adds differences and drops keys that match A again', () => {
    let p = patchWith(a, {}, { activation: 'relu' });
    expect(p).toEqual({ activation: 'relu' });
    p = patchWith(a, p, { init: 'he-normal' });
    expect(p).toEqual({ activation: 'relu', init: 'he-normal' });
    p = patchWith(a, p, { activation: 'sigmoid', hidden: [8, 8] });
    expect(p).toEqual({ init: 'he-normal' });
  });

  it('describes the difference in words', () => {
    expect(describePatch(a, {})).toMatch(/copy of A/);
    expect(describePatch(a, { activation: 'relu', init: 'he-normal' })).toBe(
      'B differs in activation (relu) and init (he-normal). Both train on the same data from the same seed.',
    );
    expect(describePatch(a, { hidden: [8, 8, 8, 8] })).toMatch(/hidden layers \(4 × 8\)/);
    expect(describePatch(a, { hidden: [8, 4] })).toMatch(/hidden layers \(8, 4\)/);
  });
});
