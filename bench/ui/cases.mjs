// The measurements of bench:ui, each on a fresh page of the production build.
import { boundaryClockScript, epochOf, frameStats, median, showAllPanels, startFrames, stopFrames, waitForLoss } from './page.mjs';
import { TRAIN_CASES } from './trainCases.mjs';

export { TRAIN_CASES };

/** Targets of issue 13 while training with every panel visible. */
export const FPS_TARGET = { meanFps: 58, p95FrameMs: 18 };

async function freshPage(browser, viewport = { width: 1280, height: 800 }) {
  const ctx = await browser.newContext({ viewport });
  await ctx.addInitScript(boundaryClockScript);
  return { ctx, page: await ctx.newPage() };
}

/**
 * Navigation to the first decision boundary and to the first loss, ms since navigation start,
 * `rounds` fresh pages (cold context each time, so the chunks are fetched again).
 */
export async function firstBoundary(browser, base, hash, rounds) {
  const boundary = [], loss = [], marks = [];
  for (let r = 0; r < rounds; r++) {
    const { ctx, page } = await freshPage(browser);
    await page.goto(`${base}/${hash}`);
    await waitForLoss(page);
    await page.waitForFunction(() => window.__boundaryDraws.length > 0, null, { timeout: 60_000 });
    boundary.push(await page.evaluate(() => window.__boundaryDraws[0]));
    marks.push(await page.evaluate(() => ({ ...window.__workerMarks, domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd })));
    loss.push(await page.evaluate(() => performance.now())); // upper bound: the loss was shown by now
    await ctx.close();
  }
  return { medianMs: median(boundary), minMs: Math.min(...boundary), maxMs: Math.max(...boundary), roundsMs: boundary, lossByMs: median(loss), stages: medianStages(marks) };
}

/** Median per stage (ms since navigation) over the rounds: DOM ready, worker created, its first ready/built/snapshot. */
function medianStages(marks) {
  const out = {};
  for (const k of ['domContentLoaded', 'created', 'ready', 'built', 'snapshot']) {
    const v = marks.map((m) => m[k]).filter((x) => typeof x === 'number');
    if (v.length) out[k] = Math.round(median(v));
  }
  return out;
}

/** The worker's own record (training.worker.ts): longest task since it started, tasks over 50 ms. */
async function workerTaskStats(page) {
  const w = page.workers()[0];
  return w ? w.evaluate(() => self.__workerTasks ?? null).catch(() => null) : null;
}

/** Trains for `ms` with every panel on screen; frame times and the epochs/s the worker kept up. */
export async function trainingFrames(browser, base, c, ms) {
  const { ctx, page } = await freshPage(browser);
  const t0 = Date.now();
  await page.goto(`${base}/${c.hash}`);
  await waitForLoss(page, 120_000);
  const firstLossMs = Date.now() - t0;
  await showAllPanels(page);
  await page.getByTestId('play').click();
  await page.waitForTimeout(1000); // warm-up: JIT, first grids, lazy chunks
  const e0 = await epochOf(page);
  const s0 = Date.now();
  await startFrames(page);
  await page.waitForTimeout(ms);
  const { deltas } = await stopFrames(page);
  const e1 = await epochOf(page);
  const seconds = (Date.now() - s0) / 1000;
  await page.getByTestId('play').click();
  const workerTasks = await workerTaskStats(page);
  await ctx.close();
  const f = frameStats(deltas);
  return {
    id: c.id, name: c.name, ...f, epochsPerSecond: (e1 - e0) / seconds, firstLossMs, workerTasks,
    ...(c.target ? { meetsTarget: f.meanFps >= FPS_TARGET.meanFps && f.p95FrameMs <= FPS_TARGET.p95FrameMs } : {}),
  };
}

/**
 * Drags the depth slider from 1 to `to` layers of `width` with the mouse (paused), recording
 * frames during the drag; settle = from release until the last long frame (> 34 ms) or the
 * last boundary redraw, whichever is later, within `watchMs` after release.
 */
export async function depthDrag(browser, base, { width = 16, to = 64, steps = 40, watchMs = 6000 } = {}) {
  const { ctx, page } = await freshPage(browser);
  await page.goto(`${base}/#dataset=xor-quadrants&hidden=${width}&activation=tanh`);
  await waitForLoss(page);
  await showAllPanels(page);
  const slider = page.getByTestId('depth-slider');
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  const [min, max] = await slider.evaluate((el) => [Number(el.min), Number(el.max)]);
  // A range input's thumb travels the width less its own width (about 16 px in Chromium).
  const thumb = 16;
  const xOf = (v) => box.x + thumb / 2 + ((v - min) / (max - min)) * (box.width - thumb);
  const y = box.y + box.height / 2;
  await page.mouse.move(xOf(1), y);
  await page.mouse.down();
  await startFrames(page);
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(xOf(1 + ((to - 1) * i) / steps), y);
    await page.waitForTimeout(25); // a hand moves at about 40 events/s
  }
  const { deltas } = await stopFrames(page);
  await page.mouse.up();
  const released = await page.evaluate(() => performance.now());
  await startFrames(page);
  await page.waitForTimeout(watchMs);
  const after = await stopFrames(page);
  const reached = Number(await slider.inputValue());
  const draws = await page.evaluate(() => window.__boundaryDraws);
  await ctx.close();
  const lastLong = after.ends.filter((_, i) => after.deltas[i] > 34).pop() ?? released;
  const lastDraw = draws.filter((t) => t >= released).pop() ?? released;
  return {
    width, toLayers: to, reachedLayers: reached, dragFrames: frameStats(deltas),
    settleMs: Math.max(lastLong, lastDraw) - released, watchMs,
  };
}

/**
 * Trains for `seconds` and samples the page's JS heap (after a forced GC) and DOM node count;
 * growth = last minus first sample. The worker's heap is not in these numbers.
 */
export async function soak(browser, base, c, seconds, sampleEvery = 10) {
  const { ctx, page } = await freshPage(browser);
  await page.goto(`${base}/${c.hash}`);
  await waitForLoss(page, 120_000);
  await showAllPanels(page);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const sample = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { t: Math.round(m.Timestamp * 1000), heapMB: m.JSHeapUsedSize / 2 ** 20, nodes: m.Nodes, listeners: m.JSEventListeners };
  };
  await page.getByTestId('play').click();
  await page.waitForTimeout(2000); // past the first allocations (JIT, lazy chunks, first grids)
  const samples = [await sample()];
  const e0 = await epochOf(page);
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    await page.waitForTimeout(Math.min(sampleEvery * 1000, Math.max(0, end - Date.now())));
    samples.push(await sample());
  }
  const e1 = await epochOf(page);
  await page.getByTestId('play').click();
  await ctx.close();
  const first = samples[0], last = samples[samples.length - 1];
  return {
    id: c.id, name: c.name, seconds, epochs: e1 - e0,
    heapStartMB: first.heapMB, heapEndMB: last.heapMB, heapGrowthMB: last.heapMB - first.heapMB,
    heapMaxMB: Math.max(...samples.map((s) => s.heapMB)),
    nodesStart: first.nodes, nodesEnd: last.nodes, nodeGrowth: last.nodes - first.nodes,
    listenersGrowth: last.listeners - first.listeners, samples,
  };
}
