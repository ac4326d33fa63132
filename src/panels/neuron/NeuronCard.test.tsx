// @vitest-environment happy-dom
import { act } from 'react';
import { useDomHost } from '../../testing/domHost';
import { describe, expect, it } from 'vitest';
import { NeuronCard, type NeuronCardProps } from './NeuronCard';
import { MAX_DRAWN_INPUTS } from './NeuronDiagram';
import type { NeuronTerms } from './neuronMath';

function terms(k: number): NeuronTerms {
  const inputs = Array.from({ length: k }, (_, j) => ({ label: `h${j + 1}`, x: 0.5, w: j % 2 ? -1 : 1, gradW: 1e-3 * j }));
  const z = inputs.reduce((s, i) => s + i.w * i.x, 0.25);
  return { layer: 1, index: 0, isOutput: false, fn: 'tanh', inputs, bias: 0.25, gradB: -0.02, z, a: Math.tanh(z) };
}

function props(k: number): NeuronCardProps {
  return {
    terms: terms(k), title: 'Hidden layer 2, neuron 1', pointText: 'x = (0, 1), target 1', domain: [-1, 1], inputDomain: [-1, 1],
    heatmap: { grid: new Float32Array(4 * 4 * 3), offset: 16, n: 4, mark: null },
  };
}

describe('NeuronCard', () => {
  const dom = useDomHost();
  const $ = (id: string) => dom.host.querySelector(`[data-testid="${id}"]`) as HTMLElement;

  it('shows each input times its weight, the bias, z and the output', () => {
    act(() => dom.root.render(<NeuronCard {...props(3)} />));
    const rows = dom.host.querySelectorAll('[data-testid="neuron-math"] tbody tr');
    expect(rows).toHaveLength(4); // three inputs and the bias
    expect(rows[1]!.textContent).toContain('−1.000');
    expect(Number($('neuron-z').getAttribute('data-value'))).toBeCloseTo(0.75, 12);
    expect(Number($('neuron-output').getAttribute('data-value'))).toBeCloseTo(Math.tanh(0.75), 12);
    expect($('neuron-grad-b').textContent).toBe('−0.0200');
    expect(dom.host.querySelector('.nc-heat canvas')).not.toBeNull();
    expect(dom.host.querySelectorAll('.nc-input')).toHaveLength(3);
  });

  it('summarizes a wide neuron instead of listing every input', () => {
    act(() => dom.root.render(<NeuronCard {...props(20)} />));
    expect(dom.host.querySelectorAll('[data-testid="neuron-math"] tbody tr')).toHaveLength(8 + 2);
    expect(dom.host.textContent).toContain('… 12 more inputs');
    expect(dom.host.querySelectorAll('.nc-input')).toHaveLength(MAX_DRAWN_INPUTS);
    expect(dom.host.textContent).toContain(`+${20 - MAX_DRAWN_INPUTS} more`);
  });

  it('says so when the network is too large for per-neuron pictures', () => {
    act(() => dom.root.render(<NeuronCard {...props(2)} heatmap={{ grid: null, offset: 0, n: 0, mark: null }} />));
    expect(dom.host.textContent).toContain('no picture');
  });
});
