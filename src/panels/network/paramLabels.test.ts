import { describe, expect, it } from 'vitest';
import { biasIndex, buildLayout, weightIndex } from '../../core/layout';
import { parseParamInput, PARAM_LIMIT } from './LinkEditor';
import { linkWidth, meanAbsWeight, signColor, LINK_WIDTH } from './linkStyle';
import { formatParam, hiddenLayersLabel, locateParam, neuronsLabel, paramLabel, unitLabel } from './paramLabels';

const layout = buildLayout({
  inputs: 2,
  hidden: [{ units: 4, fn: 'tanh' }, { units: 3, fn: 'tanh' }],
  outputs: 1,
  output: 'sigmoid',
});

describe('locateParam', () => {
  it('inverts the layout table for every weight and bias', () => {
    layout.layers.forEach((L, l) => {
      for (let i = 0; i < L.fanOut; i++) {
        for (let j = 0; j < L.fanIn; j++) expect(locateParam(layout, weightIndex(layout, l, i, j))).toEqual({ kind: 'w', layer: l, i, j });
        expect(locateParam(layout, biasIndex(layout, l, i))).toEqual({ kind: 'b', layer: l, i });
      }
    });
    expect(locateParam(layout, layout.paramCount)).toBeNull();
    expect(locateParam(layout, -1)).toBeNull();
  });
});

describe('labels', () => {
  it('names weights from unit to unit with 1-based layers, inputs by label', () => {
    expect(paramLabel(layout, { kind: 'w', layer: 1, i: 0, j: 2 })).toBe('w(layer 2: 3→1)');
    expect(paramLabel(layout, { kind: 'w', layer: 0, i: 3, j: 1 })).toBe('w(layer 1: x₂→4)');
    expect(paramLabel(layout, { kind: 'w', layer: 2, i: 0, j: 1 })).toBe('w(output: 2→1)');
    expect(paramLabel(layout, { kind: 'b', layer: 0, i: 2 })).toBe('b(layer 1, neuron 3)');
    expect(paramLabel(layout, { kind: 'b', layer: 2, i: 0 })).toBe('b(output, neuron 1)');
  });

  it('names neurons for screen readers', () => {
    expect(unitLabel(layout, 2, 2)).toBe('Layer 2, neuron 3');
    expect(unitLabel(layout, 3, 0)).toBe('Output, neuron 1');
    expect(unitLabel(layout, 0, 1)).toBe('Input x₂');
    expect(unitLabel(layout, 0, 1, ['a', 'b'])).toBe('Input b');
  });

  it('counts with the right plural', () => {
    expect(neuronsLabel(1)).toBe('1 neuron');
    expect(neuronsLabel(4)).toBe('4 neurons');
    expect(hiddenLayersLabel(0)).toBe('no hidden layers');
    expect(hiddenLayersLabel(1)).toBe('1 hidden layer');
    expect(hiddenLayersLabel(2)).toBe('2 hidden layers');
  });

  it('formats values to four decimals, exponents at the extremes', () => {
    expect(formatParam(-0.42131)).toBe('-0.4213');
    expect(formatParam(0)).toBe('0.0000');
    expect(formatParam(1.5e-7)).toBe('1.500e-7');
    expect(formatParam(123456)).toBe('1.235e+5');
    expect(formatParam(NaN)).toBe('NaN');
    expect(formatParam(-Infinity)).toBe('-Infinity');
  });
});

describe('parseParamInput', () => {
  it('accepts finite numbers within the limit', () => {
    expect(parseParamInput(' -0.5 ')).toEqual({ ok: true, value: -0.5 });
    expect(parseParamInput('1e-3')).toEqual({ ok: true, value: 0.001 });
    expect(parseParamInput(String(PARAM_LIMIT))).toEqual({ ok: true, value: PARAM_LIMIT });
  });

  it('refuses empty, non-numeric, partial, infinite and huge input with a message', () => {
    for (const t of ['', '   ', 'abc', '1.2.3', '3x', 'NaN', 'Infinity', '1e400', String(PARAM_LIMIT * 2)]) {
      const r = parseParamInput(t);
      expect(r.ok, t).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/unchanged/);
    }
  });
});

describe('link style', () => {
  it('grows width with |w| within the clamp range', () => {
    expect(linkWidth(0)).toBe(LINK_WIDTH[0]);
    expect(linkWidth(0.5)).toBeGreaterThan(linkWidth(0.1));
    expect(linkWidth(-0.5)).toBe(linkWidth(0.5));
    expect(linkWidth(100)).toBe(LINK_WIDTH[1]);
    expect(linkWidth(NaN)).toBe(LINK_WIDTH[0]);
  });

  it('colours by sign: positive bluish, negative orangish', () => {
    const rgb = (c: string) => c.match(/\d+/g)!.map(Number);
    const [pr, , pb] = rgb(signColor(0.8));
    const [nr, , nb] = rgb(signColor(-0.8));
    expect(pb!).toBeGreaterThan(pr!);
    expect(nr!).toBeGreaterThan(nb!);
  });

  it('averages |w| ignoring NaN', () => {
    expect(meanAbsWeight([9, -1, 3, NaN], 1, 3)).toBe(2);
    expect(meanAbsWeight([NaN], 0, 1)).toBeNaN();
  });
});
