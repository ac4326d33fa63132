import { describe, expect, it } from 'vitest';
import { embedHashExtras, shownPanels } from './embed';

describe('embed spec', () => {
  it('mounts the requested panels only in embed mode, everything otherwise; writes canonical extras', () => {
    const e = { on: true, show: ['boundary' as const, 'network' as const], hide: ['lr' as const] };
    expect([...shownPanels(e)]).toEqual(['boundary', 'network']);
    expect([...shownPanels({ on: true, show: null, hide: [] })]).toEqual(['network', 'boundary', 'metrics', 'loss']);
    expect(shownPanels({ on: false, show: null, hide: [] }).size).toBe(9);
    expect(embedHashExtras(e)).toEqual({ embed: '1', show: 'boundary,network', hide: 'lr' });
    expect(embedHashExtras({ on: false, show: null, hide: [] })).toEqual({});
  });
});
