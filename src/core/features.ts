/**
 * Input features: what the network sees of a point (x1, x2). The classic playground's set:
 * the raw coordinates, their squares, their product and their sines. The map is applied once
 * per dataset (Trainer) and once per grid point (grid.ts keeps the mapped grid), never per
 * training step; the network's input width is the number of features chosen.
 *
 * Values are not rescaled (as in the classic playground): on the [-6, 6] plane x1² reaches 36.
 */

/** Feature names in canonical order (a contract: URL key `features`, CLI `--features`). */
export const FEATURES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type FeatureName = (typeof FEATURES)[number];

/** The default: the plain coordinates. */
export const DEFAULT_FEATURES: readonly FeatureName[] = ['x1', 'x2'];

/** Printable names (Unicode sub- and superscripts), for labels in every language. */
export const FEATURE_LABELS: Record<FeatureName, string> = {
  x1: 'x₁', x2: 'x₂', x1sq: 'x₁²', x2sq: 'x₂²', x1x2: 'x₁x₂', sinx1: 'sin x₁', sinx2: 'sin x₂',
};

/** The value of one feature at the point (a, b). */
export function featureValue(f: FeatureName, a: number, b: number): number {
  switch (f) {
    case 'x1': return a;
    case 'x2': return b;
    case 'x1sq': return a * a;
    case 'x2sq': return b * b;
    case 'x1x2': return a * b;
    case 'sinx1': return Math.sin(a);
    case 'sinx2': return Math.sin(b);
  }
}

/** True when the features are exactly (x1, x2), so the map is the identity. */
export function isPlainInputs(features: readonly FeatureName[] | undefined): boolean {
  return !features || (features.length === 2 && features[0] === 'x1' && features[1] === 'x2');
}

/**
 * Writes the features of point (a, b) into out[offset .. offset + features.length).
 */
export function writeFeatures(features: readonly FeatureName[], a: number, b: number, out: Float64Array, offset: number): void {
  for (let j = 0; j < features.length; j++) out[offset + j] = featureValue(features[j]!, a, b);
}

/**
 * Maps n points x [n x 2] (row-major) to their features [n x features.length]. With the
 * plain (x1, x2) features the result is a copy of x.
 */
export function mapFeatures(features: readonly FeatureName[], x: ArrayLike<number>, n: number): Float64Array {
  const k = features.length;
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) writeFeatures(features, x[2 * i]!, x[2 * i + 1]!, out, i * k);
  return out;
}

/**
 * Parses a comma-separated feature list into canonical order without duplicates.
 * Returns null when a name is unknown or the list is empty.
 */
export function parseFeatures(raw: string): FeatureName[] | null {
  const names = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0 || names.some((s) => !(FEATURES as readonly string[]).includes(s))) return null;
  return canonicalFeatures(names as FeatureName[]);
}

/** The features in FEATURES order, each once. */
export function canonicalFeatures(list: readonly FeatureName[]): FeatureName[] {
  return FEATURES.filter((f) => list.includes(f));
}
