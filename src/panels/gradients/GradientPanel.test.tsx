// @vitest-environment happy-dom
import { act } from 'react';
import { useDomHost } from '../../testing/domHost';
import { describe, expect, it, vi } from 'vitest';
import { createTrainer, measureGradients, resolveConfig } from '../../core';
import { baseSnapshot, measureMetrics } from '../../worker/snapshot';
import { DepthControl } from '../depth/DepthControl';
import { createGradHistory, pushGrads } from '../../model/gradHistory';
import { GradientPanel, type GradientPanelProps } from './GradientPanel';
import { anchorTheory, theoryShape } from './theoryProfile';

const dom = useDomHost();
const { byId } = dom;

/** Panel props from a real trainer: the numbers shown are the core's. */
function propsFor(hidden: number[], activation: 'sigmoid' | 'relu', steps = 0): GradientPanelProps {
  const config = resolveConfig({ dataset: 'xor-quadrants', hidden, activation, init: activation === 'relu' ? 'he-normal' : 'standard', seed: 2 });
  const tr = createTrainer(config);
  const stats = measureGradients(tr).map((s) => ({ ...s }));
  let history = createGradHistory(stats.length);
  for (let s = 0; s <= steps; s++) history = pushGrads(history, s, s, stats);
  const out = stats[stats.length - 1]!.gradZ;
  return {
    name: null, summary: 'test net', layers: tr.net.layout.layers, stats, hist: baseSnapshot(tr, measureMetrics(tr)).actHist ?? null, history,
    measure: 'gradZ', barDomain: [-12, 1], heatDomain: [-12, 1],
    theory: anchorTheory(theoryShape(config, 1, tr.data.train.x), out), tableTestId: 'gradient-table',
  };
}

describe('GradientPanel', () => {
  it('has one table row per weighted layer with the exact numbers', () => {
    const p = propsFor([8, 8, 8], 'sigmoid');
    act(() => dom.root.render(<GradientPanel {...p} />));
    const rows = byId('gradient-table').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(4);
    expect(rows[0]!.getAttribute('data-layer')).toBe('1');
    expect(rows[3]!.getAttribute('data-layer')).toBe('4');
    expect(Number(rows[0]!.getAttribute('data-grad-z'))).toBe(p.stats![0]!.gradZ);
    expect(Number(rows[2]!.getAttribute('data-grad-w'))).toBe(p.stats![2]!.gradW);
    expect(Number(rows[3]!.getAttribute('data-grad-b'))).toBe(p.stats![3]!.gradB);
    expect(rows[3]!.querySelector('th')!.textContent).toBe('out');
  });

  it('says how much gradient reaches layer 1, and draws bars and the theory line', () => {
    const p = propsFor(Array(10).fill(8), 'sigmoid');
    act(() => dom.root.render(<GradientPanel {...p} />));
    expect(byId('gradient-ratio').textContent).toMatch(/^Layer 1 receives [\d.]+×10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+ of the output layer's gradient/);
    expect(dom.host.querySelector('.gl-bar')!.getAttribute('d')!.match(/M/g)).toHaveLength(11);
    expect(dom.host.querySelector('.gl-theory')).not.toBeNull();
    expect(dom.host.querySelector('.gl-bound')).not.toBeNull(); // sigmoid: the 1/4 bound
    expect(byId('gradient-heat')).not.toBeNull(); // 11 layers: a heat strip, not lines
  });

  it('uses lines for shallow nets and counts dead ReLUs', () => {
    const p = propsFor([8, 8], 'relu', 3);
    act(() => dom.root.render(<GradientPanel {...p} />));
    expect(byId('gradient-lines')).not.toBeNull();
    expect(dom.host.querySelectorAll('.gl-line')).toHaveLength(3);
    expect(dom.host.querySelector('.gl-bound')).toBeNull();
    expect(byId('stuck-units').textContent).toMatch(/hidden units? (is|are) dead|No hidden unit is dead/);
  });

  it('hides the theory for other measures and says what the summary follows', () => {
    const p = propsFor([8, 8, 8], 'sigmoid');
    act(() => dom.root.render(<GradientPanel {...p} measure="gradW" />));
    expect(dom.host.querySelector('.gl-theory')).toBeNull();
    expect(byId('gradient-ratio').textContent).toMatch(/follows dL\/dz/);
  });
});

describe('DepthControl', () => {
  const fire = (el: HTMLInputElement, value: string) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    act(() => {
      setter.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };

  it('the slider changes depth keeping widths; the width input sets them all', () => {
    const onChange = vi.fn();
    act(() => dom.root.render(<DepthControl hidden={[8, 8]} maxLayers={64} maxWidth={128} onChange={onChange} />));
    const slider = byId('depth-slider') as HTMLInputElement;
    expect(slider.value).toBe('2');
    fire(slider, '4');
    expect(onChange).toHaveBeenLastCalledWith([8, 8, 8, 8]);
    fire(byId('width-input') as HTMLInputElement, '3');
    expect(onChange).toHaveBeenLastCalledWith([3, 3]);
    fire(byId('width-input') as HTMLInputElement, '500');
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(dom.host.querySelector('[role="alert"]')!.textContent).toMatch(/1 to 128/);
  });

  it('shows mixed widths as mixed', () => {
    act(() => dom.root.render(<DepthControl hidden={[8, 4]} maxLayers={64} maxWidth={128} onChange={() => {}} />));
    const w = byId('width-input') as HTMLInputElement;
    expect(w.value).toBe('');
    expect(w.placeholder).toBe('mixed');
  });
});
