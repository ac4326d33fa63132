/**
 * Per-neuron pictures. A unit's N x N output image is drawn imperatively into its own canvas
 * in an effect, and the component is memoized on primitive props, so hovering or editing in
 * the diagram never repaints thumbnails; only a new grid (or domain) does.
 */
import { memo, useEffect, useRef, type CSSProperties } from 'react';
import { divergingColor } from '../../viz/colors';
import { drawHeatmap } from '../../viz/drawHeatmap';
import type { FeatureName } from '../../core/features';
import { drawFeature, FEATURE_IMAGE_N } from './featureImage';

export interface UnitThumbnailProps {
  grid: Float32Array | null;
  /** Global non-input unit index; its image starts at unit * n * n. */
  unit: number;
  /** Leading units present in grid. */
  gridUnits: number;
  n: number;
  lut: Uint8ClampedArray;
  d0: number;
  d1: number;
  /** Centre and side in CSS px inside the diagram. */
  x: number;
  y: number;
  size: number;
}

/** Whether grid holds unit's full image. */
export function hasUnitImage(grid: Float32Array | null, unit: number, gridUnits: number, n: number): boolean {
  return grid !== null && n > 0 && unit >= 0 && unit < gridUnits && (unit + 1) * n * n <= grid.length;
}

export const UnitThumbnail = memo(function UnitThumbnail({ grid, unit, gridUnits, n, lut, d0, d1, x, y, size }: UnitThumbnailProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const has = hasUnitImage(grid, unit, gridUnits, n);
  useEffect(() => {
    const ctx = has ? ref.current?.getContext('2d') : null;
    if (ctx && grid) drawHeatmap(ctx, grid, unit * n * n, n, lut, [d0, d1]);
  }, [grid, unit, n, lut, d0, d1, has]);
  return (
    <canvas
      ref={ref}
      className="nd-thumb"
      width={has ? n : 1}
      height={has ? n : 1}
      data-empty={has ? undefined : ''}
      style={{ left: x - size / 2, top: y - size / 2, width: size, height: size }}
      aria-hidden="true"
    />
  );
});

/** CSS gradient standing for input k over the plane: x₁ grows to the right, x₂ upward. */
export function inputGradient(k: number): string {
  if (k > 1) return '#eef0f2';
  const stops = [-1, -0.5, 0, 0.5, 1].map((v) => divergingColor(v, [-1, 1])).join(', ');
  return `linear-gradient(${k === 0 ? 'to right' : 'to top'}, ${stops})`;
}

export interface InputThumbnailProps {
  index: number;
  x: number;
  y: number;
  size: number;
  /** With input features: the feature this input carries, drawn over `extent`. */
  feature?: FeatureName;
  extent?: readonly [number, number, number, number];
}

export const InputThumbnail = memo(function InputThumbnail({ index, x, y, size, feature, extent }: InputThumbnailProps) {
  if (feature && extent) return <FeatureThumbnail feature={feature} extent={extent} style={{ left: x - size / 2, top: y - size / 2, width: size, height: size }} />;
  return (
    <div
      className="nd-thumb nd-input"
      style={{ left: x - size / 2, top: y - size / 2, width: size, height: size, background: inputGradient(index) }}
      aria-hidden="true"
    />
  );
});

/** A feature's picture in a small canvas (input nodes and feature toggles). */
export const FeatureThumbnail = memo(function FeatureThumbnail(
  { feature, extent, style, className = 'nd-thumb nd-input' }: { feature: FeatureName; extent: readonly [number, number, number, number]; style?: CSSProperties; className?: string },
) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [e0, e1, e2, e3] = extent;
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) drawFeature(ctx, feature, [e0, e1, e2, e3]);
  }, [feature, e0, e1, e2, e3]);
  return <canvas ref={ref} className={className} width={FEATURE_IMAGE_N} height={FEATURE_IMAGE_N} style={style} aria-hidden="true" />;
});
