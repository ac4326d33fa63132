// In-page instruments for bench:ui: a first-boundary clock (the first heatmap written into the
// decision boundary's canvas, in ms since navigation) and a requestAnimationFrame recorder.
// The page is the production build; nothing here changes what it draws.

/** Patches putImageData before any page script runs, to time every boundary heatmap draw. */
export function boundaryClockScript() {
  const put = CanvasRenderingContext2D.prototype.putImageData;
  /** @type {number[]} ms since navigation of every boundary heatmap draw */
  const draws = [];
  Object.defineProperty(window, '__boundaryDraws', { value: draws });
  CanvasRenderingContext2D.prototype.putImageData = function (...args) {
    if (this.canvas.closest?.('[data-testid="decision-boundary"]')) draws.push(performance.now());
    return put.apply(this, /** @type {any} */ (args));
  };
  // Where the first boundary's time goes: when the page created the worker, and when each kind
  // of worker message first arrived (ms since navigation).
  /** @type {Record<string, number>} */
  const marks = {};
  Object.defineProperty(window, '__workerMarks', { value: marks });
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...args) {
      super(.../** @type {[any]} */ (args));
      marks.created ??= performance.now();
      this.addEventListener('message', (ev) => {
        const type = ev.data?.type;
        if (typeof type === 'string') marks[type] ??= performance.now();
      });
    }
  };
}

/** Starts a rAF recorder in the page; `stopFrames` returns the frame deltas and their end times. */
export async function startFrames(page) {
  await page.evaluate(() => {
    const rec = { deltas: [], ends: [], on: true };
    let last = performance.now();
    const tick = (t) => {
      rec.deltas.push(t - last);
      rec.ends.push(t);
      last = t;
      if (rec.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__frames = rec;
  });
}

/** @returns {Promise<{deltas: number[], ends: number[]}>} */
export async function stopFrames(page) {
  return page.evaluate(() => {
    const rec = window.__frames;
    rec.on = false;
    return { deltas: rec.deltas, ends: rec.ends };
  });
}

export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
}

export function median(values) {
  return percentile(values, 0.5);
}

/** Mean fps, p95 and max frame time of a list of rAF deltas (ms). */
export function frameStats(deltas) {
  const mean = deltas.reduce((s, d) => s + d, 0) / Math.max(1, deltas.length);
  return { frames: deltas.length, meanFps: 1000 / mean, p95FrameMs: percentile(deltas, 0.95), maxFrameMs: Math.max(...deltas) };
}

/** Waits until the worker has sent a first snapshot (the train loss has a value). */
export async function waitForLoss(page, timeout = 60_000) {
  await page.locator('[data-testid="metric-train-loss"]:not([data-value=""])').waitFor({ timeout });
}

/** Sizes the viewport to the whole page, so every panel is on screen and drawing. */
export async function showAllPanels(page, width = 1280) {
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.min(4000, Math.max(800, h)) });
}

export async function epochOf(page) {
  return Number(await page.getByTestId('metric-epoch').getAttribute('data-value'));
}
