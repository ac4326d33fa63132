/**
 * The three per-layer gradient measures the lab can show. The names are a contract: the URL
 * key `measure` uses them, and they are the LayerStats field names.
 */
export const MEASURES = ['gradZ', 'gradB', 'gradW'] as const;
export type Measure = (typeof MEASURES)[number];

export const DEFAULT_MEASURE: Measure = 'gradZ';

/** Short labels for the segmented control. */
export const MEASURE_LABELS: Record<Measure, string> = {
  gradZ: 'dL/dz',
  gradB: 'dL/db',
  gradW: 'dL/dW',
};

/** What each measure is, for titles and the chart's accessible name. */
export const MEASURE_TITLES: Record<Measure, string> = {
  gradZ: 'RMS of dL/dz over examples and units (the back-propagated signal)',
  gradB: 'Norm of the bias gradient',
  gradW: 'Norm of the weight gradient',
};

/** Index of a measure in a gradient-history column ([3 x layers], this order). */
export function measureIndex(m: Measure): number {
  return MEASURES.indexOf(m);
}
