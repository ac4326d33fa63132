/**
 * Pure geometry of the network diagram: where every column, neuron, link, bias marker and
 * button goes for a Layout at a given pixel width. No DOM and no React, so it is memoized per
 * (layout, width) and unit-tested in Node. Coordinates are CSS pixels, origin top-left.
 *
 * Two modes:
 * - expanded: one thumbnail per neuron and one path per weight. Used while the net has at most
 *   COMPACT_MAX_HIDDEN_LAYERS hidden layers and no layer wider than COMPACT_MAX_LAYER_WIDTH,
 *   which caps the link count near 1,200 (2*12 + 7*144 + 12*outputs) and keeps React
 *   reconciliation of the paths cheap at snapshot rate.
 * - compact: one narrow block per layer (a strip of its units) and one connector per layer.
 *   A 64 x 16 net would need ~16,000 paths otherwise, far too slow to redraw per snapshot.
 */
import { linkHorizontal } from 'd3';
import type { Layout } from '../../core/layout';

/** Expanded mode holds while hidden layers <= this ... */
export const COMPACT_MAX_HIDDEN_LAYERS = 8;
/** ... and every layer has <= this many units. */
export const COMPACT_MAX_LAYER_WIDTH = 12;
/** Touch target side for the +/- buttons, CSS px. */
export const BUTTON_SIZE = 28;

const GAP = 4;
/** Height of the per-layer activation picker under each hidden column's label. */
export const ACTIVATION_ROW = 16;
const LABEL_H = 16;
const PAD_LEFT = 30; // room for the input labels (x₁, x₂) left of the input column
const PAD_RIGHT = 12;
const BOTTOM = 14;
const EXPANDED = { minSpacing: 64, maxSpacing: 170, nodeMin: 18, nodeMax: 44, rowStep: 1.45 };
const COMPACT = { minSpacing: 32, maxSpacing: 110, blockMin: 12, blockMax: 24, bodyMax: 260, footer: 16 };

export type ColumnKind = 'input' | 'hidden' | 'output';

export interface ButtonPair {
  /** Top-left corners of the 28 x 28 buttons. */
  remove: { x: number; y: number };
  add: { x: number; y: number };
  /** Side by side when the columns are wide enough, else stacked. */
  stacked: boolean;
}

export interface ColumnGeom {
  /** 0 = inputs, 1..H = hidden layers (the 1-based number used in labels and test ids), H+1 = output. */
  column: number;
  kind: ColumnKind;
  x: number;
  units: number;
  /** Only hidden layers get per-layer buttons. */
  buttons: ButtonPair | null;
  /** Baseline of the "4 neurons" label. */
  labelY: number;
}

export interface NodeGeom {
  column: number;
  /** Unit index within its layer. */
  index: number;
  /** Global non-input unit index (grid order), -1 for inputs. */
  unit: number;
  /** Centre. */
  x: number;
  y: number;
}

export interface LinkGeom {
  /** Index into layout.layers. */
  layer: number;
  /** To unit i of the layer, from unit j of the layer below. */
  i: number;
  j: number;
  /** Flat parameter index: wOffset + i * fanIn + j. */
  param: number;
  d: string;
}

export interface BiasGeom {
  layer: number;
  i: number;
  param: number;
  /** Centre of the marker. */
  x: number;
  y: number;
  size: number;
}

export interface BlockGeom {
  column: number;
  kind: ColumnKind;
  /** Index into layout.layers, -1 for the input block. */
  layer: number;
  units: number;
  /** First global unit (grid order), -1 for inputs. */
  unitOffset: number;
  /** Top-left and size; each unit is a cellH-tall stripe. */
  x: number;
  y: number;
  w: number;
  h: number;
  cellH: number;
}

export interface ConnectorGeom {
  /** Index into layout.layers of the weights this connector stands for. */
  layer: number;
  x1: number;
  x2: number;
  y: number;
}

export interface NetworkGeometry {
  mode: 'expanded' | 'compact';
  /** Content size; at least the requested width, wider when the net needs scrolling. */
  width: number;
  height: number;
  columns: ColumnGeom[];
  /** Expanded mode: thumbnail side and per-neuron/per-weight items (empty when compact). */
  nodeSize: number;
  nodes: NodeGeom[];
  links: LinkGeom[];
  biases: BiasGeom[];
  /** Compact mode: one block per column and a connector per weighted layer (empty when expanded). */
  blocks: BlockGeom[];
  connectors: ConnectorGeom[];
}

export interface GeometryOptions {
  /** Shrinks expanded thumbnails so the body fits this height (never below the minimum size). */
  maxHeight?: number;
  /** Force a mode instead of applying the thresholds. */
  mode?: 'expanded' | 'compact';
}

/** True when the net is too deep or too wide to draw every link. */
export function shouldCompact(layout: Layout): boolean {
  const hidden = layout.layers.length - 1;
  return hidden > COMPACT_MAX_HIDDEN_LAYERS || layout.layers.some((l) => l.fanOut > COMPACT_MAX_LAYER_WIDTH);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

const curve = linkHorizontal<[[number, number], [number, number]], [number, number]>()
  .source((d) => d[0])
  .target((d) => d[1]);

/** Column kinds and unit counts, inputs first. */
function columnsOf(layout: Layout): { kind: ColumnKind; units: number }[] {
  const last = layout.layers.length - 1;
  return [
    { kind: 'input', units: layout.inputs },
    ...layout.layers.map((l, k) => ({ kind: (k === last ? 'output' : 'hidden') as ColumnKind, units: l.fanOut })),
  ];
}

/** Horizontal placement shared by both modes: spacing between column centres and the first x. */
function placeColumns(width: number, cols: number, itemW: number, minSpacing: number, maxSpacing: number) {
  const avail = width - PAD_LEFT - PAD_RIGHT - itemW;
  const spacing = cols > 1 ? clamp(avail / (cols - 1), minSpacing, maxSpacing) : 0;
  const contentW = PAD_LEFT + itemW + (cols - 1) * spacing + PAD_RIGHT;
  const total = Math.max(width, contentW);
  // Centre a net that does not need the full width.
  const x0 = (total - contentW) / 2 + PAD_LEFT + itemW / 2;
  return { spacing, total, x0 };
}

/** Header: buttons then a label; returns its height and the button pair factory. */
function header(spacing: number) {
  const stacked = spacing < 2 * BUTTON_SIZE + GAP + 6;
  const buttonsH = stacked ? 2 * BUTTON_SIZE + GAP : BUTTON_SIZE;
  const labelY = GAP + buttonsH + GAP + 12;
  // Below the label: the layer's activation picker (ACTIVATION_ROW tall).
  const height = labelY + 8 + ACTIVATION_ROW;
  const pair = (x: number): ButtonPair => stacked
    ? { stacked, add: { x: x - BUTTON_SIZE / 2, y: GAP }, remove: { x: x - BUTTON_SIZE / 2, y: GAP + BUTTON_SIZE + GAP } }
    : { stacked, remove: { x: x - BUTTON_SIZE - GAP / 2, y: GAP }, add: { x: x + GAP / 2, y: GAP } };
  return { height, labelY, pair };
}

/** Positions everything for `layout` drawn `width` CSS px wide. */
export function computeGeometry(layout: Layout, width: number, options: GeometryOptions = {}): NetworkGeometry {
  const mode = options.mode ?? (shouldCompact(layout) ? 'compact' : 'expanded');
  return mode === 'compact' ? compactGeometry(layout, width) : expandedGeometry(layout, width, options.maxHeight);
}

function expandedGeometry(layout: Layout, width: number, maxHeight?: number): NetworkGeometry {
  const cols = columnsOf(layout);
  const E = EXPANDED;
  const est = placeColumns(width, cols.length, E.nodeMax, E.minSpacing, E.maxSpacing);
  const head = header(est.spacing);
  const maxUnits = Math.max(...cols.map((c) => c.units));
  let s = clamp(est.spacing * 0.42, E.nodeMin, E.nodeMax);
  if (maxHeight !== undefined) {
    s = Math.max(E.nodeMin, Math.min(s, (maxHeight - head.height - BOTTOM) / (maxUnits * E.rowStep)));
  }
  const { spacing, total, x0 } = placeColumns(width, cols.length, s, E.minSpacing, E.maxSpacing);
  const step = s * E.rowStep;
  const top = head.height;
  const bodyH = maxUnits * step;

  const columns: ColumnGeom[] = [];
  const nodes: NodeGeom[] = [];
  const byColumn: NodeGeom[][] = [];
  cols.forEach((c, ci) => {
    const x = x0 + ci * spacing;
    columns.push({ column: ci, kind: c.kind, x, units: c.units, buttons: c.kind === 'hidden' ? head.pair(x) : null, labelY: head.labelY });
    const yStart = top + (bodyH - c.units * step) / 2 + step / 2;
    const unitOffset = ci === 0 ? -1 : layout.layers[ci - 1]!.unitOffset;
    const col: NodeGeom[] = [];
    for (let k = 0; k < c.units; k++) {
      col.push({ column: ci, index: k, unit: ci === 0 ? -1 : unitOffset + k, x, y: yStart + k * step });
    }
    byColumn.push(col);
    nodes.push(...col);
  });

  const links: LinkGeom[] = [];
  const biases: BiasGeom[] = [];
  const biasSize = clamp(s * 0.26, 6, 10);
  layout.layers.forEach((L, l) => {
    const from = byColumn[l]!;
    const to = byColumn[l + 1]!;
    for (let i = 0; i < L.fanOut; i++) {
      const t = to[i]!;
      for (let j = 0; j < L.fanIn; j++) {
        const f = from[j]!;
        const d = curve([[f.x + s / 2, f.y], [t.x - s / 2, t.y]]) ?? '';
        links.push({ layer: l, i, j, param: L.wOffset + i * L.fanIn + j, d });
      }
      // Bottom-left corner: away from where the links arrive (left middle).
      biases.push({ layer: l, i, param: L.bOffset + i, x: t.x - s / 2, y: t.y + s / 2, size: biasSize });
    }
  });

  return {
    mode: 'expanded', width: total, height: top + bodyH + BOTTOM, columns,
    nodeSize: s, nodes, links, biases, blocks: [], connectors: [],
  };
}

function compactGeometry(layout: Layout, width: number): NetworkGeometry {
  const cols = columnsOf(layout);
  const C = COMPACT;
  const est = placeColumns(width, cols.length, C.blockMax, C.minSpacing, C.maxSpacing);
  const w = clamp(est.spacing * 0.5, C.blockMin, C.blockMax);
  const { spacing, total, x0 } = placeColumns(width, cols.length, w, C.minSpacing, C.maxSpacing);
  const head = header(spacing);
  // Square cells while a layer fits the body height; wider layers become thin stripes. Per
  // block, so a narrow layer next to a 128-wide one stays legible.
  const cellOf = (units: number) => clamp(C.bodyMax / units, 1, w);
  const bodyH = Math.max(...cols.map((c) => c.units * cellOf(c.units)));
  const top = head.height;
  const midY = top + bodyH / 2;

  const columns: ColumnGeom[] = [];
  const blocks: BlockGeom[] = [];
  cols.forEach((c, ci) => {
    const x = x0 + ci * spacing;
    columns.push({ column: ci, kind: c.kind, x, units: c.units, buttons: c.kind === 'hidden' ? head.pair(x) : null, labelY: head.labelY });
    const cellH = cellOf(c.units);
    const h = c.units * cellH;
    blocks.push({
      column: ci, kind: c.kind, layer: ci - 1, units: c.units,
      unitOffset: ci === 0 ? -1 : layout.layers[ci - 1]!.unitOffset,
      x: x - w / 2, y: midY - h / 2, w, h, cellH,
    });
  });
  const connectors: ConnectorGeom[] = layout.layers.map((_, l) => ({
    layer: l, x1: blocks[l]!.x + w, x2: blocks[l + 1]!.x, y: midY,
  }));

  return {
    mode: 'compact', width: total, height: top + bodyH + C.footer + BOTTOM, columns,
    nodeSize: 0, nodes: [], links: [], biases: [], blocks, connectors,
  };
}

/** Flat parameters as the diagram reads them (null before the first snapshot). */
export type DiagramParams = Float32Array | Float64Array | null;

/** What both diagram views (one path per weight, or compact layer blocks) draw from. */
export interface DiagramViewProps {
  geom: NetworkGeometry;
  layout: Layout;
  params: DiagramParams;
  grid: Float32Array | null;
  gridN: number;
  gridUnits: number;
  lutOutput: Uint8ClampedArray;
  lutHidden: Uint8ClampedArray;
  outputDomain: [number, number];
  hiddenDomain: [number, number];
  ariaLabel: string;
}
