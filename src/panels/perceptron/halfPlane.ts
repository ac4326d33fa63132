/** The part of a rectangle where w.x + b > 0: the region where a threshold unit fires. */

export type Pt = readonly [number, number];

/**
 * Polygon (clockwise from the rectangle's corners, as the rectangle is) of the points of
 * extent [x0, x1, y0, y1] with w1 x + w2 y + b > 0 (up to its boundary). Empty when the unit fires nowhere; the
 * whole rectangle when everywhere. One Sutherland-Hodgman pass against a single half-plane.
 */
export function halfPlanePolygon(w1: number, w2: number, b: number, extent: readonly [number, number, number, number]): Pt[] {
  const [x0, x1, y0, y1] = extent;
  const corners: Pt[] = [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
  const f = (p: Pt) => w1 * p[0] + w2 * p[1] + b;
  const out: Pt[] = [];
  for (let i = 0; i < 4; i++) {
    const a = corners[i]!, c = corners[(i + 1) % 4]!;
    const fa = f(a), fc = f(c);
    if (fa > 0) out.push(a);
    if ((fa > 0) !== (fc > 0)) {
      const t = fa / (fa - fc);
      out.push([a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])]);
    }
  }
  return out;
}
