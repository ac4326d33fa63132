/**
 * The picture of one input feature over the plane (what the input node "sees"), for the
 * diagram's input column and the feature toggles. Computed on the main thread from the core's
 * own feature definition: a handful of 24 x 24 images, cached per (feature, plane).
 */
import { featureValue, gridPoint, type FeatureName } from '../../core';
import { buildColorLUT } from '../../viz/colors';
import { drawHeatmap } from '../../viz/drawHeatmap';

export const FEATURE_IMAGE_N = 24;
const LUT = buildColorLUT([-1, 1]);
const cache = new Map<string, Float32Array>();

/** Values of `f` at the centres of an N x N grid over `extent`, scaled into [-1, 1] by the largest |value|. */
export function featureImage(f: FeatureName, extent: readonly [number, number, number, number], n = FEATURE_IMAGE_N): Float32Array {
  const key = `${f}|${n}|${extent.join()}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const img = new Float32Array(n * n);
  let m = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const [a, b] = gridPoint(n, extent, r, c);
      const v = featureValue(f, a, b);
      img[r * n + c] = v;
      m = Math.max(m, Math.abs(v));
    }
  }
  if (m > 0) for (let p = 0; p < img.length; p++) img[p] = img[p]! / m;
  if (cache.size > 64) cache.clear();
  cache.set(key, img);
  return img;
}

/** Paints feature `f` into a canvas of FEATURE_IMAGE_N device pixels. */
export function drawFeature(ctx: CanvasRenderingContext2D, f: FeatureName, extent: readonly [number, number, number, number]): void {
  drawHeatmap(ctx, featureImage(f, extent), 0, FEATURE_IMAGE_N, LUT, [-1, 1]);
}
