/**
 * Pure geometry of the network diagram: where every column, neuron, link, bias marker and
 * button goes for a Layout at a given pixel width. No DOM and no React, so it is memoized per
 * (layout, width) and unit-tested in Node. Coordinates are CSS pixels, origin top-left.
 *
 * Two modes, and the view always fits the width it is given (the output column is never
 * off-screen, at any depth, down to a 320 px phone):
 * - expanded: one thumbnail per neuron and one path per weight, whenever it fits: the columns at
 *   their minimum spacing fit the width, no layer has more than EXPANDED_MAX_UNITS units (so
 *   thumbnails stay readable in a bounded height) and the net has at most EXPANDED_MAX_LINKS
 *   weights (React reconciliation of the paths stays cheap at snapshot rate).
 * - compact: one narrow block per layer (a strip of its units) and one connector per layer,
 *   with the spacing and the blocks shrunk to fit. Per-layer +/- buttons are drawn while a
 *   column has room for them; below that the toolbar's layer picker edits each layer's width.
 * Column labels are thinned so that no two overlap (the output's is always kept).
 */
import { linkHorizontal } from 'd3';
import type { Layout } from '../../core/layout';

/** Expanded mode holds while no layer is wider than this ... */
export const EXPANDED_MAX_UNITS = 16;
/** ... the net has at most this many weights ... */
export const EXPANDED_MAX_LINKS = 1200;
/** ... and it has at most this many hidden layers (beyond it thumbnails get too small to read). */
export const COMPACT_MAX_HIDDEN_LAYERS = 8;
/** Side of the +/- buttons, CSS px: 28 for a mouse, 44 for touch. */
export const BUTTON_SIZE = 28;
export const TOUCH_BUTTON_SIZE = 44;
/** A compact column narrower than this many px gets no buttons (the toolbar's picker takes over). */
export const MIN_BUTTON_W = 22;
/** Default body height cap for expanded thumbnails, CSS px. */
export const EXPANDED_MAX_BODY = 480;
/** Width estimate of label text at 11 px: 0.62 em per glyph, wide glyphs (CJK) 1 em. */
export function labelWidth(text: string, fontPx = 11): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? fontPx : 0.62 * fontPx;
  return w;
}

const GAP = 4;
const LABEL_H = 16;
const PAD_LEFT = 30; // room for the input labels (x₁, x₂) left of the input column
const PAD_RIGHT = 12;
const BOTTOM = 14;
const EXPANDED = { minSpacing: 64, maxSpacing: 170, nodeMin: 18, nodeMax: 44, rowStep: 1.45 };
const COMPACT = { maxSpacing: 110, blockMin: 3, blockMax: 24, bodyMax: 260, footer: 16 };

export type ColumnKind = 'input' | 'hidden' | 'output';

export interface ButtonPair {
  /** Size of each button, CSS px. */
  w: number;
  h: number;
  /** Top-left corners of the two buttons. */
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
  /** False when the label would overlap a neighbour's (thinned; the output's is always drawn). */
  labelled: boolean;
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
  /** Whether the footer label (in, 1, 2, ..., out) is drawn under this block (thinned like the column labels). */
  footer: boolean;
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
  /** Expanded: 'full' labels ("4 neurons"), or 'short' ones (the unit count) when columns are close. */
  labelStyle: 'full' | 'short';
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
  /** Touch screens: 44 px buttons. */
  touch?: boolean;
  /** The texts the view draws (translated), so label thinning measures what is shown. */
  labels?: LabelTexts;
}

export interface LabelTexts {
  /** Full column label: "inputs", "4 neurons", "output". */
  column(kind: ColumnKind, units: number): string;
  /** Compact footer: "in", "1", ..., "out". */
  footer(kind: ColumnKind, column: number): string;
}

const ENGLISH_LABELS: LabelTexts = {
  column: (kind, units) => (kind === 'input' ? 'inputs' : kind === 'output' ? 'output' : `${units} neurons`),
  footer: (kind, column) => (kind === 'input' ? 'in' : kind === 'output' ? 'out' : String(column)),
};

/** True when the net cannot be drawn with every link at this width (see the rules above). */
export function shouldCompact(layout: Layout, width = Infinity): boolean {
  const hidden = layout.layers.length - 1;
  if (hidden > COMPACT_MAX_HIDDEN_LAYERS) return true;
  if (layout.layers.some((l) => l.fanOut > EXPANDED_MAX_UNITS)) return true;
  if (layout.layers.reduce((n, l) => n + l.fanIn * l.fanOut, 0) > EXPANDED_MAX_LINKS) return true;
  const cols = layout.layers.length + 1;
  return PAD_LEFT + EXPANDED.nodeMin + (cols - 1) * EXPANDED.minSpacing + PAD_RIGHT > width;
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

/**
 * Header: buttons then a label; returns its height and the button pair factory (null when a
 * column is too narrow for buttons). Buttons narrow with the columns down to MIN_BUTTON_W
 * (mouse only; touch buttons keep 44 px or are left to the toolbar's picker).
 */
function header(spacing: number, touch = false) {
  const size = touch ? TOUCH_BUTTON_SIZE : BUTTON_SIZE;
  const bw = touch ? (spacing - 2 >= size ? size : 0) : Math.min(size, Math.floor(spacing - 2));
  const fits = bw >= (touch ? size : MIN_BUTTON_W);
  const bh = size;
  const stacked = spacing < 2 * bw + GAP + 6;
  const buttonsH = !fits ? 0 : stacked ? 2 * bh + GAP : bh;
  const labelY = GAP + buttonsH + GAP + 12;
  const height = labelY + 8;
  const pair = (x: number): ButtonPair | null => !fits ? null : stacked
    ? { w: bw, h: bh, stacked, add: { x: x - bw / 2, y: GAP }, remove: { x: x - bw / 2, y: GAP + bh + GAP } }
    : { w: bw, h: bh, stacked, remove: { x: x - bw - GAP / 2, y: GAP }, add: { x: x + GAP / 2, y: GAP } };
  return { height, labelY, pair };
}

/**
 * Which of a row of centred labels to draw so that none overlap: the last (the output) always,
 * then left to right every label that clears the previous drawn one and the last by `gap` px.
 */
export function thinLabels(xs: readonly number[], widths: readonly number[], gap = 4): boolean[] {
  const n = xs.length;
  const keep = new Array<boolean>(n).fill(false);
  if (n === 0) return keep;
  keep[n - 1] = true;
  const lastLeft = xs[n - 1]! - widths[n - 1]! / 2;
  let right = -Infinity;
  for (let i = 0; i < n - 1; i++) {
    const l = xs[i]! - widths[i]! / 2, r = xs[i]! + widths[i]! / 2;
    if (l >= right + gap && r + gap <= lastLeft) {
      keep[i] = true;
      right = r;
    }
  }
  return keep;
}

/** Label text the way the view draws it. */
function columnLabelText(labels: LabelTexts, kind: ColumnKind, units: number, style: 'full' | 'short'): string {
  return style === 'short' ? String(units) : labels.column(kind, units);
}

/** Positions everything for `layout` drawn `width` CSS px wide. */
export function computeGeometry(layout: Layout, width: number, options: GeometryOptions = {}): NetworkGeometry {
  const mode = options.mode ?? (shouldCompact(layout, width) ? 'compact' : 'expanded');
  return mode === 'compact'
    ? compactGeometry(layout, width, options.touch, options.labels)
    : expandedGeometry(layout, width, options.maxHeight ?? EXPANDED_MAX_BODY, options.touch, options.labels);
}

function expandedGeometry(layout: Layout, width: number, maxHeight?: number, touch = false, labels = ENGLISH_LABELS): NetworkGeometry {
  const cols = columnsOf(layout);
  const E = EXPANDED;
  const est = placeColumns(width, cols.length, E.nodeMax, E.minSpacing, E.maxSpacing);
  const head = header(est.spacing, touch);
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
    columns.push({ column: ci, kind: c.kind, x, units: c.units, buttons: c.kind === 'hidden' ? head.pair(x) : null, labelY: head.labelY, labelled: true });
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

  const fullW = cols.map((c) => labelWidth(columnLabelText(labels, c.kind, c.units, 'full')));
  const labelStyle = fullW.every((w) => w + 6 <= spacing) || cols.length < 2 ? 'full' : 'short';
  const keep = thinLabels(columns.map((c) => c.x), cols.map((c) => labelWidth(columnLabelText(labels, c.kind, c.units, labelStyle))));
  columns.forEach((c, i) => { c.labelled = keep[i]!; });
  return {
    mode: 'expanded', labelStyle, width: total, height: top + bodyH + BOTTOM, columns,
    nodeSize: s, nodes, links, biases, blocks: [], connectors: [],
  };
}

function compactGeometry(layout: Layout, width: number, touch = false, labels = ENGLISH_LABELS): NetworkGeometry {
  const cols = columnsOf(layout);
  const C = COMPACT;
  // Fit: the spacing shrinks with the width (no minimum), then the blocks shrink with the spacing.
  const est = placeColumns(width, cols.length, C.blockMax, 0, C.maxSpacing);
  const w = clamp(est.spacing * 0.5, C.blockMin, C.blockMax);
  const { spacing, total, x0 } = placeColumns(width, cols.length, w, 0, C.maxSpacing);
  const head = header(spacing, touch);
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
    columns.push({ column: ci, kind: c.kind, x, units: c.units, buttons: c.kind === 'hidden' ? head.pair(x) : null, labelY: head.labelY, labelled: true });
    const cellH = cellOf(c.units);
    const h = c.units * cellH;
    blocks.push({
      column: ci, kind: c.kind, layer: ci - 1, units: c.units,
      unitOffset: ci === 0 ? -1 : layout.layers[ci - 1]!.unitOffset,
      x: x - w / 2, y: midY - h / 2, w, h, cellH, footer: true,
    });
  });
  const xs = columns.map((c) => c.x);
  const keepTop = thinLabels(xs, cols.map((c) => labelWidth(String(c.units))));
  const keepFoot = thinLabels(xs, cols.map((c, i) => labelWidth(labels.footer(c.kind, i))));
  columns.forEach((c, i) => { c.labelled = keepTop[i]!; });
  blocks.forEach((b, i) => { b.footer = keepFoot[i]!; });
  const connectors: ConnectorGeom[] = layout.layers.map((_, l) => ({
    layer: l, x1: blocks[l]!.x + w, x2: blocks[l + 1]!.x, y: midY,
  }));

  return {
    mode: 'compact', labelStyle: 'short', width: total, height: top + bodyH + C.footer + BOTTOM, columns,
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
