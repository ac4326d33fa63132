/**
 * Sizes a canvas's backing store to w × h CSS pixels at the screen's pixel ratio and returns
 * a context drawing in CSS pixels, cleared. Null when the canvas has no 2-D context (tests).
 * The backing store is resized only when it changes, since a resize reallocates it.
 */
export function hiDpiContext(c: HTMLCanvasElement | null, w: number, h: number): CanvasRenderingContext2D | null {
  const ctx = c?.getContext('2d');
  if (!c || !ctx) return null;
  const dpr = window.devicePixelRatio || 1;
  const cw = Math.round(w * dpr), ch = Math.round(h * dpr);
  if (c.width !== cw || c.height !== ch) { c.width = cw; c.height = ch; }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  return ctx;
}
