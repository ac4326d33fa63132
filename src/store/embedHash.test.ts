import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './url';
import { embedHashExtras } from '../model/embed';

describe('embed keys in the hash', () => {
  it('reads embed, show and hide, keeping the config keys', () => {
    const h = parseHash('#dataset=xor&hidden=2&embed=1&show=network,boundary&hide=lr,activation');
    expect(h.embed).toEqual({ on: true, show: ['network', 'boundary'], hide: ['lr', 'activation'] });
    expect(h.config.hidden).toEqual([2]);
    expect(h.notices).toEqual([]);
  });
  it('a list with an unknown or prototype name is rejected as a whole, named in a notice, and never throws', () => {
    const h = parseHash('#embed=1&show=boundary,__proto__,zzz&hide=constructor,lr&dataset=circle');
    expect(h.embed).toEqual({ on: true, show: null, hide: [] });
    expect(h.config.dataset).toBe('circle');
    expect(h.notices.join('\n')).toMatch(/show="boundary,__proto__,zzz"/);
    expect(h.notices.join('\n')).toMatch(/hide="constructor,lr"/);
  });
  it('a bad embed flag is named and the full page is shown', () => {
    const h = parseHash('#embed=maybe');
    expect(h.embed.on).toBe(false);
    expect(h.notices.join('\n')).toMatch(/embed="maybe"/);
  });
  it('round-trips through formatHash', () => {
    const h = parseHash('#dataset=circle&embed=1&show=gradients&hide=reset');
    const again = parseHash('#' + formatHash(h.config, embedHashExtras(h.embed)));
    expect(again.embed).toEqual(h.embed);
    expect(again.config).toEqual(h.config);
  });
});
