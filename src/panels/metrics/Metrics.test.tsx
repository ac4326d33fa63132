// @vitest-environment happy-dom
import { act } from 'react';
import { useDomHost } from '../../testing/domHost';
import { describe, expect, it } from 'vitest';
import { LossChart } from './LossChart';
import { chartScales } from '../../viz/chartScales';
import { createLossHistory, historyPoints, pushLoss } from '../../model/lossHistory';
import { Metrics, type MetricsProps } from './Metrics';

const dom = useDomHost();
const { byId } = dom;

describe('Metrics', () => {
  const render = (p: MetricsProps) => act(() => dom.root.render(<Metrics {...p} />));

  it('shows loss with 4 significant digits and accuracy as a 3-decimal fraction', () => {
    render({ trainLoss: Math.LN2, testLoss: 0.0123456, trainAccuracy: 0.75, testAccuracy: 2 / 3 });
    expect(byId('metric-train-loss').textContent).toBe('0.6931');
    expect(byId('metric-test-loss').textContent).toBe('0.01235');
    expect(byId('metric-train-accuracy').textContent).toBe('0.750');
    expect(byId('metric-test-accuracy').textContent).toBe('0.667');
  });

  it('carries full precision in data-value', () => {
    render({ trainLoss: Math.LN2, testLoss: 0.5, trainAccuracy: 1, testAccuracy: 2 / 3 });
    expect(Number(byId('metric-train-loss').dataset.value)).toBe(Math.LN2);
    expect(Number(byId('metric-test-accuracy').dataset.value)).toBe(2 / 3);
  });

  it('shows a dash and an empty data-value for null and NaN', () => {
    render({ trainLoss: NaN, testLoss: null, trainAccuracy: null, testAccuracy: Infinity });
    for (const id of ['metric-train-loss', 'metric-test-loss', 'metric-train-accuracy', 'metric-test-accuracy']) {
      expect(byId(id).textContent).toBe('—');
      expect(byId(id).getAttribute('data-value')).toBe('');
    }
  });
});

describe('Metrics after divergence and for stale values', () => {
  const render = (p: MetricsProps) => act(() => dom.root.render(<Metrics {...p} />));

  it('shows an infinite loss as ∞ and a diverged NaN loss as "diverged", not the no-test-set dash', () => {
    render({ trainLoss: Infinity, testLoss: NaN, trainAccuracy: 0.5, testAccuracy: 0.5, diverged: true });
    expect(byId('metric-train-loss').textContent).toBe('∞');
    expect(byId('metric-test-loss').textContent).toBe('diverged');
    expect(byId('metric-train-loss').getAttribute('data-value')).toBe('');
  });

  it('keeps the dash for a missing test set, even after divergence', () => {
    render({ trainLoss: NaN, testLoss: NaN, trainAccuracy: null, testAccuracy: null, diverged: true, noTestSet: true });
    expect(byId('metric-train-loss').textContent).toBe('diverged');
    expect(byId('metric-test-loss').textContent).toBe('—');
  });

  it('says at which epoch the values were measured when they are older than the counter', () => {
    render({ trainLoss: 1, testLoss: 1, trainAccuracy: 0.5, testAccuracy: 0.5, epoch: 10, metricsEpoch: 1 });
    expect(byId('metrics-at-epoch').textContent).toBe('(at epoch 1)');
    render({ trainLoss: 1, testLoss: 1, trainAccuracy: 0.5, testAccuracy: 0.5, epoch: 10, metricsEpoch: 10 });
    expect(dom.host.querySelector('[data-testid="metrics-at-epoch"]')).toBeNull();
  });
});

describe('LossChart', () => {
  it('draws both lines once there is data, and a hint before', () => {
    act(() => dom.root.render(<LossChart history={createLossHistory(16)} />));
    expect(dom.host.textContent).toContain('Press Play');
    let h = createLossHistory(16);
    for (let e = 1; e <= 30; e++) h = pushLoss(h, e, 1 / e, 1.2 / e);
    act(() => dom.root.render(<LossChart history={h} />));
    expect(byId('loss-line-train').getAttribute('d')).toMatch(/^M/);
    expect(byId('loss-line-test').getAttribute('d')).toMatch(/^M/);
    expect(dom.host.querySelectorAll('.loss-axis .tick').length).toBeGreaterThan(2);
  });

  it('switches between log and linear y', () => {
    let h = createLossHistory(16);
    for (let e = 1; e <= 5; e++) h = pushLoss(h, e, 10 ** -e, NaN);
    act(() => dom.root.render(<LossChart history={h} />));
    const box = byId('ctl-loss-log') as HTMLInputElement;
    expect(box.checked).toBe(true);
    act(() => box.click());
    expect(box.checked).toBe(false);
    expect(byId('loss-line-train').getAttribute('d')).toMatch(/^M/);
  });
});

describe('chartScales', () => {
  const pts = (vals: number[]) => historyPoints(vals.reduce((h, v, i) => pushLoss(h, i + 1, v, NaN), createLossHistory(64)));

  it('uses whole decades on a log axis', () => {
    const s = chartScales(pts([0.7, 0.05, 0.0003]), 300, 100, true);
    expect(s.log).toBe(true);
    expect(s.y.domain()).toEqual([0.0001, 1]);
    expect(s.yTicks).toEqual([0.0001, 0.001, 0.01, 0.1, 1]);
  });

  it('falls back to linear when a loss is 0 or there is no data', () => {
    expect(chartScales(pts([1, 0]), 300, 100, true).log).toBe(false);
    const empty = chartScales([], 300, 100, true);
    expect(empty.log).toBe(false);
    expect(empty.x.domain()).toEqual([0, 1]);
  });

  it('ignores NaN and infinite losses for the domain', () => {
    const s = chartScales(pts([1, NaN, Infinity, 0.5]), 300, 100, false);
    expect(s.y.domain()[1]).toBeLessThanOrEqual(1.2);
  });
});

describe('Metrics on a truth table', () => {
  it('shows one set of numbers labelled with the point count, no repeated test column', () => {
    act(() => dom.root.render(<Metrics trainLoss={0.5} testLoss={0.5} trainAccuracy={0.75} testAccuracy={0.75} allPoints={4} />));
    expect(dom.host.textContent).toMatch(/all 4 points/);
    expect(dom.host.querySelector('[data-testid="metric-test-loss"]')).toBeNull();
    expect(byId('metric-train-accuracy').textContent).toBe('0.750');
  });
});
