import { describe, expect, it } from 'vitest';
import { BASE_CONFIG } from '../../core/config';
import { biasIndex, buildLayout, weightIndex, type NetSpec } from '../../core/layout';
import type { DataInfo, HiddenView, ModelInfo } from '../../core/snapshotTypes';
import { hiddenSpaceView, inputSeparable } from './hiddenSpaceView';

function infoOf(spec: NetSpec): ModelInfo {
  return { spec, layout: buildLayout(spec), config: BASE_CONFIG, kernel: 'ts' };
}

const SPEC: NetSpec = { inputs: 2, hidden: [{ units: 3, fn: 'relu' }, { units: 2, fn: 'tanh' }], outputs: 1, output: 'sigmoid' };
const INFO = infoOf(SPEC);

function view(layer: number, projected = false): HiddenView {
  return {
    layer, units: 2, points: new Float32Array(8), lines: null, linesCount: 0, samples: 0, nextLine: null,
    projection: projected ? { explained: [0.6, 0.3] } : null, separable: true, testedEpoch: 0,
  };
}

describe('hiddenSpaceView', () => {
  it('lists the hidden widths and clamps the layer choice to the layers that exist', () => {
    expect(hiddenSpaceView(INFO, null, 1, 2)).toMatchObject({ widths: [3, 2], layer: 1, fn: 'tanh', view: null, lines: [], decision: null });
    expect(hiddenSpaceView(INFO, null, 0, 2)).toMatchObject({ layer: 0, fn: 'relu' });
    expect(hiddenSpaceView(INFO, null, 7, 2).layer).toBe(1);
    const single = infoOf({ inputs: 2, hidden: [], outputs: 1, output: 'sigmoid' });
    expect(hiddenSpaceView(single, null, null, 2)).toMatchObject({ widths: [], layer: null, fn: 'linear' });
  });

  it('reads the output line from the weights the view was drawn with, and colours by the output above the last layer', () => {
    const params = Float32Array.from({ length: INFO.layout.paramCount }, (_, k) => k / 10);
    const v = hiddenSpaceView(INFO, { view: view(1), params }, 1, 2);
    const w1 = params[weightIndex(INFO.layout, 2, 0, 0)]!, w2 = params[weightIndex(INFO.layout, 2, 0, 1)]!;
    const b = params[biasIndex(INFO.layout, 2, 0)]!;
    expect(v.lines).toHaveLength(1);
    expect(v.lines[0]).toMatchObject({ w1, w2, b, threshold: 0 }); // sigmoid decides at z = 0
    expect(v.decision).toEqual({ fn: 'sigmoid', domain: [0, 1] });
  });

  it('draws no lines over a projection, and no decision below the last hidden layer', () => {
    const wide = infoOf({ inputs: 2, hidden: [{ units: 4, fn: 'tanh' }], outputs: 1, output: 'linear' });
    const params = new Float32Array(wide.layout.paramCount);
    expect(hiddenSpaceView(wide, { view: view(0, true), params }, 0, 2)).toMatchObject({ lines: [], decision: null });
    const p = new Float32Array(INFO.layout.paramCount);
    const lower = hiddenSpaceView(INFO, { view: view(0), params: p }, 0, 2);
    expect(lower.decision).toBeNull();
  });

  it('tests the raw inputs for separability on two-class data only', () => {
    const data = (x: number[], y: number[], classes: number): DataInfo => ({
      classes, extent: [-1, 2, -1, 2], trainX: Float64Array.from(x), trainY: Float64Array.from(y), testX: new Float64Array(0), testY: new Float64Array(0),
    });
    const X = [0, 0, 0, 1, 1, 0, 1, 1];
    expect(inputSeparable(data(X, [0, 0, 0, 1], 2))).toBe(true); // AND
    expect(inputSeparable(data(X, [0, 1, 1, 0], 2))).toBe(false); // XOR (Minsky and Papert)
    expect(inputSeparable(data(X, [0, 1, 2, 0], 3))).toBeNull();
  });
});
