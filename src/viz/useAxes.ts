/**
 * Renders a d3 axis into an SVG <g> that React owns. d3-selection touches the DOM only
 * inside the effect, and the ticks are cleared on unmount so nothing is left behind.
 */
import { axisBottom, axisLeft, axisRight, axisTop, select, type AxisDomain, type AxisScale } from 'd3';
import { useEffect, type RefObject } from 'react';

export type AxisOrient = 'bottom' | 'left' | 'top' | 'right';

export interface AxisOptions<D extends AxisDomain> {
  orient: AxisOrient;
  /** Create it with useMemo: a new scale object redraws the axis. */
  scale: AxisScale<D>;
  /** Approximate tick count (ignored when tickValues is set). */
  ticks?: number;
  tickValues?: readonly D[];
  tickFormat?: (d: D, i: number) => string;
  /** Grid lines: tick length across the plot (in px), or 6 for ordinary ticks. */
  tickSize?: number;
}

const MAKERS = { bottom: axisBottom, left: axisLeft, top: axisTop, right: axisRight } as const;

/** Draws `opts.scale` into the <g> behind `ref` whenever the options change. */
export function useAxis<D extends AxisDomain>(ref: RefObject<SVGGElement | null>, opts: AxisOptions<D>): void {
  const { orient, scale, ticks, tickValues, tickFormat, tickSize } = opts;
  useEffect(() => {
    const g = ref.current;
    if (!g) return;
    const axis = MAKERS[orient](scale);
    if (tickValues) axis.tickValues(tickValues);
    else if (ticks !== undefined) axis.ticks(ticks);
    if (tickFormat) axis.tickFormat(tickFormat);
    if (tickSize !== undefined) axis.tickSize(tickSize);
    select(g).call(axis);
    return () => {
      select(g).selectAll('*').remove();
    };
  }, [ref, orient, scale, ticks, tickValues, tickFormat, tickSize]);
}

