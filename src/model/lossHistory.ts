/**
 * A bounded, immutable history of (epoch, train loss, test loss) for the loss chart.
 *
 * Two halves: the newest capacity/2 points are kept exactly (the tail); older points are
 * averaged into a summary at a uniform stride (raw points per summary point). When the
 * summary fills its half, it is merged pairwise and the stride doubles. Merging the whole
 * older half repeatedly instead would collapse the start of training into one point, and
 * the early drop in loss is the part a learner most wants to see.
 *
 * Every push returns a new object with new arrays: the store compares by reference.
 */

/** Three parallel arrays of one series section. */
export interface LossSeries {
  readonly epoch: Float64Array;
  readonly train: Float64Array;
  readonly test: Float64Array;
}

/** Running sums of the raw points not yet folded into a summary point. */
interface Pending {
  readonly count: number;
  readonly epoch: number;
  readonly train: number;
  readonly test: number;
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
}

const EMPTY: LossSeries = { epoch: new Float64Array(0), train: new Float64Array(0), test: new Float64Array(0) };
const NO_PENDING: Pending = { count: 0, epoch: 0, train: 0, test: 0 };

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
 */
export function pushLoss(h: LossHistory, epoch: number, train: number, test: number): LossHistory {
  const n = h.tail.epoch.length;
  const last = n > 0 ? h.tail.epoch[n - 1]! : -Infinity;
  if (epoch < last) return pushLoss(createLossHistory(h.capacity), epoch, train, test);
  if (epoch === last) return { ...h, tail: append(h.tail, n - 1, epoch, train, test, 0) };
  if (n < h.capacity / 2) return { ...h, tail: append(h.tail, n, epoch, train, test, 0) };
  // The tail is full: its oldest point moves into the pending bucket. A full summary is
  // halved before a new bucket starts, so every bucket covers exactly `stride` raw points.
  let { summary, stride } = h;
  let p = h.pending;
  if (p.count === 0 && summary.epoch.length >= h.capacity / 2) {
    summary = halve(summary);
    stride *= 2;
  }
  p = { count: p.count + 1, epoch: p.epoch + h.tail.epoch[0]!, train: p.train + h.tail.train[0]!, test: p.test + h.tail.test[0]! };
  if (p.count === stride) {
    summary = append(summary, summary.epoch.length, p.epoch / stride, p.train / stride, p.test / stride, 0);
    p = NO_PENDING;
  }
  return { capacity: h.capacity, summary, stride, pending: p, tail: append(h.tail, n, epoch, train, test, 1) };
}

/** A copy of s[drop, keep) with (epoch, train, test) written at index keep - drop. */
function append(s: LossSeries, keep: number, epoch: number, train: number, test: number, drop: number): LossSeries {
  const m = keep - drop + 1;
  const out: LossSeries = { epoch: new Float64Array(m), train: new Float64Array(m), test: new Float64Array(m) };
  out.epoch.set(s.epoch.subarray(drop, keep)); out.train.set(s.train.subarray(drop, keep)); out.test.set(s.test.subarray(drop, keep));
  out.epoch[m - 1] = epoch; out.train[m - 1] = train; out.test[m - 1] = test;
  return out;
}

/** Averages adjacent pairs (all points have the same weight, so plain means are right). */
function halve(s: LossSeries): LossSeries {
  const m = s.epoch.length >> 1;
  const out: LossSeries = { epoch: new Float64Array(m), train: new Float64Array(m), test: new Float64Array(m) };
  for (let k = 0; k < m; k++) {
    out.epoch[k] = (s.epoch[2 * k]! + s.epoch[2 * k + 1]!) / 2;
    out.train[k] = (s.train[2 * k]! + s.train[2 * k + 1]!) / 2;
    out.test[k] = (s.test[2 * k]! + s.test[2 * k + 1]!) / 2;
  }
  return out;
}

/** The points as plain objects, oldest first (for d3 line generators). */
export function historyPoints(h: LossHistory): LossPoint[] {
  const out: LossPoint[] = [];
  const add = (s: LossSeries) => {
    for (let i = 0; i < s.epoch.length; i++) out.push({ epoch: s.epoch[i]!, train: s.train[i]!, test: s.test[i]! });
  };
  add(h.summary);
  const p = h.pending;
  if (p.count > 0) out.push({ epoch: p.epoch / p.count, train: p.train / p.count, test: p.test / p.count });
  add(h.tail);
  return out;
}
