// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildLayout, type Layout } from '../../core/layout';
import { createRng } from '../../core/rng';
import { NetworkDiagram, type NetworkDiagramProps } from './NetworkDiagram';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function net(hidden: number[], outputs = 1): Layout {
  return buildLayout({ inputs: 2, hidden: hidden.map((units) => ({ units, fn: 'tanh' as const })), outputs, output: 'sigmoid' });
}

function randomParams(layout: Layout, seed = 7): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: layout.paramCount }, () => rng.uniform(-1, 1));
}

describe('NetworkDiagram', () => {
  let host: HTMLDivElement;
  let root: Root;
  let props: NetworkDiagramProps;

  const render = (over: Partial<NetworkDiagramProps> = {}) => {
    props = { ...props, ...over };
    act(() => root.render(<NetworkDiagram {...props} />));
  };
  const $ = (sel: string) => host.querySelector(sel);
  const $$ = (sel: string) => Array.from(host.querySelectorAll(sel));
  const byTestId = (id: string) => $(`[data-testid="${id}"]`) as HTMLButtonElement | null;
  const fire = (el: Element, ev: Event) => act(() => { el.dispatchEvent(ev); });
  const click = (el: Element) => fire(el, new MouseEvent('click', { bubbles: true }));
  const key = (el: Element, k: string) => fire(el, new KeyboardEvent('keydown', { key: k, bubbles: true }));

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    const layout = net([4, 3]);
    const n = 4;
    props = {
      layout,
      params: randomParams(layout),
      grid: new Float32Array(layout.unitCount * n * n).map((_, k) => Math.sin(k)),
      gridN: n,
      gridUnits: layout.unitCount,
      outputDomain: [0, 1],
      hiddenDomain: [-1, 1],
      onAddLayer: vi.fn(),
      onRemoveLayer: vi.fn(),
      onAddNeuron: vi.fn(),
      onRemoveNeuron: vi.fn(),
      onEditParam: vi.fn(),
      onHoverUnit: vi.fn(),
      onSelectUnit: vi.fn(),
    };
  });

  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  it('renders the layer and neuron controls with stable test ids and labels', () => {
    render();
    for (const id of ['add-layer', 'remove-layer', 'add-neuron-1', 'remove-neuron-1', 'add-neuron-2', 'remove-neuron-2']) {
      expect(byTestId(id), id).not.toBeNull();
    }
    expect(byTestId('add-neuron-3')).toBeNull(); // the output layer has no width buttons
    expect(byTestId('add-layer')!.getAttribute('aria-label')).toBe('Add hidden layer');
    expect(byTestId('remove-neuron-2')!.getAttribute('aria-label')).toBe('Remove a neuron from layer 2');
    expect(host.textContent).toContain('2 hidden layers');
    expect(host.textContent).toContain('4 neurons');
    expect(host.textContent).toContain('3 neurons');
  });

  it('calls the structure callbacks with 1-based hidden layers', () => {
    render();
    click(byTestId('add-neuron-1')!);
    expect(props.onAddNeuron).toHaveBeenCalledWith(1);
    click(byTestId('remove-neuron-2')!);
    expect(props.onRemoveNeuron).toHaveBeenCalledWith(2);
    click(byTestId('add-layer')!);
    click(byTestId('remove-layer')!);
    expect(props.onAddLayer).toHaveBeenCalledTimes(1);
    expect(props.onRemoveLayer).toHaveBeenCalledTimes(1);
  });

  it('disables buttons at the limits', () => {
    render({ layout: net([1, 5]), params: null, grid: null, gridUnits: 0, maxWidth: 5, maxLayers: 2 });
    expect(byTestId('remove-neuron-1')!.disabled).toBe(true);
    expect(byTestId('add-neuron-1')!.disabled).toBe(false);
    expect(byTestId('add-neuron-2')!.disabled).toBe(true);
    expect(byTestId('add-layer')!.disabled).toBe(true);
    render({ layout: net([]) });
    expect(byTestId('remove-layer')!.disabled).toBe(true);
    expect(host.textContent).toContain('no hidden layers');
  });

  it('draws one link per weight and a bias marker per unit', () => {
    render();
    const weights = props.layout.layers.reduce((s, l) => s + l.fanIn * l.fanOut, 0);
    expect($$('path.nd-link')).toHaveLength(weights);
    expect($$('.nd-bias')).toHaveLength(props.layout.unitCount);
    expect($$('canvas.nd-thumb')).toHaveLength(props.layout.unitCount);
  });

  it('shows the exact value of a hovered link', () => {
    render();
    const L = props.layout.layers[1]!;
    const param = L.wOffset + 0 * L.fanIn + 2; // layer 2, from unit 3 to unit 1
    fire($(`[data-param="${param}"]`)!, new PointerEvent('pointermove', { bubbles: true }));
    const tip = $('[role="tooltip"]');
    expect(tip?.textContent).toContain(`w(layer 2: 3→1) = ${props.params![param]!.toFixed(4)}`);
  });

  it('edits a link: onEditParam gets the flat index wOffset + i * fanIn + j', () => {
    render();
    const L = props.layout.layers[1]!;
    const i = 2, j = 3;
    click($(`[data-param="${L.wOffset + i * L.fanIn + j}"]`)!);
    const input = byTestId('param-input') as unknown as HTMLInputElement;
    expect(input).not.toBeNull();
    expect(host.textContent).toContain('w(layer 2: 4→3)');
    input.value = '0.25';
    key(input, 'Enter');
    expect(props.onEditParam).toHaveBeenCalledWith(L.wOffset + i * L.fanIn + j, 0.25);
    expect(byTestId('param-input')).toBeNull();
  });

  it('edits a bias at its bias index', () => {
    render();
    const L = props.layout.layers[0]!;
    click($(`[data-param="${L.bOffset + 1}"]`)!);
    const input = byTestId('param-input') as unknown as HTMLInputElement;
    input.value = '-2';
    key(input, 'Enter');
    expect(props.onEditParam).toHaveBeenCalledWith(L.bOffset + 1, -2);
  });

  it('rejects empty or non-numeric input with a visible message and changes nothing', () => {
    render();
    click($(`[data-param="${props.layout.layers[0]!.wOffset}"]`)!);
    const input = byTestId('param-input') as unknown as HTMLInputElement;
    input.value = '';
    key(input, 'Enter');
    expect($('[role="alert"]')?.textContent).toMatch(/value unchanged/);
    expect(byTestId('param-input')).not.toBeNull(); // still open for a correction
    key(input, 'Escape');
    expect(byTestId('param-input')).toBeNull();
    expect(props.onEditParam).not.toHaveBeenCalled();
  });

  it('refuses an invalid value left by blurring away and says so', () => {
    render();
    click($(`[data-param="${props.layout.layers[0]!.wOffset}"]`)!);
    const input = byTestId('param-input') as unknown as HTMLInputElement;
    input.value = '';
    fire(input, new FocusEvent('focusout', { bubbles: true }));
    expect(byTestId('param-input')).toBeNull();
    expect($('[role="status"]')?.textContent).toMatch(/value unchanged/);
    expect(props.onEditParam).not.toHaveBeenCalled();
  });

  it('makes neurons focusable with labels and reports hover and selection', () => {
    render();
    const node = $('[aria-label="Layer 2, neuron 3"]')!;
    expect(node.getAttribute('tabindex')).toBe('0');
    const unit = props.layout.layers[1]!.unitOffset + 2;
    fire(node, new PointerEvent('pointermove', { bubbles: true }));
    expect(props.onHoverUnit).toHaveBeenLastCalledWith(unit);
    click(node);
    expect(props.onSelectUnit).toHaveBeenCalledWith(unit);
    key(node, 'Enter');
    expect(props.onSelectUnit).toHaveBeenCalledTimes(2);
    // React derives onPointerLeave from pointerout with a target outside the element.
    fire(node, new PointerEvent('pointerout', { bubbles: true, relatedTarget: document.body }));
    expect(props.onHoverUnit).toHaveBeenLastCalledWith(null);
    expect($('svg[role="group"]')?.getAttribute('aria-label')).toMatch(/2 hidden layers of 4, 3 neurons/);
  });

  it('survives null params and a grid covering only some units', () => {
    render({ params: null, gridUnits: 2 });
    expect($$('path.nd-link').length).toBeGreaterThan(0);
    expect($$('canvas.nd-thumb[data-empty]')).toHaveLength(props.layout.unitCount - 2);
    click($(`[data-param="0"]`)!);
    expect(byTestId('param-input')).toBeNull(); // nothing to edit yet
  });

  it('collapses a 20-layer net to blocks with no per-link lines, keeping the controls', () => {
    const layout = net(Array(20).fill(6));
    render({ layout, params: randomParams(layout), grid: null, gridUnits: 0 });
    expect($('.nd-content')!.getAttribute('data-mode')).toBe('compact');
    expect($$('path.nd-link')).toHaveLength(0);
    expect($$('[data-param]')).toHaveLength(0);
    expect($$('rect.nd-block')).toHaveLength(22);
    expect($$('.nd-connector')).toHaveLength(21);
    expect(host.textContent).toContain('20 hidden layers');
    expect($('[aria-label="Layer 7, 6 neurons"]')).not.toBeNull();
    click(byTestId('add-neuron-20')!);
    expect(props.onAddNeuron).toHaveBeenCalledWith(20);
    expect(byTestId('remove-neuron-1')).not.toBeNull();
  });
});
