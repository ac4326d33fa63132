/**
 * Renders a d3 axis into an SVG <g> that React owns. d3-selection touches the DOM only
 * inside the effect, and the ticks are cleared on unmount so nothing is left behind.
 */
import { axisBottom, axisLeft, axisRight, axisTop, select, type AxisDomain, type AxisScale } from 'd3';
import { useEffect, useRef, type RefObject } from 'react';

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

/**
 * What the axis looks like: orientation, domain, range, ticks and their labels. Two draws
 * with the same key put the same ticks in the same places.
 */
function axisKey<D extends AxisDomain>(opts: AxisOptions<D>): string {
  const { orient, scale, ticks, tickValues, tickSize } = opts;
  return [orient, scale.domain().map(Number).join(','), scale.range().join(','), ticks ?? '', tickValues?.map(Number).join(',') ?? '', tickSize ?? ''].join('|');
}

/**
 * Draws `opts.scale` into the <g> behind `ref` when what it shows changes. Snapshots arrive up
 * to 60 times a second and usually bring a new scale object with the same domain, so the
 * axis is redrawn only when its key (or the label format) changes, and then updated in place
 * by d3's join rather than cleared and rebuilt. The ticks are removed on unmount.
 */
export function useAxis<D extends AxisDomain>(ref: RefObject<SVGGElement | null>, opts: AxisOptions<D>): void {
  const { orient, scale, ticks, tickValues, tickFormat, tickSize } = opts;
  // The key stands for scale, ticks, tickValues and tickSize in the effect's dependencies.
  const drawn = useRef<{ g: SVGGElement; key: string; format: unknown } | null>(null);
  const key = axisKey(opts);
  useEffect(() => {
    const g = ref.current;
    if (!g) return;
    const d = drawn.current;
    if (d && d.g === g && d.key === key && d.format === tickFormat) return;
    const axis = MAKERS[orient](scale);
    if (tickValues) axis.tickValues(tickValues);
    else if (ticks !== undefined) axis.ticks(ticks);
    if (tickFormat) axis.tickFormat(tickFormat);
    if (tickSize !== undefined) axis.tickSize(tickSize);
    select(g).call(axis);
    drawn.current = { g, key, format: tickFormat };
  }, [ref, key, tickFormat]);
  useEffect(() => {
    const g = ref.current;
    return () => {
      drawn.current = null;
      if (g) select(g).selectAll('*').remove();
    };
  }, [ref]);
}
