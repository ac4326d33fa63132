// @vitest-environment happy-dom
import { act } from 'react';
import { useDomHost } from '../../testing/domHost';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../core/config';
import { DATASETS } from '../../core/datasets';
import { DataPanel, type DataPanelProps } from './DataPanel';
import { DATASET_GROUPS, thumbData } from './thumbnails';

/** Sets a range/number input's value the way a user would, so React's onChange fires. */
function setValue(el: HTMLInputElement, v: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(el, v);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('DataPanel', () => {
  const dom = useDomHost();
  const render = (over: Partial<DataPanelProps> = {}) => {
    const props: DataPanelProps = { dataset: 'circle', noise: 0.1, points: 200, split: 0.5, onChange: vi.fn(), onRegenerate: vi.fn(), ...over };
    act(() => dom.root.render(<DataPanel {...props} />));
    return props;
  };
  const el = <T extends Element>(id: string) => dom.host.querySelector(`[data-testid="${id}"]`) as T;

  it('lists every dataset once: AND, OR, XOR first, then the other tables, patterns, regression', () => {
    render();
    const order = [...dom.host.querySelectorAll('[data-testid^="dataset-"]')].map((b) => b.getAttribute('data-testid')!.slice(8));
    expect(order).toEqual([
      'and', 'or', 'xor', 'nand', 'nor', 'xnor',
      'xor-quadrants', 'circle', 'gaussians', 'spiral', 'moons', 'spiral3', 'plane', 'bumps',
    ]);
    expect(new Set(order)).toEqual(new Set(DATASETS));
    expect(DATASET_GROUPS.flatMap((g) => g.names)).toHaveLength(DATASETS.length);
  });

  it('marks the selected dataset and names each button for screen readers', () => {
    render({ dataset: 'xor' });
    const xor = el<HTMLButtonElement>('dataset-xor');
    expect(xor.getAttribute('aria-pressed')).toBe('true');
    expect(xor.getAttribute('aria-label')).toBe('Dataset XOR');
    expect(el('dataset-and').getAttribute('aria-pressed')).toBe('false');
  });

  it('picks a dataset and regenerates', () => {
    const p = render();
    act(() => el<HTMLButtonElement>('dataset-spiral').click());
    expect(p.onChange).toHaveBeenCalledWith({ dataset: 'spiral' });
    act(() => el<HTMLButtonElement>('regenerate').click());
    expect(p.onRegenerate).toHaveBeenCalledTimes(1);
  });

  it('sliders send numbers and show their values', () => {
    const p = render();
    const points = el<HTMLInputElement>('ctl-points');
    expect(points.min).toBe(String(LIMITS.minPoints));
    expect(points.max).toBe(String(LIMITS.maxPoints));
    act(() => setValue(points, '400'));
    expect(p.onChange).toHaveBeenLastCalledWith({ points: 400 });
    act(() => setValue(el<HTMLInputElement>('ctl-noise'), '0.3'));
    expect(p.onChange).toHaveBeenLastCalledWith({ noise: 0.3 });
    act(() => setValue(el<HTMLInputElement>('ctl-split'), '0.8'));
    expect(p.onChange).toHaveBeenLastCalledWith({ split: 0.8 });
    expect(dom.host.textContent).toContain('50% train');
    expect(dom.host.textContent).toContain('0.10');
  });

  it('disables the sliders with a note for truth tables', () => {
    render({ dataset: 'and' });
    for (const id of ['ctl-noise', 'ctl-points', 'ctl-split']) expect(el<HTMLInputElement>(id).disabled).toBe(true);
    expect(dom.host.textContent).toContain('Truth tables always have 4 points');
  });

  it('thumbnails use the real generators, cached once', () => {
    expect(thumbData('xor').train.n).toBe(4);
    expect(thumbData('spiral3').classes).toBe(3);
    expect(thumbData('circle')).toBe(thumbData('circle'));
  });
});
