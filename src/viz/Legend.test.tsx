// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { Legend } from './Legend';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('Legend', () => {
  it('draws a gradient bar it references by a valid id, with d3 ticks and a label', () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() => root.render(<><Legend domain={[-1, 1]} label="Hidden" /><Legend domain={[0, 1]} label="Output" /></>));
    const [a, b] = Array.from(host.querySelectorAll('svg'));
    const id = a!.querySelector('linearGradient')!.id;
    expect(id).toMatch(/^[\w-]+$/);
    expect(a!.querySelector('rect')!.getAttribute('fill')).toBe(`url(#${id})`);
    expect(b!.querySelector('linearGradient')!.id).not.toBe(id);
    const ticks = Array.from(a!.querySelectorAll('g text')).map((t) => t.textContent);
    expect(ticks).toEqual(['−1', '−0.5', '0', '0.5', '1']);
    expect(a!.getAttribute('aria-label')).toMatch(/^Hidden: orange at -1/);
    act(() => root.unmount());
  });
});
