import { describe, expect, it } from 'vitest';
import { createTrainer, layerActivations, trainEpoch } from '../../core';
import { modelInfo } from '../../worker/snapshot';
import { forwardPoints, networkFor } from '../../model/pointPass';
import { inputLabel, neuronTerms, subscript, unitAt } from './neuronMath';
import { grad, num, short2 } from '../../viz/numbers';

function trained() {
  const tr = createTrainer({ dataset: 'xor', hidden: [3, 2], activation: 'tanh', seed: 5 });
  for (let e = 0; e < 30; e++) trainEpoch(tr);
  return tr;
}

describe('forwardPoints', () => {
  it('gives the worker network’s own activations for every layer', () => {
    const tr = trained();
    const info = modelInfo(tr);
    const pass = forwardPoints(networkFor(info), tr.net.params, tr.data.train.x, 4);
    for (let l = 0; l < 3; l++) expect(Array.from(pass.acts[l + 1]!)).toEqual(Array.from(layerActivations(tr.net, tr.data.train.x, 4, l)));
  });

  it('refuses parameters of another shape', () => {
    const info = modelInfo(trained());
    expect(() => forwardPoints(networkFor(info), new Float32Array(3), [0, 0], 1)).toThrow(RangeError);
  });
});

describe('neuronTerms', () => {
  it('z is the weighted sum plus bias and a = f(z), from the layout table', () => {
    const tr = trained();
    const info = modelInfo(tr);
    const P = tr.net.params;
    const pass = forwardPoints(networkFor(info), P, [1, 0], 1);
    // Layer 2 (second hidden), unit 1: W row-major [2 x 3] at wOffset.
    const L = info.layout.layers[1]!;
    const t = neuronTerms(info, P, tr.net.grads, pass, 0, 1, 1);
    const h = pass.acts[1]!;
    let z = P[L.bOffset + 1]!;
    for (let j = 0; j < 3; j++) z += P[L.wOffset + 3 + j]! * h[j]!;
    expect(t.z).toBeCloseTo(z, 14);
    expect(t.a).toBeCloseTo(Math.tanh(z), 14);
    expect(t.inputs.map((i) => i.label)).toEqual(['h₁', 'h₂', 'h₃']);
    expect(t.inputs[2]!.gradW).toBe(tr.net.grads[L.wOffset + 5]);
    expect(t.gradB).toBe(tr.net.grads[L.bOffset + 1]);
    expect(t.isOutput).toBe(false);
  });

  it('finds a unit’s layer from its global index (hidden units first, output last)', () => {
    const info = modelInfo(trained());
    expect(unitAt(info, 0)).toEqual({ layer: 0, index: 0 });
    expect(unitAt(info, 4)).toEqual({ layer: 1, index: 1 });
    expect(unitAt(info, 5)).toEqual({ layer: 2, index: 0 });
    expect(unitAt(info, 6)).toBeNull();
  });
});

describe('labels and numbers', () => {
  it('writes subscripts and input names', () => {
    expect(subscript(12)).toBe('₁₂');
    expect(inputLabel(0, 1)).toBe('x₂');
    expect(inputLabel(2, 0)).toBe('h₁');
  });

  it('formats with a true minus, no negative zero, and exponents for tiny values', () => {
    expect(num(-0.4721)).toBe('−0.472');
    expect(num(-0.0000001)).toBe('−1.00e−7');
    expect(num(0.0001, 2)).toBe('1.0e−4');
    expect(num(0)).toBe('0.000');
    expect(num(Number.NaN)).toBe('—');
    expect(short2(-0.001)).toBe('0.00');
    expect(grad(0)).toBe('0');
    expect(grad(-3.2e-7)).toBe('−3.20e−7');
    expect(grad(0.25)).toBe('0.2500');
  });
});
