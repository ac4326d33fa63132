/** A neuron's line w1*x1 + w2*x2 + b = 0 clipped to a plot's view (boundary, perceptron, hidden space). */

/** [x0, x1, y0, y1] in data coordinates. */
export type Extent = readonly [number, number, number, number];

/**
 * The segment of w1*x1 + w2*x2 + b = 0 inside the extent, or null if the line misses it
 * (or w is zero, when there is no line). Endpoints are in data coordinates.
 */
export function clipLine(w1: number, w2: number, b: number, extent: Extent): [[number, number], [number, number]] | null {
  if (![w1, w2, b].every(Number.isFinite) || (w1 === 0 && w2 === 0)) return null;
  const [x0, x1, y0, y1] = extent;
  const hits: [number, number][] = [];
  const eps = 1e-9 * Math.max(1, x1 - x0, y1 - y0);
  const add = (x: number, y: number) => {
    if (x < x0 - eps || x > x1 + eps || y < y0 - eps || y > y1 + eps) return;
    if (hits.some(([hx, hy]) => Math.abs(hx - x) < eps && Math.abs(hy - y) < eps)) return; // corner hit twice
    hits.push([x, y]);
  };
  if (w2 !== 0) {
    add(x0, -(w1 * x0 + b) / w2);
    add(x1, -(w1 * x1 + b) / w2);
  }
  if (w1 !== 0) {
    add(-(w2 * y0 + b) / w1, y0);
    add(-(w2 * y1 + b) / w1, y1);
  }
  if (hits.length < 2) return null;
  // More than two hits only happen at corners; the farthest pair spans the visible segment.
  let best: [[number, number], [number, number]] = [hits[0]!, hits[1]!];
  let bestD = -1;
  for (let i = 0; i < hits.length; i++) {
    for (let j = i + 1; j < hits.length; j++) {
      const d = (hits[i]![0] - hits[j]![0]) ** 2 + (hits[i]![1] - hits[j]![1]) ** 2;
      if (d > bestD) { bestD = d; best = [hits[i]!, hits[j]!]; }
    }
  }
  return bestD > eps * eps ? best : null;
}
