import { color } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  BLUE, CLASS_COLORS, MISSING_COLOR, NEAR_WHITE, ORANGE, buildColorLUT, buildHeatmapLUT, divergingColor, lutIndex,
} from './colors';

const rgb = (c: string) => {
  const x = color(c)!.rgb();
  return [Math.round(x.r), Math.round(x.g), Math.round(x.b)];
};

describe('divergingColor', () => {
  it('maps the domain ends and midpoint to orange, near-white and blue', () => {
    expect(rgb(divergingColor(0, [0, 1]))).toEqual(rgb(ORANGE));
    expect(rgb(divergingColor(0.5, [0, 1]))).toEqual(rgb(NEAR_WHITE));
    expect(rgb(divergingColor(1, [0, 1]))).toEqual(rgb(BLUE));
    expect(rgb(divergingColor(-1, [-1, 1]))).toEqual(rgb(ORANGE));
    expect(rgb(divergingColor(0, [-1, 1]))).toEqual(rgb(NEAR_WHITE));
  });

  it('clamps outside the domain and greys out NaN', () => {
    expect(rgb(divergingColor(-5, [0, 1]))).toEqual(rgb(ORANGE));
    expect(rgb(divergingColor(9, [0, 1]))).toEqual(rgb(BLUE));
    expect(divergingColor(NaN, [0, 1])).toBe(MISSING_COLOR);
    expect(rgb(divergingColor(3, [2, 2]))).toEqual(rgb(NEAR_WHITE));
  });

  it('gets bluer monotonically toward domain[1]', () => {
    const blues = [0, 0.25, 0.5, 0.75, 1].map((v) => rgb(divergingColor(v, [0, 1])));
    const blueMinusRed = blues.map(([r, , b]) => b! - r!);
    for (let k = 1; k < blueMinusRed.length; k++) expect(blueMinusRed[k]).toBeGreaterThan(blueMinusRed[k - 1]!);
  });
});

describe('CLASS_COLORS', () => {
  it('uses the scale ends for classes 0 and 1 and a distinct third colour', () => {
    expect(CLASS_COLORS.slice(0, 2)).toEqual([ORANGE, BLUE]);
    expect(CLASS_COLORS).toHaveLength(3);
    expect(new Set(CLASS_COLORS).size).toBe(3);
  });
});

describe('lutIndex', () => {
  it('maps the domain linearly onto [0, steps-1], clamped, NaN to -1', () => {
    expect(lutIndex(0, [0, 1], 256)).toBe(0);
    expect(lutIndex(1, [0, 1], 256)).toBe(255);
    expect(lutIndex(0.5, [0, 1], 256)).toBe(128);
    expect(lutIndex(-3, [0, 1], 256)).toBe(0);
    expect(lutIndex(Infinity, [0, 1], 256)).toBe(255);
    expect(lutIndex(-Infinity, [0, 1], 256)).toBe(0);
    expect(lutIndex(NaN, [0, 1], 256)).toBe(-1);
    expect(lutIndex(0, [-1, 1], 11)).toBe(5);
    expect(lutIndex(7, [3, 3], 11)).toBe(5);
  });
});

describe('buildColorLUT', () => {
  it('holds steps RGBA entries that agree with divergingColor', () => {
    const lut = buildColorLUT([-1, 1], 9);
    expect(lut).toHaveLength(36);
    for (const [k, v] of [[0, -1], [4, 0], [8, 1], [2, -0.5]] as const) {
      const [r, g, b] = rgb(divergingColor(v, [-1, 1]));
      expect([lut[4 * k], lut[4 * k + 1], lut[4 * k + 2], lut[4 * k + 3]]).toEqual([r, g, b, 255]);
    }
  });

  it('blends toward white for heatmaps, keeping the hue order', () => {
    const full = buildColorLUT([0, 1], 256);
    const light = buildHeatmapLUT([0, 1]);
    const sum = (a: Uint8ClampedArray, k: number) => a[4 * k]! + a[4 * k + 1]! + a[4 * k + 2]!;
    expect(sum(light, 0)).toBeGreaterThan(sum(full, 0));
    expect(sum(light, 255)).toBeGreaterThan(sum(full, 255));
    expect(light[4 * 255 + 2]!).toBeGreaterThan(light[4 * 255]!); // still blue
    expect(light[0]!).toBeGreaterThan(light[2]!); // still orange
    const white = buildColorLUT([0, 1], 4, { lightness: 1 });
    expect(Array.from(white)).toEqual(Array(16).fill(255));
  });
});
