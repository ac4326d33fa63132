/**
 * Seeded 2-D datasets: truth tables, continuous classification sets and regression sets.
 * Labels are 0/1 (a class index for several classes); regression targets are real numbers.
 */
import { createRng, shuffle, type Rng } from './rng';

export const TRUTH_TABLES = ['and', 'or', 'xor', 'nand', 'nor', 'xnor'] as const;
export const CONTINUOUS = ['xor-quadrants', 'circle', 'gaussians', 'spiral', 'moons', 'spiral3'] as const;
export const REGRESSION = ['plane', 'bumps'] as const;
export const DATASETS = [...TRUTH_TABLES, ...CONTINUOUS, ...REGRESSION] as const;
export type DatasetName = (typeof DATASETS)[number];

/** n points: x is [n x 2] row-major, y is [n] (label or regression target). */
export interface Split {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly n: number;
}

export interface Dataset {
  readonly name: DatasetName;
  /** 0 for regression, otherwise the number of classes. */
  readonly classes: number;
  readonly train: Split;
  readonly test: Split;
  /** The plane to draw and evaluate grids over: [xMin, xMax, yMin, yMax]. */
  readonly extent: readonly [number, number, number, number];
}

export interface DataOptions {
  /** Points generated for continuous sets (train + test). Ignored by truth tables. */
  readonly points: number;
  /** Gaussian noise, as a fraction of the set's scale, in [0, 1]. */
  readonly noise: number;
  /** Fraction of points used for training, in (0, 1]. */
  readonly split: number;
  /** Truth tables with inputs -1/+1 instead of 0/1. */
  readonly signed?: boolean;
}

const TABLE_OUT: Record<(typeof TRUTH_TABLES)[number], readonly number[]> = {
  and: [0, 0, 0, 1], or: [0, 1, 1, 1], xor: [0, 1, 1, 0],
  nand: [1, 1, 1, 0], nor: [1, 0, 0, 0], xnor: [1, 0, 0, 1],
};

/** True for the 4-point truth-table sets. */
export function isTruthTable(name: DatasetName): boolean {
  return (TRUTH_TABLES as readonly string[]).includes(name);
}

/** Number of classes of a dataset (0 = regression). */
export function datasetClasses(name: DatasetName): number {
  return name === 'spiral3' ? 3 : (REGRESSION as readonly string[]).includes(name) ? 0 : 2;
}

/**
 * Builds a dataset from a seed. Truth tables use the pattern order (0,0),(0,1),(1,0),(1,1)
 * and have no held-out points, so their test split is the same four points.
 */
export function makeDataset(name: DatasetName, opts: DataOptions, seed: number): Dataset {
  if (isTruthTable(name)) {
    const lo = opts.signed ? -1 : 0;
    const x = new Float64Array([lo, lo, lo, 1, 1, lo, 1, 1]);
    const y = new Float64Array(TABLE_OUT[name as keyof typeof TABLE_OUT]);
    const s: Split = { x, y, n: 4 };
    const pad = 0.5;
    return { name, classes: 2, train: s, test: s, extent: [lo - pad, 1 + pad, lo - pad, 1 + pad] };
  }
  const rng = createRng(seed);
  const n = Math.max(2, Math.floor(opts.points));
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  GENERATORS[name as keyof typeof GENERATORS](x, y, n, opts.noise, rng);
  const order = new Uint32Array(n).map((_, i) => i);
  shuffle(order, n, rng);
  const nTrain = Math.min(n, Math.max(1, Math.round(n * opts.split)));
  const pick = (from: number, to: number): Split => {
    const m = to - from;
    const xs = new Float64Array(2 * m);
    const ys = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      const src = order[from + k]!;
      xs[2 * k] = x[2 * src]!; xs[2 * k + 1] = x[2 * src + 1]!; ys[k] = y[src]!;
    }
    return { x: xs, y: ys, n: m };
  };
  return { name, classes: datasetClasses(name), train: pick(0, nTrain), test: pick(nTrain, n), extent: [-6, 6, -6, 6] };
}

type Gen = (x: Float64Array, y: Float64Array, n: number, noise: number, rng: Rng) => void;

const GENERATORS: Record<(typeof CONTINUOUS)[number] | (typeof REGRESSION)[number], Gen> = {
  'xor-quadrants': (x, y, n, noise, rng) => {
    for (let i = 0; i < n; i++) {
      const a = rng.uniform(-5, 5);
      const b = rng.uniform(-5, 5);
      y[i] = a * b >= 0 ? 1 : 0;
      x[2 * i] = a + noise * 2.5 * rng.normal();
      x[2 * i + 1] = b + noise * 2.5 * rng.normal();
    }
  },
  circle: (x, y, n, noise, rng) => {
    for (let i = 0; i < n; i++) {
      const inner = i % 2 === 0;
      const r = inner ? rng.uniform(0, 2) : rng.uniform(3.5, 5);
      const t = rng.uniform(0, 2 * Math.PI);
      x[2 * i] = r * Math.cos(t) + noise * 2.5 * rng.normal();
      x[2 * i + 1] = r * Math.sin(t) + noise * 2.5 * rng.normal();
      y[i] = inner ? 1 : 0;
    }
  },
  gaussians: (x, y, n, noise, rng) => {
    const sd = 0.8 + 2 * noise;
    for (let i = 0; i < n; i++) {
      const c = i % 2;
      const m = c === 1 ? 2 : -2;
      x[2 * i] = m + sd * rng.normal();
      x[2 * i + 1] = m + sd * rng.normal();
      y[i] = c;
    }
  },
  spiral: (x, y, n, noise, rng) => spiralArms(x, y, n, noise, rng, 2),
  spiral3: (x, y, n, noise, rng) => spiralArms(x, y, n, noise, rng, 3),
  moons: (x, y, n, noise, rng) => {
    for (let i = 0; i < n; i++) {
      const c = i % 2;
      const t = rng.uniform(0, Math.PI);
      const px = c === 0 ? Math.cos(t) : 1 - Math.cos(t);
      const py = c === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
      // Scale the unit moons (x in [-1,2], y in [-0.5,1]) into the [-5,5] view.
      x[2 * i] = (px - 0.5) * 3 + noise * 2.5 * rng.normal();
      x[2 * i + 1] = (py - 0.25) * 3 + noise * 2.5 * rng.normal();
      y[i] = c;
    }
  },
  plane: (x, y, n, noise, rng) => {
    for (let i = 0; i < n; i++) {
      const a = rng.uniform(-5, 5);
      const b = rng.uniform(-5, 5);
      x[2 * i] = a; x[2 * i + 1] = b;
      y[i] = (a + b) / 10 + noise * 0.5 * rng.normal();
    }
  },
  bumps: (x, y, n, noise, rng) => {
    for (let i = 0; i < n; i++) {
      const a = rng.uniform(-5, 5);
      const b = rng.uniform(-5, 5);
      x[2 * i] = a; x[2 * i + 1] = b;
      const g1 = Math.exp(-((a - 2) ** 2 + (b - 2) ** 2) / 4);
      const g2 = Math.exp(-((a + 2) ** 2 + (b + 2) ** 2) / 4);
      y[i] = g1 - g2 + noise * 0.5 * rng.normal();
    }
  },
};

function spiralArms(x: Float64Array, y: Float64Array, n: number, noise: number, rng: Rng, arms: number): void {
  for (let i = 0; i < n; i++) {
    const c = i % arms;
    const r = (5 * Math.floor(i / arms)) / Math.ceil(n / arms);
    const t = 1.75 * r + (2 * Math.PI * c) / arms;
    x[2 * i] = r * Math.sin(t) + noise * 1.5 * rng.normal();
    x[2 * i + 1] = r * Math.cos(t) + noise * 1.5 * rng.normal();
    y[i] = c;
  }
}
