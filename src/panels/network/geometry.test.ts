import { describe, expect, it } from 'vitest';
import { buildLayout, weightIndex, biasIndex, type Layout } from '../../core/layout';
import {
  BUTTON_SIZE, COMPACT_MAX_HIDDEN_LAYERS, COMPACT_MAX_LAYER_WIDTH, computeGeometry, shouldCompact,
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
    expect(shouldCompact(net(Array(COMPACT_MAX_HIDDEN_LAYERS).fill(COMPACT_MAX_LAYER_WIDTH)))).toBe(false);
    expect(shouldCompact(net(Array(COMPACT_MAX_HIDDEN_LAYERS + 1).fill(2)))).toBe(true);
    expect(shouldCompact(net([COMPACT_MAX_LAYER_WIDTH + 1]))).toBe(true);
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
      expect(Math.max(add.x, remove.x) + BUTTON_SIZE).toBeLessThanOrEqual(g.width);
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

  it('fits 390 px for a small net and scrolls (wider content) only when columns cannot fit', () => {
    expect(computeGeometry(net([4, 4]), 390).width).toBe(390);
    const deep = computeGeometry(net(Array(8).fill(4)), 390);
    expect(deep.mode).toBe('expanded');
    expect(deep.width).toBeGreaterThan(390);
  });

  it('stacks the +/- buttons when columns are narrow', () => {
    const narrow = computeGeometry(net(Array(8).fill(4)), 390);
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

  it('keeps touch-sized buttons for every hidden layer by scrolling when needed', () => {
    const hidden = g.columns.filter((c) => c.kind === 'hidden');
    expect(hidden).toHaveLength(64);
    for (let k = 1; k < hidden.length; k++) {
      expect(hidden[k]!.buttons!.add.x - hidden[k - 1]!.buttons!.add.x).toBeGreaterThanOrEqual(BUTTON_SIZE);
    }
    expect(g.width).toBeGreaterThan(1280);
  });

  it('turns very wide layers into thin stripes that still fit the body height', () => {
    const wide = computeGeometry(net([128, 4]), 800);
    expect(wide.mode).toBe('compact');
    const b = wide.blocks[1]!;
    expect(b.h).toBeLessThanOrEqual(260 + 1e-9);
    expect(b.cellH).toBeGreaterThanOrEqual(1);
  });
});
