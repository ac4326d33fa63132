// @vitest-environment happy-dom
import { act } from 'react';
import { useDomHost } from '../../testing/domHost';
import { describe, expect, it, vi } from 'vitest';
import { BASE_CONFIG, resolveConfig, type TrainConfig } from '../../core/config';
import { DATASETS } from '../../core/datasets';
import { HyperParams } from './HyperParams';

const dom = useDomHost();
const { byId } = dom;
const options = (id: string) => [...byId<HTMLSelectElement>(id).options].map((o) => o.value);

function type(el: HTMLInputElement, v: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
function choose(el: HTMLSelectElement, v: string) {
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(el, v);
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('HyperParams', () => {
  const render = (config: TrainConfig = BASE_CONFIG, onChange = vi.fn()) => {
    act(() => dom.root.render(<HyperParams config={config} onChange={onChange} />));
    return onChange;
  };

  it('labels every control and gives it a ctl-<field> test id', () => {
    render();
    for (const f of ['lr', 'lr-input', 'activation', 'output', 'loss', 'init', 'optimizer', 'batch', 'l1', 'l2']) {
      const el = byId<HTMLInputElement>(`ctl-${f}`);
      expect(el, f).not.toBeNull();
      expect(el.labels?.length, `label for ${f}`).toBe(1);
    }
  });

  it('never offers an invalid output/loss pair, for any dataset and output', () => {
    for (const dataset of DATASETS) {
      const outputs = (render(resolveConfig({ dataset })), options('ctl-output'));
      for (const output of outputs) {
        const cfg = resolveConfig({ dataset, output: output as TrainConfig['output'] });
        render(cfg);
        for (const loss of options('ctl-loss')) {
          expect(() => resolveConfig({ dataset, output: cfg.output, loss: loss as TrainConfig['loss'] }), `${dataset}/${output}/${loss}`).not.toThrow();
        }
      }
    }
    render(resolveConfig({ dataset: 'spiral3' }));
    expect(options('ctl-output')).toEqual(['softmax']);
    expect(options('ctl-loss')).toEqual(['ce']);
    render(resolveConfig({ dataset: 'xor' }));
    expect(options('ctl-output')).not.toContain('softmax');
  });

  it('changing the output also picks a valid loss', () => {
    const onChange = render(resolveConfig({ dataset: 'xor' })); // sigmoid + bce
    act(() => choose(byId('ctl-output'), 'tanh'));
    expect(onChange).toHaveBeenCalledWith({ output: 'tanh', loss: 'mse' });
  });

  it('sends a preset or a typed learning rate', () => {
    const onChange = render();
    act(() => choose(byId('ctl-lr'), '0.03'));
    expect(onChange).toHaveBeenLastCalledWith({ lr: 0.03 });
    act(() => type(byId('ctl-lr-input'), '0.05'));
    expect(onChange).toHaveBeenLastCalledWith({ lr: 0.05 });
  });

  it('rejects a bad learning rate with a visible message and does not send it', () => {
    const onChange = render();
    for (const bad of ['0', '-1', '1000', '']) {
      act(() => type(byId('ctl-lr-input'), bad));
      const alert = dom.host.querySelector('[role="alert"]');
      expect(alert?.textContent, bad).toMatch(/Enter a number greater than 0 and at most 100/);
      expect(byId('ctl-lr-input').getAttribute('aria-invalid')).toBe('true');
    }
    expect(onChange).not.toHaveBeenCalled();
    act(() => type(byId('ctl-lr-input'), '0.1'));
    expect(dom.host.querySelector('[role="alert"]')).toBeNull();
    expect(onChange).toHaveBeenCalledWith({ lr: 0.1 });
  });

  it('rejects L1/L2 outside 0..10', () => {
    const onChange = render();
    act(() => type(byId('ctl-l2'), '11'));
    expect(dom.host.querySelector('[role="alert"]')!.textContent).toMatch(/between 0 and 10/);
    act(() => type(byId('ctl-l1'), '0.001'));
    expect(onChange).toHaveBeenCalledWith({ l1: 0.001 });
    expect(onChange).not.toHaveBeenCalledWith({ l2: 11 });
  });

  it('labels batch size 0 as "full" and sends numbers', () => {
    const onChange = render();
    const sel = byId<HTMLSelectElement>('ctl-batch');
    expect(sel.options[sel.selectedIndex]!.textContent).toBe('full');
    act(() => choose(sel, '16'));
    expect(onChange).toHaveBeenCalledWith({ batch: 16 });
  });

  it('sends activation, init and optimizer choices; shows momentum only for momentum', () => {
    const onChange = render();
    act(() => choose(byId('ctl-activation'), 'relu'));
    act(() => choose(byId('ctl-init'), 'he-normal'));
    act(() => choose(byId('ctl-optimizer'), 'adam'));
    expect(onChange.mock.calls.map((c) => c[0])).toEqual([{ activation: 'relu' }, { init: 'he-normal' }, { optimizer: 'adam' }]);
    expect(byId('ctl-momentum')).toBeNull();
    render({ ...BASE_CONFIG, optimizer: 'momentum' });
    expect(byId('ctl-momentum')).not.toBeNull();
  });
});
