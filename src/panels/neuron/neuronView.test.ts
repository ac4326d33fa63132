import { describe, expect, it } from 'vitest';
import { createTrainer, trainEpoch } from '../../core/trainer';
import type { DataInfo } from '../../core/snapshotTypes';
import { modelInfo } from '../../worker/snapshot';
import { forwardPoints, networkFor } from '../../model/pointPass';
import { neuronView } from './neuronView';

function setup(hidden: number[]) {
  const tr = createTrainer({ dataset: 'xor', hidden, activation: 'tanh', seed: 5 });
  for (let e = 0; e < 10; e++) trainEpoch(tr);
  const info = modelInfo(tr);
  const pass = forwardPoints(networkFor(info), tr.net.params, [1, 0], 1);
  const d = tr.data;
  const data: DataInfo = { classes: d.classes, extent: [...d.extent] as DataInfo['extent'], trainX: d.train.x, trainY: d.train.y, testX: d.test.x, testY: d.test.y };
  return { tr, info, pass, data };
}

describe('neuronView', () => {
  it('opens the output neuron by default, in the head’s domain, with the hidden layer’s domain as input', () => {
    const { tr, info, pass, data } = setup([3, 2]);
    const v = neuronView(info, tr.net.params, tr.net.grads, pass, null, data);
    expect(v.terms.isOutput).toBe(true);
    expect(v.unit).toBe(5); // 3 + 2 hidden units come first
    expect(v.domain).toEqual([0, 1]); // sigmoid head on 0/1 labels
    expect(v.inputDomain).toEqual([-1, 1]); // tanh below
    expect(v.deep).toBe(true);
    // A unit that no longer exists (after a rebuild) falls back to the output neuron.
    expect(neuronView(info, tr.net.params, tr.net.grads, pass, 99, data).unit).toBe(5);
  });

  it('opens a clicked hidden neuron: its layer, index, and the network inputs below it', () => {
    const { tr, info, pass, data } = setup([3, 2]);
    const v = neuronView(info, tr.net.params, tr.net.grads, pass, 1, data);
    expect(v.terms).toMatchObject({ layer: 0, index: 1, isOutput: false, fn: 'tanh' });
    expect(v.unit).toBe(1);
    expect(v.inputDomain).toBeNull();
    expect(v.domain).toEqual([-1, 1]);
    // a = f(z) at the picked point, from the same forward pass.
    expect(v.terms.a).toBeCloseTo(Math.tanh(v.terms.z), 14);
  });

  it('titles the single neuron, the output and hidden neurons differently', () => {
    const one = setup([]);
    const single = neuronView(one.info, one.tr.net.params, undefined, one.pass, null, one.data);
    const deep = setup([3]);
    const out = neuronView(deep.info, deep.tr.net.params, undefined, deep.pass, null, deep.data);
    const hid = neuronView(deep.info, deep.tr.net.params, undefined, deep.pass, 2, deep.data);
    expect(new Set([single.title, out.title, hid.title]).size).toBe(3);
    expect(hid.title).toContain('3');
    expect(single.deep).toBe(false);
    expect(single.terms.gradB).toBeNaN(); // no gradients given
  });
});
