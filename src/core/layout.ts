/**
 * The layout table: where every layer's weights and biases live in the flat parameter buffer.
 * W is row-major [fanOut x fanIn], so link (layer l, to unit i, from unit j) sits at
 * wOffset + i * fanIn + j; the network diagram uses the same formula.
 */
import type { LayerFn } from './activations';

/** One weighted layer (hidden or output). */
export interface LayerLayout {
  /** Units feeding this layer. */
  readonly fanIn: number;
  /** Units in this layer. */
  readonly fanOut: number;
  /** Offset of W [fanOut x fanIn] in the parameter buffer. */
  readonly wOffset: number;
  /** Offset of b [fanOut] in the parameter buffer. */
  readonly bOffset: number;
  /** Offset of this layer's first unit among all non-input units (grid and stats order). */
  readonly unitOffset: number;
  readonly fn: LayerFn;
}

export interface Layout {
  readonly inputs: number;
  /** Hidden layers first, output layer last. */
  readonly layers: readonly LayerLayout[];
  /** Total number of parameters. */
  readonly paramCount: number;
  /** Total number of non-input units. */
  readonly unitCount: number;
  /** Widest layer including the input (sizes the scratch buffers). */
  readonly maxWidth: number;
}

/** Architecture: input width, hidden layers, output layer. */
export interface NetSpec {
  readonly inputs: number;
  readonly hidden: readonly { readonly units: number; readonly fn: LayerFn }[];
  readonly outputs: number;
  readonly output: LayerFn;
}

/** Builds the layout table for a spec. Assumes a validated spec. */
export function buildLayout(spec: NetSpec): Layout {
  const layers: LayerLayout[] = [];
  let off = 0;
  let units = 0;
  let fanIn = spec.inputs;
  let maxWidth = spec.inputs;
  const all = [...spec.hidden, { units: spec.outputs, fn: spec.output }];
  for (const l of all) {
    const wOffset = off;
    off += l.units * fanIn;
    const bOffset = off;
    off += l.units;
    layers.push({ fanIn, fanOut: l.units, wOffset, bOffset, unitOffset: units, fn: l.fn });
    units += l.units;
    maxWidth = Math.max(maxWidth, l.units);
    fanIn = l.units;
  }
  return { inputs: spec.inputs, layers, paramCount: off, unitCount: units, maxWidth };
}

/** The output layer (the last weighted layer; every layout has one). */
export function outputLayer(layout: Layout): LayerLayout {
  return layout.layers[layout.layers.length - 1]!;
}

/** Index of weight (layer, to unit i, from unit j) in the parameter buffer. */
export function weightIndex(layout: Layout, layer: number, i: number, j: number): number {
  const l = layout.layers[layer]!;
  return l.wOffset + i * l.fanIn + j;
}

/** Index of bias (layer, unit i) in the parameter buffer. */
export function biasIndex(layout: Layout, layer: number, i: number): number {
  return layout.layers[layer]!.bOffset + i;
}
