/**
 * What the decision-boundary panel draws, derived from one model's latest state: the output
 * (or, while a hidden neuron is hovered, that neuron's own output), its colour domain, and a
 * single neuron's line. Pure, so the container only wires the store to the panel.
 */
import type { Split } from '../../core/datasets';
import type { LayerLayout, Layout } from '../../core/layout';
import type { DataInfo } from '../../core/snapshotTypes';
import { outputLayer } from '../../core/layout';
import { fnDomain, outputDomain } from '../../viz/domains';
import type { NeuronLine } from './DecisionBoundary';

const EMPTY: Split = { x: new Float64Array(0), y: new Float64Array(0), n: 0 };

/** The data's two splits as the panel draws them (empty before the worker's first answer). */
export function splitsOf(d: DataInfo | null): { train: Split; test: Split } {
  if (!d) return { train: EMPTY, test: EMPTY };
  return {
    train: { x: d.trainX, y: d.trainY, n: d.trainY.length },
    test: { x: d.testX, y: d.testY, n: d.testY.length },
  };
}

/** The hidden unit a global unit index names, or null (an output unit, or out of range). */
export function hiddenUnitAt(layout: Layout, unit: number | null): { layer: number; index: number } | null {
  if (unit === null) return null;
  const hidden = layout.layers.length - 1;
  for (let l = 0; l < hidden; l++) {
    const L: LayerLayout = layout.layers[l]!;
    if (unit >= L.unitOffset && unit < L.unitOffset + L.fanOut) return { layer: l, index: unit - L.unitOffset };
  }
  return null;
}

/** A single neuron's line w1 x1 + w2 x2 + b = 0 (W then b in the flat parameters); null for any other net. */
export function singleNeuronLine(layout: Layout, params: ArrayLike<number> | null | undefined): NeuronLine | null {
  if (!params || layout.layers.length !== 1 || layout.layers[0]!.fanOut !== 1) return null;
  return { w1: params[0]!, w2: params[1]!, b: params[2]! };
}

export interface BoundaryInput {
  layout: Layout;
  /** Output units over the plane, unit-major [k x n x n]. */
  boundary: Float32Array | null;
  boundaryN: number;
  /** Every non-input unit's image [units x m x m]. */
  unitGrids: Float32Array | null;
  unitGridN: number;
  /** Several classes folded into one class-and-confidence map (see viz/classMap), or null. */
  classGrid: Float32Array | null;
  /** 0 for regression. */
  classes: number;
  /** The hovered unit (global index), or null. */
  hover: number | null;
}

export interface BoundaryView {
  grid: Float32Array | null;
  /** Offset of the drawn image inside `grid`. */
  offset: number;
  gridN: number;
  domain: [number, number];
  /** The class map is drawn (draw it with the class colours). */
  classMap: boolean;
  /** The hovered hidden neuron shown instead of the output, 1-based, or null. */
  highlight: { layer: number; n: number } | null;
}

/** The image the panel shows: a hovered hidden neuron's output, the class map, or the output. */
export function boundaryView(v: BoundaryInput): BoundaryView {
  const hovered = v.unitGrids !== null ? hiddenUnitAt(v.layout, v.hover) : null;
  if (hovered && v.unitGrids) {
    const L = v.layout.layers[hovered.layer]!;
    const n = v.unitGridN;
    return {
      grid: v.unitGrids, offset: (L.unitOffset + hovered.index) * n * n, gridN: n, domain: fnDomain(L.fn),
      classMap: false, highlight: { layer: hovered.layer + 1, n: hovered.index + 1 },
    };
  }
  const out = outputLayer(v.layout);
  if (v.classGrid) return { grid: v.classGrid, offset: 0, gridN: v.boundaryN, domain: [0, out.fanOut], classMap: true, highlight: null };
  return { grid: v.boundary, offset: 0, gridN: v.boundaryN, domain: outputDomain(out.fn, v.classes), classMap: false, highlight: null };
}
