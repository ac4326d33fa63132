import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_CONFIG, resolveConfig } from '../core';
import { formatHash, parseHash, HASH_KEYS } from './url';
import { currentLang, i18n, loadLang } from '../i18n';

describe('URL hash', () => {
  it('round-trips every contract key', () => {
    const c = resolveConfig({
      dataset: 'spiral', hidden: [8, 6, 4], activation: 'relu', output: 'sigmoid', init: 'he-normal', loss: 'bce',
      optimizer: 'adam', lr: 0.003, batch: 10, seed: 42, noise: 0.25, points: 300, split: 0.7, l1: 0.001, l2: 0.01,
    });
    const hash = formatHash(c);
    for (const k of ['dataset', 'hidden', 'activation', 'output', 'init', 'loss', 'optimizer', 'lr', 'batch', 'seed', 'noise', 'points', 'split', 'l1', 'l2']) {
      expect(HASH_KEYS).toContain(k);
      expect(hash).toContain(`${k}=`);
    }
    expect(hash).toContain('hidden=8,6,4');
    const back = parseHash(`#${hash}`);
    expect(back.notices).toEqual([]);
    expect(back.config).toEqual(c);
  });

  it('reads an empty hidden list as a single neuron', () => {
    expect(parseHash('#dataset=xor&hidden=').config.hidden).toEqual([]);
  });

  it('falls back to defaults and names every bad value', () => {
    const r = parseHash('#dataset=nope&lr=abc&hidden=4,-1&activation=%3Cscript%3E&zzz=1');
    expect(r.config.dataset).toBe(BASE_CONFIG.dataset);
    expect(r.config.lr).toBe(BASE_CONFIG.lr);
    expect(r.config.hidden).toEqual(BASE_CONFIG.hidden);
    expect(r.notices.join('\n')).toMatch(/dataset="nope"/);
    expect(r.notices.join('\n')).toMatch(/lr="abc"/);
    expect(r.notices.join('\n')).toMatch(/hidden="4,-1"/);
    expect(r.notices.join('\n')).toMatch(/activation="<script>"/);
    expect(r.notices.join('\n')).toMatch(/Unknown setting "zzz"/);
  });

  it('rejects absurd numbers and invalid combinations without throwing', () => {
    expect(parseHash('#lr=1e9').config.lr).toBe(BASE_CONFIG.lr);
    expect(parseHash('#lr=NaN').notices).toHaveLength(1);
    const combo = parseHash('#dataset=xor&output=tanh&loss=bce');
    expect(combo.config.output).toBe('sigmoid');
    expect(combo.notices.length).toBeGreaterThan(0);
    expect(() => parseHash('#%E0%A4%A')).not.toThrow();
    expect(() => parseHash('#' + 'a=1&'.repeat(10000))).not.toThrow();
  });

  it('follows the dataset for output and loss', () => {
    const r = parseHash('#dataset=spiral3');
    expect(r.config.output).toBe('softmax');
    expect(r.config.loss).toBe('ce');
  });
});

describe('link notices in the link\'s language, and repeated keys', () => {
  // The page fetches the link's language before reading it (main.tsx, the bridge): linkLang.
  beforeAll(() => loadLang('ko'));
  const ko = i18n.getFixedT('ko');
  const en = i18n.getFixedT('en');

  it('formats the notices in the language the same link sets, without switching the page', () => {
    expect(currentLang()).toBe('en');
    const r = parseHash('#lang=ko&lr=1e9&bogus=1');
    expect(r.lang).toBe('ko');
    expect(r.notices).toContain(ko('link.unknown', { key: 'bogus' }));
    expect(r.notices.join('\n')).toContain('lr="1e9"');
    expect(r.notices.join('\n')).not.toMatch(/is not valid|Unknown setting/);
    expect(currentLang()).toBe('en');
    // Order does not matter: `lang` after the bad key still applies to it.
    expect(parseHash('#measure=evil&lang=ko').notices.join('\n')).not.toMatch(/is not valid/);
    // No `lang` in the link: the language already shown.
    expect(parseHash('#bogus=1').notices).toEqual([en('link.unknown', { key: 'bogus' })]);
  });

  it('names a key given twice, and the last value counts', () => {
    const r = parseHash('#init=he-normal&init=uniform');
    expect(r.config.init).toBe('uniform');
    expect(r.notices).toEqual([en('link.repeated', { key: 'init' })]);
    expect(r.notices[0]).toContain('"init"');
    // An invalid last value falls back to the default, not to the earlier value.
    const bad = parseHash('#lr=0.1&lr=abc&lr=zzz');
    expect(bad.config.lr).toBe(BASE_CONFIG.lr);
    expect(bad.notices.filter((n) => n.includes('more than once'))).toHaveLength(1);
    expect(parseHash('#lang=ko&seed=1&seed=2').notices).toEqual([ko('link.repeated', { key: 'seed' })]);
  });
});

describe('hash keys for features, per-layer activations, schedules and custom data', () => {
  it('round-trips them and leaves defaults out of the link', () => {
    const s = parseHash('#dataset=custom&data=2_0,1,0_1,1,1&hidden=3,3&activations=relu&features=x1x2,x1&schedule=cosine&decayEpochs=50&lrMin=0.1');
    expect(s.notices).toEqual([]);
    expect(s.config.features).toEqual(['x1', 'x1x2']);
    expect(s.config.activations).toEqual(['relu']);
    expect(s.config.custom).toEqual({ x: [0, 1, 1, 1], y: [0, 1], classes: 2 });
    expect(parseHash('#' + formatHash(s.config)).config).toEqual(s.config);
    expect(formatHash(parseHash('#dataset=xor').config)).not.toMatch(/features|activations|schedule|data=/);
  });
  it('names bad values and a link that lost its points', () => {
    expect(parseHash('#features=x9').notices[0]).toMatch(/features="x9" is not valid/);
    expect(parseHash('#activations=relu,cosh').notices[0]).toMatch(/activations=/);
    expect(parseHash('#dataset=custom').notices[0]).toMatch(/dataset="custom" needs its points/);
    expect(parseHash('#dataset=custom').config.dataset).toBe('xor');
  });
  it('names the point of a bad data= value and what is wrong with it, in both languages', async () => {
    const note = (h: string) => parseHash(h).notices.join('\n');
    expect(note('#dataset=custom&data=2_0,0,0_1,1,5')).toMatch(/point 2 has label 5, but a 2-class set takes labels 0 to 1/);
    expect(note('#data=2_0,0,0_1,x,1')).toMatch(/point 2 \("1,x,1"\) is not three numbers/);
    expect(note('#data=4_0,0,0')).toMatch(/class count "4" must be 0 \(regression\), 2 or 3/);
    expect(note('#data=2_0,0,0_5e6,1,1')).toMatch(/point 2 has 5e6, beyond ±1,000,000/);
    expect(note('#data=2')).toMatch(/expected the class count, then points/);
    expect(note(`#data=2${'_0,0,0'.repeat(201)}`)).toMatch(/201 points, more than a link carries \(200\)/);
    // A valid set earns no notice.
    expect(parseHash('#dataset=custom&data=3_0,0,2_1,1,0').notices).toEqual([]);
    await loadLang('ko');
    const ko = i18n.getFixedT('ko');
    expect(parseHash('#lang=ko&dataset=custom&data=2_0,0,0_1,1,5').notices.join('\n'))
      .toContain(ko('byod.linkWhy.label', { point: 2, value: '5', classes: 2, last: 1 }));
  });
});
