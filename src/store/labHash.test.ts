import { describe, expect, it } from 'vitest';
import { BASE_CONFIG, resolveConfig } from '../core';
import { formatCompare, labHashExtras, parseCompareSpec, resolveCompare } from './labHash';
import { formatHash, parseHash } from './url';

describe('URL hash: the gradient lab keys', () => {
  it('builds hidden from depth and width', () => {
    expect(parseHash('#depth=10&width=8').config.hidden).toEqual(Array(10).fill(8));
    expect(parseHash('#depth=0').config.hidden).toEqual([]);
    // Only one of them: the other comes from the defaults.
    expect(parseHash('#depth=3').config.hidden).toEqual([4, 4, 4]);
    expect(parseHash('#width=16').config.hidden).toEqual(BASE_CONFIG.hidden.map(() => 16));
  });

  it('lets hidden win over depth and width', () => {
    const r = parseHash('#hidden=8,4&depth=10&width=2');
    expect(r.config.hidden).toEqual([8, 4]);
    expect(r.notices).toEqual([]);
  });

  it('falls back with a notice for bad depth, width and measure', () => {
    const r = parseHash('#depth=65&width=0&measure=gradQ');
    expect(r.config.hidden).toEqual(BASE_CONFIG.hidden);
    expect(r.measure).toBe('gradZ');
    const text = r.notices.join('\n');
    expect(text).toMatch(/depth="65"/);
    expect(text).toMatch(/width="0"/);
    expect(text).toMatch(/measure="gradQ"/);
  });

  it('reads the measure', () => {
    expect(parseHash('#measure=gradW').measure).toBe('gradW');
    expect(parseHash('').measure).toBe('gradZ');
  });

  it('reads compare patches and resolves depth against network A', () => {
    expect(parseHash('#compare=activation:relu,init:he-normal').compare).toEqual({ activation: 'relu', init: 'he-normal' });
    expect(parseHash('#hidden=8,8&compare=depth:5').compare).toEqual({ hidden: [8, 8, 8, 8, 8] });
    expect(parseHash('#hidden=8,8&compare=width:2').compare).toEqual({ hidden: [2, 2] });
    expect(parseHash('#compare=hidden:8-8-4,optimizer:adam,lr:0.003').compare).toEqual({ hidden: [8, 8, 4], optimizer: 'adam', lr: 0.003 });
    expect(parseHash('#compare=').compare).toEqual({});
    expect(parseHash('#dataset=xor').compare).toBeNull();
  });

  it('turns a malformed compare off with a notice', () => {
    for (const bad of ['activation:nope', 'colour:red', 'depth:99', 'lr:0', 'hidden:8-x', 'relu']) {
      const r = parseHash(`#compare=${bad}`);
      expect(r.compare, bad).toBeNull();
      expect(r.notices.join('\n'), bad).toMatch(/compare=.*compare mode stays off/);
    }
  });

  it('survives keys that name Object.prototype members', () => {
    const r = parseHash('#constructor=1&toString=2&__proto__=3');
    expect(r.config).toEqual(BASE_CONFIG);
    expect(r.notices).toHaveLength(3);
  });

  it('round-trips compare and measure through formatHash, readable', () => {
    const a = resolveConfig({ dataset: 'xor-quadrants', hidden: Array(10).fill(8), activation: 'sigmoid', init: 'standard' });
    for (const compare of [{ activation: 'relu', init: 'he-normal' }, { hidden: [8, 8, 8] }, { hidden: [8, 4] }, { hidden: [] }, { optimizer: 'adam', lr: 0.003 }, {}] as const) {
      const hash = formatHash(a, labHashExtras({ compare, measure: 'gradB' }));
      const back = parseHash(`#${hash}`);
      expect(back.notices, hash).toEqual([]);
      expect(back.config).toEqual(a);
      expect(back.compare).toEqual(compare);
      expect(back.measure).toBe('gradB');
    }
    const hash = formatHash(a, labHashExtras({ compare: { activation: 'relu', init: 'he-normal' }, measure: 'gradZ' }));
    expect(hash).toContain('compare=activation:relu,init:he-normal');
    expect(formatHash(a, labHashExtras({ compare: null, measure: 'gradZ' }))).not.toContain('compare');
  });

  it('formats and parses compare items directly', () => {
    expect(formatCompare({ hidden: [16, 16, 16], activation: 'tanh' })).toBe('activation:tanh,depth:3,width:16');
    expect(parseCompareSpec('depth:3,width:16')).toEqual({ depth: 3, width: 16 });
    expect(resolveCompare({ depth: 2 }, resolveConfig({ hidden: [] }))).toEqual({ hidden: [4, 4] });
  });
});
