import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embedHashExtras, readControls, readEmbedFlag, readPanels, shownPanels } from './embed';

describe('embed names', () => {
  it('keeps known panel names in page order, once, and reports the unknown ones', () => {
    expect(readPanels('network,boundary,network,zzz')).toEqual({ names: ['network', 'boundary'], unknown: ['zzz'] });
    expect(readPanels('gradients')).toEqual({ names: ['gradients'], unknown: [] });
  });
  it('never treats inherited object names as panels or controls', () => {
    for (const n of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(readPanels(n).names).toEqual([]);
      expect(readControls(n).names).toEqual([]);
    }
  });
  it('is total on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const p = readPanels(s);
      const c = readControls(s);
      return Array.isArray(p.names) && Array.isArray(c.unknown);
    }));
  });
  it('reads the embed flag', () => {
    expect(readEmbedFlag('1')).toBe(true);
    expect(readEmbedFlag('false')).toBe(false);
    expect(readEmbedFlag('yes')).toBeNull();
  });
  it('mounts the requested panels only in embed mode, everything otherwise; writes canonical extras', () => {
    const e = { on: true, show: ['boundary' as const, 'network' as const], hide: ['lr' as const] };
    expect([...shownPanels(e)]).toEqual(['boundary', 'network']);
    expect(shownPanels({ on: false, show: null, hide: [] }).size).toBe(9);
    expect(embedHashExtras(e)).toEqual({ embed: '1', show: 'boundary,network', hide: 'lr' });
    expect(embedHashExtras({ on: false, show: null, hide: [] })).toEqual({});
  });
});
