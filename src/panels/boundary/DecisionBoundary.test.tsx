// @vitest-environment happy-dom
import { act } from 'react';
import { useDomHost } from '../../testing/domHost';
import { describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../core/datasets';
import { DecisionBoundary, type DecisionBoundaryProps } from './DecisionBoundary';

const xor = makeDataset('xor', { points: 4, noise: 0, split: 1 }, 1);
const circle = makeDataset('circle', { points: 40, noise: 0, split: 0.5 }, 1);
const plane = makeDataset('plane', { points: 20, noise: 0, split: 1 }, 1);

function base(over: Partial<DecisionBoundaryProps> = {}): DecisionBoundaryProps {
  const n = 8;
  return {
    grid: new Float32Array(n * n).fill(0.5), offset: 0, gridN: n, extent: xor.extent, domain: [0, 1],
    train: xor.train, test: xor.test, classes: 2, truthTable: true, discretize: false, onToggleDiscretize: () => {},
    ...over,
  };
}

describe('DecisionBoundary', () => {
  const dom = useDomHost();
  const render = (p: DecisionBoundaryProps) => act(() => dom.root.render(<DecisionBoundary {...p} />));
  const $ = (sel: string) => dom.host.querySelector(sel);

  it('renders the plot, a canvas at grid resolution and a legend', () => {
    render(base());
    expect($('[data-testid="decision-boundary"]')).not.toBeNull();
    const canvas = $('canvas') as HTMLCanvasElement;
    expect(canvas.width).toBe(8);
    expect(canvas.height).toBe(8);
    expect($('svg.legend')).not.toBeNull();
  });

  it('labels the four truth-table points with inputs and target, drawn big, once', () => {
    render(base());
    const labels = [...dom.host.querySelectorAll('.db-truth-label')].map((t) => t.textContent);
    expect(labels).toEqual(['(0,0) → 0', '(0,1) → 1', '(1,0) → 1', '(1,1) → 0']);
    const circles = dom.host.querySelectorAll('.db-points circle');
    expect(circles).toHaveLength(4); // test split is the same four points
    expect(Number(circles[0]!.getAttribute('r'))).toBeGreaterThanOrEqual(12);
  });

  it('draws train points filled and test points outlined, coloured by class', () => {
    render(base({ train: circle.train, test: circle.test, truthTable: false, extent: circle.extent }));
    const train = dom.host.querySelectorAll('.db-points-train circle');
    const test = dom.host.querySelectorAll('.db-points-test circle');
    expect(train).toHaveLength(circle.train.n);
    expect(test).toHaveLength(circle.test.n);
    expect(train[0]!.getAttribute('stroke')).toBe('#fff');
    expect(test[0]!.getAttribute('fill')).toBe('none');
    const fills = new Set([...train].map((c) => c.getAttribute('fill')));
    expect(fills.size).toBe(2);
  });

  it('reports clicked points and shows coordinates on hover', () => {
    const onPick = vi.fn();
    render(base({ train: circle.train, test: circle.test, truthTable: false, extent: circle.extent, onPickPoint: onPick }));
    const testPoint = dom.host.querySelectorAll('.db-points-test circle')[2] as SVGCircleElement;
    act(() => testPoint.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onPick).toHaveBeenCalledWith('test', 2);
    expect(testPoint.querySelector('title')!.textContent).toMatch(/^Test point 3: \(-?\d+\.\d\d, -?\d+\.\d\d\) → class [01]$/);
    expect((testPoint as unknown as HTMLElement).style.cursor).toBe('pointer');
  });

  it('toggles discretize through its labelled checkbox', () => {
    const onToggle = vi.fn();
    render(base({ onToggleDiscretize: onToggle }));
    const box = dom.host.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(box.labels?.[0]?.textContent).toContain('Discretize');
    act(() => box.click());
    expect(onToggle).toHaveBeenCalledWith(true);
  });

  it('draws a single neuron line only when it crosses the view', () => {
    render(base({ line: { w1: 1, w2: 1, b: -1.5 } }));
    expect($('[data-testid="neuron-line"]')).not.toBeNull();
    render(base({ line: { w1: 1, w2: 0, b: -100 } }));
    expect($('[data-testid="neuron-line"]')).toBeNull();
  });

  it('colours regression points by value and survives a null grid', () => {
    render(base({ grid: null, train: plane.train, test: plane.test, classes: 0, truthTable: false, extent: plane.extent, domain: [-1, 1] }));
    const fills = [...dom.host.querySelectorAll('.db-points-train circle')].map((c) => c.getAttribute('fill'));
    expect(fills.length).toBe(plane.train.n);
    expect(new Set(fills).size).toBeGreaterThan(5);
  });

  it('shows which hidden unit the heatmap is showing', () => {
    render(base({ highlightUnitLabel: 'layer 1, unit 2' }));
    expect(dom.host.textContent).toContain('Showing layer 1, unit 2');
  });
});
