// @vitest-environment happy-dom
import { act } from 'react';
import { useDomHost } from '../../testing/domHost';
import { describe, expect, it, vi } from 'vitest';
import type { HiddenView } from '../../core/snapshotTypes';
import { HiddenSpace, type HiddenSpaceProps } from './HiddenSpace';

const XOR_X = [0, 0, 0, 1, 1, 0, 1, 1];
const XOR_Y = [0, 1, 1, 0];

function view(over: Partial<HiddenView> = {}): HiddenView {
  return {
    layer: 0, units: 2, points: Float32Array.from([-0.9, -0.9, 0.8, -0.7, -0.7, 0.8, 0.9, 0.9]),
    lines: new Float32Array(2 * 3 * 2 * 2), linesCount: 4, samples: 3, nextLine: { w1: 1, w2: 1, b: 0 },
    projection: null, separable: true, testedEpoch: 7, ...over,
  };
}

function props(over: Partial<HiddenSpaceProps> = {}): HiddenSpaceProps {
  return {
    widths: [2], layer: 0, onLayer: () => {}, view: view(), labels: XOR_Y, classes: 2, truthX: XOR_X, fn: 'tanh',
    lines: [{ unit: 0, w1: 1, w2: -1, b: 0.1, threshold: 0 }], decision: { fn: 'sigmoid', domain: [0, 1] },
    inputSeparable: false, epoch: 7, picked: 0, onPick: () => {}, ...over,
  };
}

describe('HiddenSpace', () => {
  const dom = useDomHost();
  const render = (p: HiddenSpaceProps) => act(() => dom.root.render(<HiddenSpace {...p} />));
  const $ = (sel: string) => dom.host.querySelector(sel);

  it('reports both exact verdicts in text and in data-separable', () => {
    render(props());
    expect($('[data-testid="hidden-space"]')!.getAttribute('data-separable')).toBe('true');
    expect($('[data-testid="input-space"]')!.getAttribute('data-separable')).toBe('false');
    expect($('[data-testid="input-space"]')!.textContent).toMatch(/not linearly separable/);
    expect($('[data-testid="hidden-space-status"]')!.textContent).toMatch(/linearly separable: a straight line splits/);
    expect($('[data-testid="hidden-space-status"]')!.textContent).not.toMatch(/as tested at epoch/);
  });

  it('draws the four labelled points, the grid lines and the output’s line; a click picks a point', () => {
    const onPick = vi.fn();
    render(props({ onPick }));
    const labels = [...dom.host.querySelectorAll('.hs-point-label')].map((t) => t.textContent);
    expect(labels.sort()).toEqual(['(0,0)', '(0,1)', '(1,0)', '(1,1)']);
    // The picked point (0) is drawn last, so its ring is never hidden.
    expect(dom.host.querySelector('.hs-point:last-of-type')!.getAttribute('data-index')).toBe('0');
    // The bent grid is one canvas (four polylines here), not one SVG path per line.
    expect($('[data-testid="hidden-grid"]')!.getAttribute('data-lines')).toBe('4');
    expect(dom.host.querySelectorAll('path.hs-grid')).toHaveLength(0);
    expect($('[data-testid="hidden-decision-line"]')).not.toBeNull();
    act(() => { dom.host.querySelector('.hs-point[data-index="3"] circle')!.dispatchEvent(new MouseEvent('click', { bubbles: true })); });
    expect(onPick).toHaveBeenCalledWith(3);
  });

  it('gives points that land on one spot a shared label', () => {
    render(props({ view: view({ points: Float32Array.from([1, -1, -1, -1, 1, 1, 1, -1]) }) }));
    const labels = [...dom.host.querySelectorAll('.hs-point-label')].map((t) => t.textContent);
    expect(labels.sort()).toEqual(['(0,0) (1,1)', '(0,1)', '(1,0)']);
  });

  it('labels a wider layer as a PCA projection and flags an answer older than the picture', () => {
    render(props({
      widths: [5], view: view({ units: 5, projection: { explained: [0.61, 0.22] }, separable: false, testedEpoch: 3 }),
      lines: [], decision: null, epoch: 9,
    }));
    expect(dom.host.textContent).toContain('PC1 (61% of variance)');
    expect(dom.host.textContent).toContain('PCA projection');
    expect($('[data-testid="hidden-space"]')!.getAttribute('data-separable')).toBe('false');
    expect($('[data-testid="hidden-space-status"]')!.textContent).toContain('as tested at epoch 3');
  });

  it('without a hidden layer it explains the single line and still tests the input plane', () => {
    render(props({ widths: [], layer: null, view: null }));
    expect($('[data-testid="hidden-space"]')!.hasAttribute('data-separable')).toBe(false);
    expect($('[data-testid="input-space"]')!.getAttribute('data-separable')).toBe('false');
    expect(dom.host.textContent).toContain('No hidden layer');
  });

  it('offers every hidden layer, and ignores a view of another layer until the new one arrives', () => {
    const onLayer = vi.fn();
    render(props({ widths: [3, 2], layer: 0, onLayer, view: view({ layer: 1 }) }));
    const select = $('[data-testid="hidden-layer-select"]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['1 (3 neurons)', '2 (2 neurons)']);
    expect($('[data-testid="hidden-space"]')!.hasAttribute('data-separable')).toBe(false);
    act(() => {
      select.value = '1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onLayer).toHaveBeenCalledWith(1);
  });

  it('paints a set that is not a truth table on a canvas, and a click there picks the nearest point', () => {
    const onPick = vi.fn();
    render(props({ truthX: null, onPick, picked: null }));
    expect(dom.host.querySelectorAll('.hs-point')).toHaveLength(0);
    const canvas = $('[data-testid="hidden-points"]') as HTMLCanvasElement;
    expect(canvas.getAttribute('data-count')).toBe('4');
    // happy-dom lays nothing out: the canvas sits at (0, 0), so client coordinates are plot pixels.
    // Point 3 is at h = (0.9, 0.9), the top-right corner of tanh's padded square.
    const w = parseFloat(canvas.style.width);
    act(() => { canvas.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: w * (0.9 + 1.16) / 2.32, clientY: w * (1.16 - 0.9) / 2.32 })); });
    expect(onPick).toHaveBeenCalledWith(3);
    onPick.mockClear();
    act(() => { canvas.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: w / 2, clientY: w / 2 })); });
    expect(onPick).not.toHaveBeenCalled();
  });
});
