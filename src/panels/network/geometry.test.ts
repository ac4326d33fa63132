import { describe, expect, it } from 'vitest';
import { buildLayout, weightIndex, biasIndex, type Layout } from '../../core/layout';
import {
  BUTTON_SIZE, COMPACT_MAX_HIDDEN_LAYERS, EXPANDED_MAX_UNITS, MIN_BUTTON_W, TOUCH_BUTTON_SIZE, computeGeometry,
  labelWidth, shouldCompact, thinLabels, type NetworkGeometry,
} from './geometry';

function net(hidden: number[], outputs = 1): Layout {
  return buildLayout({
    inputs: 2,
    hidden: hidden.map((units) => ({ units, fn: 'tanh' as const })),
    outputs,
    output: 'sigmoid',
  });
}

describe('shouldCompact', () => {
  it('keeps small nets expanded and collapses deep or wide ones at the documented limits', () => {
    expect(shouldCompact(net([4, 4]))).toBe(false);
    expect(shouldCompact(net(Array(COMPACT_MAX_HIDDEN_LAYERS).fill(4)))).toBe(false);
    expect(shouldCompact(net(Array(COMPACT_MAX_HIDDEN_LAYERS + 1).fill(2)))).toBe(true);
    expect(shouldCompact(net([EXPANDED_MAX_UNITS + 1]))).toBe(true);
  });

  it('keeps the full view whenever it fits: one layer of 13, or two layers of 13, are not compact', () => {
    expect(shouldCompact(net([13]), 640)).toBe(false);
    expect(shouldCompact(net([13, 13]), 640)).toBe(false);
  });

  it('goes compact only when the columns cannot fit the width', () => {
    expect(shouldCompact(net(Array(8).fill(4)), 1000)).toBe(false);
    expect(shouldCompact(net(Array(8).fill(4)), 390)).toBe(true);
  });
});

describe('computeGeometry, expanded', () => {
  const layout = net([4, 3]);
  const g = computeGeometry(layout, 640);

  it('has one column per layer and one node per unit, running left to right', () => {
    expect(g.mode).toBe('expanded');
    expect(g.columns.map((c) => c.kind)).toEqual(['input', 'hidden', 'hidden', 'output']);
    expect(g.nodes).toHaveLength(2 + 4 + 3 + 1);
    for (let c = 1; c < g.columns.length; c++) expect(g.columns[c]!.x).toBeGreaterThan(g.columns[c - 1]!.x);
  });

  it('numbers grid units in layer order and inputs as -1', () => {
    expect(g.nodes.filter((n) => n.column === 0).map((n) => n.unit)).toEqual([-1, -1]);
    expect(g.nodes.filter((n) => n.column > 0).map((n) => n.unit)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('has fanIn * fanOut links per layer, each at the layout table index', () => {
    const expected = layout.layers.reduce((s, l) => s + l.fanIn * l.fanOut, 0);
    expect(g.links).toHaveLength(expected);
    for (const k of g.links) {
      expect(k.param).toBe(weightIndex(layout, k.layer, k.i, k.j));
      expect(k.d).toMatch(/^M[\d.-]+,[\d.-]+C/);
    }
    expect(new Set(g.links.map((k) => k.param)).size).toBe(expected);
  });

  it('places a bias marker on every non-input unit at its bias index', () => {
    expect(g.biases).toHaveLength(8);
    for (const b of g.biases) expect(b.param).toBe(biasIndex(layout, b.layer, b.i));
  });

  it('starts links at the right edge of the source and ends them at the left edge of the target', () => {
    const link = g.links.find((k) => k.layer === 1 && k.i === 2 && k.j === 3)!;
    const from = g.nodes.find((n) => n.column === 1 && n.index === 3)!;
    const to = g.nodes.find((n) => n.column === 2 && n.index === 2)!;
    const nums = link.d.match(/-?[\d.]+(e-?\d+)?/g)!.map(Number);
    expect(nums[0]).toBeCloseTo(from.x + g.nodeSize / 2);
    expect(nums[1]).toBeCloseTo(from.y);
    expect(nums.at(-2)).toBeCloseTo(to.x - g.nodeSize / 2);
    expect(nums.at(-1)).toBeCloseTo(to.y);
  });

  it('gives only hidden layers buttons, inside the content and not overlapping each other', () => {
    for (const c of g.columns) {
      expect(c.buttons === null).toBe(c.kind !== 'hidden');
      if (!c.buttons) continue;
      const { add, remove } = c.buttons;
      const overlapX = Math.abs(add.x - remove.x) < BUTTON_SIZE;
      const overlapY = Math.abs(add.y - remove.y) < BUTTON_SIZE;
      expect(overlapX && overlapY).toBe(false);
      expect(Math.min(add.x, remove.x)).toBeGreaterThanOrEqual(0);
      expect(Math.max(add.x, remove.x) + c.buttons.w).toBeLessThanOrEqual(g.width);
      expect(c.buttons.w).toBe(BUTTON_SIZE);
    }
  });

  it('keeps every node inside the content box', () => {
    const half = g.nodeSize / 2;
    for (const n of g.nodes) {
      expect(n.x - half).toBeGreaterThanOrEqual(0);
      expect(n.x + half).toBeLessThanOrEqual(g.width);
      expect(n.y + half).toBeLessThanOrEqual(g.height);
    }
  });

  it('fits 390 px for a small net, and a net that cannot fit expanded becomes compact and fits', () => {
    expect(computeGeometry(net([4, 4]), 390).width).toBe(390);
    const deep = computeGeometry(net(Array(8).fill(4)), 390);
    expect(deep.mode).toBe('compact');
    expect(deep.width).toBe(390);
  });

  it('stacks the +/- buttons when columns are narrow', () => {
    const narrow = computeGeometry(net(Array(5).fill(4)), 480);
    expect(narrow.mode).toBe('expanded');
    expect(narrow.columns[1]!.buttons!.stacked).toBe(true);
    expect(g.columns[1]!.buttons!.stacked).toBe(false);
  });

  it('shrinks thumbnails to a maxHeight', () => {
    const tall = computeGeometry(net([12]), 900);
    const short = computeGeometry(net([12]), 900, { maxHeight: 400 });
    expect(short.nodeSize).toBeLessThan(tall.nodeSize);
    expect(short.height).toBeLessThanOrEqual(400 + 1e-9);
  });

  it('handles a net without hidden layers', () => {
    const g0 = computeGeometry(net([]), 390);
    expect(g0.columns.map((c) => c.kind)).toEqual(['input', 'output']);
    expect(g0.links).toHaveLength(2);
  });
});

describe('computeGeometry, compact', () => {
  const layout = net(Array(64).fill(16));
  const g = computeGeometry(layout, 1280);

  it('draws blocks and one connector per layer instead of links', () => {
    expect(g.mode).toBe('compact');
    expect(g.links).toHaveLength(0);
    expect(g.nodes).toHaveLength(0);
    expect(g.blocks).toHaveLength(66);
    expect(g.connectors).toHaveLength(65);
  });

  it('sizes blocks by unit count and keeps connectors between neighbouring blocks', () => {
    const b1 = g.blocks[1]!;
    expect(b1.h).toBeCloseTo(16 * b1.cellH);
    expect(b1.unitOffset).toBe(0);
    expect(g.blocks[2]!.unitOffset).toBe(16);
    for (const c of g.connectors) {
      expect(c.x2).toBeGreaterThan(c.x1);
      expect(c.x1).toBeCloseTo(g.blocks[c.layer]!.x + g.blocks[c.layer]!.w);
    }
  });

  it('fits the width at any depth: the output block is inside the view (no sideways scroll)', () => {
    for (const [depth, width] of [[20, 628], [64, 628], [10, 340], [64, 320], [20, 1800]] as const) {
      const gg = computeGeometry(net(Array(depth).fill(8)), width);
      expect(gg.width, `depth ${depth} at ${width}`).toBe(width);
      const out = gg.blocks.at(-1)!;
      expect(out.kind).toBe('output');
      expect(out.x + out.w).toBeLessThanOrEqual(width);
      for (let k = 1; k < gg.blocks.length; k++) expect(gg.blocks[k]!.x).toBeGreaterThanOrEqual(gg.blocks[k - 1]!.x + gg.blocks[k - 1]!.w);
    }
  });

  it('draws per-layer buttons while columns have room, never overlapping; else none (the toolbar picker edits widths)', () => {
    const d20 = computeGeometry(net(Array(20).fill(8)), 628);
    const hidden = d20.columns.filter((c) => c.kind === 'hidden');
    for (let k = 1; k < hidden.length; k++) {
      const a = hidden[k - 1]!.buttons!, b = hidden[k]!.buttons!;
      expect(b.w).toBeGreaterThanOrEqual(MIN_BUTTON_W);
      expect(b.add.x).toBeGreaterThanOrEqual(a.add.x + a.w);
    }
    expect(g.columns.filter((c) => c.kind === 'hidden').every((c) => c.buttons === null)).toBe(true);
  });

  it('on touch screens, per-layer buttons are 44 px or absent', () => {
    for (const depth of [2, 5, 10, 30]) {
      const gg = computeGeometry(net(Array(depth).fill(8)), 350, { touch: true, mode: 'compact' });
      for (const c of gg.columns) if (c.buttons) expect([c.buttons.w, c.buttons.h]).toEqual([TOUCH_BUTTON_SIZE, TOUCH_BUTTON_SIZE]);
    }
  });

  it('turns very wide layers into thin stripes that still fit the body height', () => {
    const wide = computeGeometry(net([128, 4]), 800);
    expect(wide.mode).toBe('compact');
    const b = wide.blocks[1]!;
    expect(b.h).toBeLessThanOrEqual(260 + 1e-9);
    expect(b.cellH).toBeGreaterThanOrEqual(1);
  });
});

describe('label placement', () => {
  const boxes = (g: NetworkGeometry, text: (c: NetworkGeometry['columns'][number]) => string) =>
    g.columns.filter((c) => c.labelled).map((c) => ({ l: c.x - labelWidth(text(c)) / 2, r: c.x + labelWidth(text(c)) / 2 }));
  const noOverlap = (b: { l: number; r: number }[]) => { for (let k = 1; k < b.length; k++) expect(b[k]!.l).toBeGreaterThanOrEqual(b[k - 1]!.r); };

  it('thinLabels keeps the last label and drops only the ones that would overlap', () => {
    expect(thinLabels([0, 10, 20, 30], [8, 8, 8, 8], 4)).toEqual([true, false, false, true]);
    expect(thinLabels([0, 12, 24], [8, 8, 8], 4)).toEqual([true, true, true]);
    expect(thinLabels([0, 5, 10], [8, 8, 8])).toEqual([false, false, true]);
  });

  it('column labels and footers never overlap, at any depth and width, and the output is always labelled', () => {
    for (const depth of [1, 3, 8, 20, 64]) {
      for (const width of [320, 390, 628, 1000]) {
        const g = computeGeometry(net(Array(depth).fill(depth > 10 ? 128 : 8)), width);
        expect(g.columns.at(-1)!.labelled).toBe(true);
        const text = (c: NetworkGeometry['columns'][number]) => g.labelStyle === 'short' ? String(c.units)
          : c.kind === 'input' ? 'inputs' : c.kind === 'output' ? 'output' : `${c.units} neurons`;
        noOverlap(boxes(g, text));
        if (g.mode === 'compact') {
          expect(g.blocks.at(-1)!.footer).toBe(true);
          const foot = g.blocks.filter((b) => b.footer).map((b) => {
            const t = b.kind === 'input' ? 'in' : b.kind === 'output' ? 'out' : String(b.column);
            const x = b.x + b.w / 2;
            return { l: x - labelWidth(t) / 2, r: x + labelWidth(t) / 2 };
          });
          noOverlap(foot);
        }
      }
    }
  });
});
