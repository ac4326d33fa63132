import { describe, expect, it } from 'vitest';
import { buildLayout, type NetSpec } from '../../core/layout';
import { boundaryView, hiddenUnitAt, singleNeuronLine, type BoundaryInput } from './boundaryView';

// 2 inputs -> 3 tanh -> 2 relu -> 1 sigmoid: units 0..2 in layer 0, 3..4 in layer 1, 5 is the output.
const SPEC: NetSpec = { inputs: 2, hidden: [{ units: 3, fn: 'tanh' }, { units: 2, fn: 'relu' }], outputs: 1, output: 'sigmoid' };
const LAYOUT = buildLayout(SPEC);
const N = 4;

function input(over: Partial<BoundaryInput> = {}): BoundaryInput {
  return {
    layout: LAYOUT, boundary: new Float32Array(N * N), boundaryN: N,
    unitGrids: new Float32Array(6 * 2 * 2), unitGridN: 2, classGrid: null, classes: 2, hover: null, ...over,
  };
}

describe('boundaryView', () => {
  it('finds hidden units by global index, never the output', () => {
    expect(hiddenUnitAt(LAYOUT, 0)).toEqual({ layer: 0, index: 0 });
    expect(hiddenUnitAt(LAYOUT, 4)).toEqual({ layer: 1, index: 1 });
    expect(hiddenUnitAt(LAYOUT, 5)).toBeNull();
    expect(hiddenUnitAt(LAYOUT, null)).toBeNull();
  });

  it('shows the output with the head’s domain when nothing is hovered', () => {
    const boundary = new Float32Array(N * N);
    const v = boundaryView(input({ boundary }));
    expect(v.grid).toBe(boundary);
    expect(v).toMatchObject({ offset: 0, gridN: N, domain: [0, 1], classMap: false, highlight: null });
  });

  it('shows a hovered hidden neuron’s own image, at its unit offset, in its function’s range', () => {
    const grids = new Float32Array(6 * 4);
    const v = boundaryView(input({ unitGrids: grids, hover: 4 }));
    expect(v.grid).toBe(grids);
    expect(v.offset).toBe(4 * 2 * 2); // unit 4, 2 x 2 images
    expect(v.domain).toEqual([-1, 1]); // relu is unbounded: centred on 0
    expect(v.highlight).toEqual({ layer: 2, n: 2 });
    expect(boundaryView(input({ hover: 1 })).domain).toEqual([-1, 1]); // tanh
  });

  it('hovering the output, or having no unit images, keeps the output', () => {
    expect(boundaryView(input({ hover: 5 })).highlight).toBeNull();
    expect(boundaryView(input({ hover: 1, unitGrids: null })).highlight).toBeNull();
  });

  it('draws the class map for several classes, over 0..k', () => {
    const spec: NetSpec = { inputs: 2, hidden: [{ units: 4, fn: 'tanh' }], outputs: 3, output: 'softmax' };
    const cls = new Float32Array(N * N);
    const v = boundaryView(input({ layout: buildLayout(spec), classGrid: cls, classes: 3, unitGrids: null }));
    expect(v).toMatchObject({ grid: cls, classMap: true, domain: [0, 3] });
  });

  it('a single neuron has a line; deeper nets do not', () => {
    const one = buildLayout({ inputs: 2, hidden: [], outputs: 1, output: 'sigmoid' });
    expect(singleNeuronLine(one, [2, -1, 0.5])).toEqual({ w1: 2, w2: -1, b: 0.5 });
    expect(singleNeuronLine(LAYOUT, new Float32Array(LAYOUT.paramCount))).toBeNull();
    expect(singleNeuronLine(one, null)).toBeNull();
  });
});
