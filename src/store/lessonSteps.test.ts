/**
 * Each lesson step's claim is true on the page it loads: checked with the core that the
 * worker runs, on the steps' own links (parsed as the page parses them).
 */
import { describe, expect, it } from 'vitest';
import { createTrainer, evaluate, isTruthTable, layerActivations, linearSeparability, measureGradients, trainEpoch } from '../core';
import { autoPace, expandLessonHash, isEmptyHash, RECOVERED_ABOVE, RELU_HE, STEP_HASH, VANISHED_BELOW, WATCHABLE_PACE } from './lessonSteps';
import { parseHash } from './url';

const configOf = (n: 1 | 2 | 3) => parseHash(`#${STEP_HASH[n]}`);

describe('lesson links', () => {
  it('parse without notices and name their step', () => {
    for (const n of [1, 2, 3] as const) {
      const h = configOf(n);
      expect(h.notices).toEqual([]);
      expect(h.lesson).toBe(n);
    }
    expect(parseHash('#dataset=xor').lesson).toBe(0);
    expect(parseHash('#lesson=0&dataset=xor').lesson).toBe(0);
  });

  it('count an empty link, or one with only the language, as a first visit', () => {
    expect(isEmptyHash('')).toBe(true);
    expect(isEmptyHash('#')).toBe(true);
    expect(isEmptyHash('#lang=ko')).toBe(true);
    expect(isEmptyHash('#dataset=xor')).toBe(false);
    expect(isEmptyHash('#lesson=2')).toBe(false);
  });

  it('open a bare lesson=N link on that step\'s own setup, and leave links that name settings alone', () => {
    const two = parseHash(`#${expandLessonHash('#lesson=2&lang=ko')}`);
    expect(two.lesson).toBe(2);
    expect(two.config.hidden).toEqual([2]);
    expect(two.config.initSeed).toBe(7);
    expect(two.lang).toBe('ko');
    expect(two.notices).toEqual([]);
    const three = parseHash(`#${expandLessonHash('lesson=3')}`);
    expect(three.config.activation).toBe('sigmoid');
    expect(three.config.init).toBe('standard');
    expect(parseHash(`#${expandLessonHash('')}`).lesson).toBe(1);
    expect(expandLessonHash('#lesson=2&hidden=5')).toBe('lesson=2&hidden=5');
    expect(expandLessonHash('#lesson=0')).toBe('lesson=0');
    expect(expandLessonHash('#lesson=9')).toBe('lesson=9');
  });

  it('run truth tables with small nets at a pace a person can follow, bigger problems at full speed', () => {
    expect(autoPace({ dataset: 'xor', hidden: [2] }, true)).toBe(WATCHABLE_PACE);
    expect(WATCHABLE_PACE).toBeGreaterThanOrEqual(10);
    expect(WATCHABLE_PACE).toBeLessThanOrEqual(30);
    expect(autoPace({ dataset: 'circle', hidden: [4] }, false)).toBeNull();
    expect(autoPace({ dataset: 'xor', hidden: [64, 64] }, true)).toBeNull();
  });
});

describe('step 1: a neuron', () => {
  it('solves AND and OR, and on XOR stays at 75% or below while its weights decay to 0', () => {
    const base = configOf(1).config;
    expect(base.hidden).toEqual([]);
    for (const dataset of ['and', 'or'] as const) {
      const tr = createTrainer({ ...base, dataset });
      for (let e = 0; e < 60; e++) trainEpoch(tr, false);
      expect(evaluate(tr).accuracy, dataset).toBe(1);
    }
    const tr = createTrainer({ ...base, dataset: 'xor' });
    for (let e = 0; e < 150; e++) {
      trainEpoch(tr, false);
      expect(evaluate(tr).accuracy!).toBeLessThanOrEqual(0.75);
    }
    // BCE's optimum on XOR is w = 0 (Minsky and Papert; DESIGN.md): the line disappears.
    expect(Math.abs(tr.net.params[0]!) + Math.abs(tr.net.params[1]!)).toBeLessThan(0.01);
  });
});

describe('step 2: a hidden layer', () => {
  it('starts NOT separable, becomes separable at epoch 92 and reaches 100% at epoch 207', () => {
    const cfg = configOf(2).config;
    expect(isTruthTable(cfg.dataset)).toBe(true);
    const tr = createTrainer(cfg);
    const { x, y, n } = tr.data.train;
    const separable = () => linearSeparability(layerActivations(tr.net, x, n, 0), y, 2).separable;
    expect(separable()).toBe(false);
    let sep = -1, solved = -1;
    for (let e = 1; e <= 400 && solved < 0; e++) {
      trainEpoch(tr, false);
      if (sep < 0 && separable()) sep = e;
      if (solved < 0 && evaluate(tr).accuracy === 1) solved = e;
    }
    expect(sep).toBe(92);
    expect(solved).toBe(207);
  });
});

describe('step 3: depth', () => {
  const share = (c: ReturnType<typeof configOf>['config']) => {
    const st = measureGradients(createTrainer(c));
    return st[0]!.gradZ / st[st.length - 1]!.gradZ;
  };

  it('loses layer 1’s gradient with depth under sigmoid, and ReLU + He at width 8 brings it back', () => {
    const base = configOf(3).config;
    expect(base.hidden).toEqual([8]);
    expect(share(base)).toBeGreaterThan(VANISHED_BELOW);
    const deep = { ...base, hidden: new Array(10).fill(8) };
    expect(share(deep)).toBeLessThan(VANISHED_BELOW);
    expect(share({ ...deep, ...RELU_HE })).toBeGreaterThan(RECOVERED_ABOVE);
  });
});
