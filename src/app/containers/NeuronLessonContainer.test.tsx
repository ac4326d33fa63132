// @vitest-environment happy-dom
/**
 * The lesson containers on a real store fed by a real Engine (in-process, no Worker): the
 * wiring from a trained XOR network to the hidden-space verdict, the truth table's marks and
 * the neuron card.
 */
import { act } from 'react';
import { useDomHost } from '../../testing/domHost';
import { describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../core';
import { viewOf } from '../../store/bridge';
import { createAppStore, type AppStore } from '../../store/createAppStore';
import { Engine } from '../../worker/engine';
import { StoreProvider } from '../StoreContext';
import { HiddenSpaceContainer } from './HiddenSpaceContainer';
import { NeuronLessonContainer } from './NeuronLessonContainer';
import { TruthTableContainer } from './TruthTableContainer';

/** A store whose worker is an Engine in this thread, trained for `epochs` epochs. */
function trainedStore(epochs: number): AppStore {
  const store = createAppStore();
  let t = 0;
  const engine = new Engine({ post: (m) => store.getState().receive(m), now: () => (t += 1) });
  const config = resolveConfig({ dataset: 'xor', hidden: [2], activation: 'tanh', seed: 2 });
  store.getState().setConfig(config);
  engine.handle({ type: 'view', view: viewOf(store.getState()) });
  engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
  for (let e = 0; e < epochs; e++) {
    engine.handle({ type: 'ack' });
    engine.handle({ type: 'step', unit: 'epoch' });
  }
  return store;
}

describe('lesson containers on a trained XOR net (2-2-1 tanh, seed 2)', () => {
  const dom = useDomHost();
  const mount = (store: AppStore) => act(() => dom.root.render(
    <StoreProvider store={store}>
      <HiddenSpaceContainer />
      <TruthTableContainer />
      <NeuronLessonContainer />
    </StoreProvider>,
  ));
  const $ = (id: string) => dom.host.querySelector(`[data-testid="${id}"]`) as HTMLElement;

  it('at the start: not separable anywhere, and the truth table is not all right', () => {
    mount(trainedStore(0));
    expect($('input-space').getAttribute('data-separable')).toBe('false');
    expect($('hidden-space').getAttribute('data-separable')).toBe('false');
    expect(Number($('truth-table-score').getAttribute('data-correct-count'))).toBeLessThan(4);
  });

  it('after training to 100%: separable in hidden space, still not in the input plane, 4 correct marks', () => {
    const store = trainedStore(300);
    expect(store.getState().models[0]!.latest!.trainAccuracy).toBe(1);
    mount(store);
    expect($('hidden-space').getAttribute('data-separable')).toBe('true');
    expect($('input-space').getAttribute('data-separable')).toBe('false');
    expect(dom.host.querySelectorAll('[data-testid="truth-row"][data-correct="true"]')).toHaveLength(4);
  });

  /** Waits until a lazily loaded panel has replaced its placeholder. */
  const loaded = (id: string) => vi.waitFor(async () => {
    await act(async () => {});
    expect($(id)).not.toBeNull();
  });

  it('the neuron card follows the picked row and the clicked neuron', async () => {
    const store = trainedStore(300);
    mount(store);
    // The neuron card is its own chunk: a named placeholder shows until it has loaded.
    expect($('panel-loading')?.textContent).toContain('Neuron');
    await loaded('neuron-card');
    expect($('neuron-card').textContent).toContain('The output neuron');
    expect($('neuron-point').textContent).toBe('x = (0, 0), target 0');
    act(() => (dom.host.querySelectorAll('[data-testid="truth-row"]')[2] as HTMLElement).click());
    expect($('neuron-point').textContent).toBe('x = (1, 0), target 1');
    // The output neuron's value at (1, 0) is the truth table's output for that row.
    expect(Number($('neuron-output').getAttribute('data-value'))).toBeGreaterThan(0.5);
    act(() => store.getState().setUi({ selectedUnit: 1 }));
    expect($('neuron-card').textContent).toContain('Hidden layer 1, neuron 2');
    expect($('neuron-card').getAttribute('data-layer')).toBe('0');
    expect(dom.host.querySelectorAll('[data-testid="neuron-math"] tbody tr')).toHaveLength(3); // x₁, x₂, bias
    // The gradient comes from the snapshot (finite, from the last step).
    expect($('neuron-grad-b').textContent).not.toBe('—');
  });

  it('clicking a neuron while the perceptron tab is open brings its card back', async () => {
    const store = trainedStore(1);
    mount(store);
    act(() => $('lesson-tab-perceptron').click());
    // The perceptron rule is its own chunk: a named placeholder shows until it has loaded.
    expect($('panel-loading')?.textContent).toContain('Perceptron rule');
    await loaded('perceptron');
    expect($('neuron-card')).toBeNull();
    act(() => store.getState().setUi({ selectedUnit: 0 }));
    await loaded('neuron-card');
  });
});
