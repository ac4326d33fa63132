/**
 * A bounded, immutable history of (epoch, train loss, test loss, learning rate) for the loss
 * chart and its CSV export.
 *
 * Two halves: the newest capacity/2 points are kept exactly (the tail); older points are
 * averaged into a summary at a uniform stride (raw points per summary point). When the
 * summary fills its half, it is merged pairwise and the stride doubles. Merging the whole
 * older half repeatedly instead would collapse the start of training into one point, and
 * the early drop in loss is the part a learner most wants to see.
 *
 * Every push returns a new object with new arrays: the store compares by reference.
 */

/** Parallel arrays of one series section. */
export interface LossSeries {
  readonly epoch: Float64Array;
  readonly train: Float64Array;
  readonly test: Float64Array;
  /** The learning rate the next step used at that epoch (NaN: not reported). */
  readonly lr: Float64Array;
}

/** Running sums of the raw points not yet folded into a summary point. */
interface Pending {
  readonly count: number;
  readonly epoch: number;
  readonly train: number;
  readonly test: number;
  readonly lr: number;
}

export interface LossHistory {
  /** Maximum number of stored points (even, at least 4); the tail and summary get half each. */
  readonly capacity: number;
  /** Older points, each the mean of `stride` raw points. */
  readonly summary: LossSeries;
  readonly stride: number;
  readonly pending: Pending;
  /** The newest points, exact. */
  readonly tail: LossSeries;
}

export interface LossPoint {
  epoch: number;
  train: number;
  test: number;
  /** The learning rate at that epoch; absent when it was not reported. */
  lr?: number;
}

/** A point with how many raw measurements it averages (1 for the exact tail). */
export interface LossRow extends LossPoint {
  averaged: number;
}

const series = (m: number): LossSeries => ({ epoch: new Float64Array(m), train: new Float64Array(m), test: new Float64Array(m), lr: new Float64Array(m) });
const EMPTY: LossSeries = series(0);
const NO_PENDING: Pending = { count: 0, epoch: 0, train: 0, test: 0, lr: 0 };

/** An empty history holding at most `capacity` points (rounded up to an even number >= 4). */
export function createLossHistory(capacity = 512): LossHistory {
  const cap = Math.max(4, 2 * Math.ceil(capacity / 2));
  return { capacity: cap, summary: EMPTY, stride: 1, pending: NO_PENDING, tail: EMPTY };
}

/** Number of points historyPoints returns (never more than capacity + 1). */
export function historyLength(h: LossHistory): number {
  return h.summary.epoch.length + (h.pending.count > 0 ? 1 : 0) + h.tail.epoch.length;
}

/**
 * Adds a point and returns a new history. The same epoch as the last point replaces it
 * (a batch step inside an epoch); an earlier epoch means a reset and starts afresh.
 * `lr` is the learning rate at that epoch (NaN when unknown).
 */
export function pushLoss(h: LossHistory, epoch: number, train: number, test: number, lr = NaN): LossHistory {
  const n = h.tail.epoch.length;
  const last = n > 0 ? h.tail.epoch[n - 1]! : -Infinity;
  const pt = { epoch, train, test, lr };
  if (epoch < last) return pushLoss(createLossHistory(h.capacity), epoch, train, test, lr);
  if (epoch === last) return { ...h, tail: append(h.tail, n - 1, pt, 0) };
  if (n < h.capacity / 2) return { ...h, tail: append(h.tail, n, pt, 0) };
  // The tail is full: its oldest point moves into the pending bucket. A full summary is
  // halved before a new bucket starts, so every bucket covers exactly `stride` raw points.
  let { summary, stride } = h;
  let p = h.pending;
  if (p.count === 0 && summary.epoch.length >= h.capacity / 2) {
    summary = halve(summary);
    stride *= 2;
  }
  const t = h.tail;
  p = { count: p.count + 1, epoch: p.epoch + t.epoch[0]!, train: p.train + t.train[0]!, test: p.test + t.test[0]!, lr: p.lr + t.lr[0]! };
  if (p.count === stride) {
    summary = append(summary, summary.epoch.length, { epoch: p.epoch / stride, train: p.train / stride, test: p.test / stride, lr: p.lr / stride }, 0);
    p = NO_PENDING;
  }
  return { capacity: h.capacity, summary, stride, pending: p, tail: append(h.tail, n, pt, 1) };
}

/** A copy of s[drop, keep) with `pt` written at index keep - drop. */
function append(s: LossSeries, keep: number, pt: Required<LossPoint>, drop: number): LossSeries {
  const m = keep - drop + 1;
  const out = series(m);
  for (const k of KEYS) {
    out[k].set(s[k].subarray(drop, keep));
    out[k][m - 1] = pt[k];
  }
  return out;
}

const KEYS = ['epoch', 'train', 'test', 'lr'] as const;

/** Averages adjacent pairs (all points have the same weight, so plain means are right). */
function halve(s: LossSeries): LossSeries {
  const m = s.epoch.length >> 1;
  const out = series(m);
  for (const key of KEYS) for (let k = 0; k < m; k++) out[key][k] = (s[key][2 * k]! + s[key][2 * k + 1]!) / 2;
  return out;
}

/** A point; the rate only when it was reported (a mean with an unreported rate is NaN too). */
function point(epoch: number, train: number, test: number, lr: number): LossPoint {
  return Number.isFinite(lr) ? { epoch, train, test, lr } : { epoch, train, test };
}

/**
 * The points with the number of raw measurements each one averages, oldest first: the
 * summary's points average `stride`, the pending point fewer, the tail's are exact (1).
 */
export function historyRows(h: LossHistory): LossRow[] {
  const out: LossRow[] = [];
  const add = (s: LossSeries, averaged: number) => {
    for (let i = 0; i < s.epoch.length; i++) out.push({ ...point(s.epoch[i]!, s.train[i]!, s.test[i]!, s.lr[i]!), averaged });
  };
  add(h.summary, h.stride);
  const p = h.pending;
  if (p.count > 0) out.push({ ...point(p.epoch / p.count, p.train / p.count, p.test / p.count, p.lr / p.count), averaged: p.count });
  add(h.tail, 1);
  return out;
}

/** The points as plain objects, oldest first (for d3 line generators). */
export function historyPoints(h: LossHistory): LossPoint[] {
  return historyRows(h).map(({ averaged: _, ...p }) => p);
}
