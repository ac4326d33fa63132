// @vitest-environment happy-dom
import { act, useRef } from 'react';
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { useDomHost } from '../testing/domHost';
import { useAxis } from './useAxes';

function Axis({ domain }: { domain: [number, number] }) {
  const ref = useRef<SVGGElement>(null);
  // A new scale object on every render, as a chart makes one per snapshot.
  useAxis(ref, { orient: 'bottom', scale: scaleLinear().domain(domain).range([0, 100]), ticks: 4 });
  return <svg><g ref={ref} /></svg>;
}

describe('useAxis', () => {
  const dom = useDomHost();
  const render = (domain: [number, number]) => act(() => dom.root.render(<Axis domain={domain} />));
  const ticks = () => [...dom.host.querySelectorAll('.tick')];

  it('keeps the same tick nodes when a new scale shows the same domain', () => {
    render([0, 1]);
    const before = ticks();
    expect(before.map((t) => t.textContent)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    render([0, 1]);
    const after = ticks();
    expect(after).toHaveLength(before.length);
    after.forEach((t, i) => expect(t).toBe(before[i]));
  });

  it('redraws when the domain changes, and clears the ticks on unmount', () => {
    render([0, 1]);
    render([0, 10]);
    expect(ticks().map((t) => t.textContent)).toEqual(['0', '2', '4', '6', '8', '10']);
    act(() => dom.root.render(<svg />));
    expect(ticks()).toHaveLength(0);
  });
});
