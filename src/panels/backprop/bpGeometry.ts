/**
 * Where the step-through diagram puts things: one column per layer (inputs first), a box per
 * unit big enough for three lines of 12 px numbers, straight links between box edges, and a
 * loss box right of the output. Link labels are placed greedily so none overlaps a box or
 * another label; a label that finds no free spot is dropped (its value is still on the link's
 * data attributes and in the tap readout).
 */
import type { Layout } from '../../core/layout';

export const BOX_W = 132;
/** The loss box sits close right of the output, narrower than a unit. */
export const LOSS_W = 100;
const LOSS_GAP = 34;
export const BOX_H = 54;
const ROW_GAP = 22;
const PAD = 10;
const TOP = 24;
/** Column spacing below which the diagram scrolls instead of squeezing. */
const MIN_STEP = 160;

export interface BpUnitGeom {
  /** 0 for inputs, 1..L for weighted layers. */
  readonly layer: number;
  /** 0-based unit index in its layer. */
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

export interface BpLinkGeom {
  /** The weighted layer (1-based) whose unit the link feeds. */
  readonly layer: number;
  /** 0-based source unit (in layer - 1) and target unit (in layer). */
  readonly from: number;
  readonly to: number;
  /** Index of the weight in the parameter buffer. */
  readonly param: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface BpGeometry {
  readonly width: number;
  readonly height: number;
  readonly units: BpUnitGeom[];
  readonly links: BpLinkGeom[];
  /** Centre of the loss box. */
  readonly loss: { readonly x: number; readonly y: number };
  /** Column centres, inputs first, the loss column last. */
  readonly columns: number[];
}

/** Nets drawn unit by unit; bigger ones use the compact per-layer view. */
export function isCompact(layout: Layout): boolean {
  return layout.layers.length > 4 || Math.max(layout.inputs, ...layout.layers.map((l) => l.fanOut)) > 6;
}

/** Geometry for `layout` in a panel `available` px wide (the result may be wider, then it scrolls). */
export function bpGeometry(layout: Layout, available: number): BpGeometry {
  const L = layout.layers.length;
  const widths = [layout.inputs, ...layout.layers.map((l) => l.fanOut)];
  const maxUnits = Math.max(...widths);
  const step = Math.max(MIN_STEP, (available - 2 * PAD - BOX_W - LOSS_GAP - LOSS_W) / L);
  const width = Math.ceil(2 * PAD + BOX_W + step * L + LOSS_GAP + LOSS_W);
  const rowH = BOX_H + ROW_GAP;
  const height = TOP + Math.max(maxUnits * rowH, 2 * rowH) + 4;
  const columns = Array.from({ length: L + 1 }, (_, c) => PAD + BOX_W / 2 + c * step);
  columns.push(columns[L]! + BOX_W / 2 + LOSS_GAP + LOSS_W / 2);
  const mid = TOP + (height - TOP) / 2;
  const yOf = (n: number, i: number) => mid + (i - (n - 1) / 2) * rowH;
  const units: BpUnitGeom[] = [];
  widths.forEach((n, layer) => {
    for (let i = 0; i < n; i++) units.push({ layer, index: i, x: columns[layer]!, y: yOf(n, i) });
  });
  const links: BpLinkGeom[] = [];
  layout.layers.forEach((l, k) => {
    const layer = k + 1;
    for (let i = 0; i < l.fanOut; i++) {
      for (let j = 0; j < l.fanIn; j++) {
        links.push({
          layer, from: j, to: i, param: l.wOffset + i * l.fanIn + j,
          x1: columns[layer - 1]! + BOX_W / 2, y1: yOf(l.fanIn, j),
          x2: columns[layer]! - BOX_W / 2, y2: yOf(l.fanOut, i),
        });
      }
    }
  });
  const outN = widths[L]!;
  return { width, height, units, links, loss: { x: columns[L + 1]!, y: yOf(outN, (outN - 1) / 2) }, columns };
}

export interface Rect { x: number; y: number; w: number; h: number }

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Text width estimate for 12 px tabular numbers (no DOM measuring, so it is testable). */
export function labelWidth(text: string): number {
  return text.length * 7 + 8;
}
export const LABEL_H = 16;

export interface LabelCandidate {
  readonly id: number;
  readonly text: string;
  readonly link: BpLinkGeom;
}

export interface PlacedLabel { readonly id: number; readonly text: string; readonly x: number; readonly y: number; readonly w: number }

/** Fractions along a link tried in turn for its label. */
const SPOTS = [0.5, 0.35, 0.65, 0.22, 0.78, 0.12, 0.88];

/**
 * Places labels in order (put the most important first) on their links, avoiding `blocked`
 * rectangles (unit boxes) and each other. Returns the labels that fit, centred at (x, y).
 */
export function placeLabels(cands: readonly LabelCandidate[], blocked: readonly Rect[]): PlacedLabel[] {
  const taken: Rect[] = [...blocked];
  const out: PlacedLabel[] = [];
  for (const c of cands) {
    const w = labelWidth(c.text);
    for (const f of SPOTS) {
      const x = c.link.x1 + (c.link.x2 - c.link.x1) * f;
      const y = c.link.y1 + (c.link.y2 - c.link.y1) * f;
      const r = { x: x - w / 2 - 2, y: y - LABEL_H / 2 - 2, w: w + 4, h: LABEL_H + 4 };
      if (taken.some((t) => overlaps(t, r))) continue;
      taken.push(r);
      out.push({ id: c.id, text: c.text, x, y, w });
      break;
    }
  }
  return out;
}

/** The unit boxes as rectangles (for label placement). */
export function unitRects(g: BpGeometry): Rect[] {
  return [
    ...g.units.map((u) => ({ x: u.x - BOX_W / 2, y: u.y - BOX_H / 2, w: BOX_W, h: BOX_H })),
    { x: g.loss.x - LOSS_W / 2, y: g.loss.y - BOX_H / 2, w: LOSS_W, h: BOX_H },
  ];
}
