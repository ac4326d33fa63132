// @vitest-environment happy-dom
/**
 * The learning rate on the loss chart: the staircase against rates worked out by hand from the
 * schedule formulas, when it is drawn and when not, and the chart's legend and right axis.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createLossHistory, pushLoss } from '../../model/lossHistory';
import { useDomHost } from '../../testing/domHost';
import { LossChart } from './LossChart';
import { lrView } from './lrView';

const dom = useDomHost();
const { byId } = dom;

/** The path's vertices, consecutive repeats dropped. */
function vertices(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of d.matchAll(/[ML]\s*(-?[\d.e+-]+)[ ,](-?[\d.e+-]+)/g)) {
    const v: [number, number] = [Number(m[1]), Number(m[2])];
    const last = out[out.length - 1];
    if (!last || last[0] !== v[0] || last[1] !== v[1]) out.push(v);
  }
  return out;
}

describe('lrView', () => {
  const x = (e: number) => 10 * e;

  it('draws step decay (η 0.1, γ 0.5, k 2) as a staircase on [0, η]', () => {
    // η·γ^⌊e/2⌋ for e = 0..5: 0.1, 0.1, 0.05, 0.05, 0.025, 0.025.
    const pts = [0.1, 0.1, 0.05, 0.05, 0.025, 0.025].map((lr, epoch) => ({ epoch, lr }));
    const v = lrView(pts, x, 100, true)!;
    expect(v.y.domain()).toEqual([0, 0.1]);
    // Pixel y: 0.1 → 0, 0.05 → 50, 0.025 → 75; each rate holds until the next epoch's record.
    expect(vertices(v.path)).toEqual([[0, 0], [10, 0], [20, 0], [20, 50], [30, 50], [40, 50], [40, 75], [50, 75]]);
    expect([v.first, v.last, v.lastEpoch, v.varies]).toEqual([0.1, 0.025, 5, true]);
  });

  it('puts a cosine floor of 0 on the bottom edge', () => {
    // η = 1, k = 2, α = 0: cos schedule gives 1, 0.5, 0 at e = 0, 1, 2.
    const v = lrView([{ epoch: 0, lr: 1 }, { epoch: 1, lr: 0.5 }, { epoch: 2, lr: 0 }], x, 80, true)!;
    expect(vertices(v.path)).toEqual([[0, 0], [10, 0], [10, 40], [20, 40], [20, 80]]);
    expect(v.ticks[0]).toBe(0);
  });

  it('is drawn only when it tells something', () => {
    const flat = [0, 1, 2].map((epoch) => ({ epoch, lr: 0.03 }));
    expect(lrView(flat, x, 100, false)).toBeNull(); // constant and no schedule: a flat line says nothing
    expect(lrView(flat, x, 100, true)?.varies).toBe(false); // a schedule is set: its start is shown
    expect(lrView([...flat, { epoch: 3, lr: 0.01 }], x, 100, false)?.varies).toBe(true); // a live edit
    expect(lrView([{ epoch: 0 }, { epoch: 1, lr: NaN }], x, 100, true)).toBeNull(); // no rate reported
  });

  it('skips points without a rate instead of drawing them at 0', () => {
    const v = lrView([{ epoch: 0, lr: 0.2 }, { epoch: 1 }, { epoch: 2, lr: 0.1 }], x, 100, true)!;
    expect(vertices(v.path)).toEqual([[0, 0], [20, 0], [20, 50]]);
  });
});

describe('LossChart with a rate', () => {
  const history = (rates: number[]) => rates.reduce((h, lr, e) => pushLoss(h, e, 1 / (e + 1), NaN, lr), createLossHistory(64));

  it('draws the rate on a right axis with its own legend entry when it varies', () => {
    act(() => dom.root.render(<LossChart history={history([0.1, 0.1, 0.05, 0.05, 0.025])} />));
    expect(byId('loss-chart').dataset.lrShown).toBe('true');
    const line = byId('loss-line-lr');
    expect(Number(line.dataset.lrLast)).toBe(0.025);
    expect(Number(line.dataset.lrLastEpoch)).toBe(4);
    expect(byId('loss-key-lr').textContent).toBe('learning rate (right axis)');
    const ticks = [...dom.host.querySelectorAll('.loss-axis-lr .tick text')].map((t) => t.textContent);
    expect(ticks).toEqual(['0', '0.05', '0.1']);
  });

  it('leaves a constant rate out unless a schedule is set', () => {
    act(() => dom.root.render(<LossChart history={history([0.03, 0.03, 0.03])} />));
    expect(byId('loss-chart').dataset.lrShown).toBe('false');
    expect(byId('loss-line-lr')).toBeNull();
    expect(byId('loss-key-lr')).toBeNull();
    act(() => dom.root.render(<LossChart history={history([0.03, 0.03, 0.03])} lrAlways />));
    expect(byId('loss-line-lr')).not.toBeNull();
  });
});
