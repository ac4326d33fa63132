// Page-level measurements for `npm run bench:ui` (issue 13 §1): bundle sizes, time to the first
// decision boundary, and a depth drag (frame times while dragging, settle time after release).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (n) => Math.round((n / 1024) * 10) / 10;

/**
 * JS and CSS sizes of the build in `dist`: the initial script (the entry index.html loads plus
 * its modulepreloads) against the lazy chunks, raw and gzip, in KB.
 */
export function bundleSizes(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initialNames = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  const files = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const rows = files.map((f) => {
    const buf = readFileSync(join(dist, 'assets', f));
    return { file: f, kb: kb(buf.length), gzipKb: kb(gzipSync(buf).length), initial: initialNames.has(f) || (f.endsWith('.css') && html.includes(f)), worker: f.includes('worker') };
  });
  const sum = (xs) => Math.round(xs.reduce((s, r) => s + r.gzipKb, 0) * 10) / 10;
  const js = rows.filter((r) => r.file.endsWith('.js'));
  return {
    initialJsGzipKb: sum(js.filter((r) => r.initial)),
    lazyJsGzipKb: sum(js.filter((r) => !r.initial && !r.worker)),
    workerJsGzipKb: sum(js.filter((r) => r.worker)),
    cssGzipKb: sum(rows.filter((r) => r.file.endsWith('.css'))),
    files: rows,
    targets: { initialJsUnder110Kb: sum(js.filter((r) => r.initial)) <= 110 },
  };
}

/**
 * Milliseconds from navigation start until the decision boundary's canvas first holds pixels
 * (a page-side rAF probe installed before any script runs), median of `runs` fresh loads.
 */
export async function firstBoundary(browser, url, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      const probe = () => {
        const c = document.querySelector('[data-testid="decision-boundary"] canvas');
        const g = c && c.width > 1 ? c.getContext('2d') : null;
        if (g && g.getImageData(c.width >> 1, c.height >> 1, 1, 1).data[3] > 0) {
          window.__firstBoundary = performance.now();
          return;
        }
        requestAnimationFrame(probe);
      };
      requestAnimationFrame(probe);
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstBoundary !== undefined, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__firstBoundary));
    await ctx.close();
  }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1];
  return { medianMs: Math.round(median), runsMs: times.map(Math.round), targets: { under500ms: median <= 500 } };
}

/**
 * Drags the depth slider from 1 to 64 layers (width 16) with the mouse over `dragMs`, recording
 * every frame; then the time from release until the worker has built the 64-layer net.
 */
export async function depthDrag(browser, baseUrl, dragMs = 2000) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${baseUrl}/#dataset=xor-quadrants&hidden=16&activation=sigmoid`);
  await page.locator('.nd[data-built-hidden="1"]').waitFor();
  const slider = page.getByTestId('depth-slider');
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  const xAt = (d) => box.x + 8 + ((box.width - 16) * d) / 64; // thumb centre for depth d
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (!window.__stopFrames) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(xAt(1), y);
  await page.mouse.down();
  const steps = 64;
  for (let k = 1; k <= steps; k++) {
    await page.mouse.move(xAt(1 + (63 * k) / steps), y);
    await page.waitForTimeout(dragMs / steps);
  }
  const frames = await page.evaluate(() => { window.__stopFrames = true; return window.__frames; });
  const released = Date.now();
  await page.mouse.up();
  await page.locator('.nd[data-built-hidden="64"]').waitFor({ timeout: 60_000 });
  const settleMs = Date.now() - released;
  await page.close();
  const sorted = [...frames].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))];
  return {
    frames: frames.length, p95FrameMs: Math.round(p95 * 10) / 10, maxFrameMs: Math.round(sorted[sorted.length - 1] * 10) / 10, settleMs,
    targets: { p95Under20ms: p95 <= 20, settleUnder1s: settleMs <= 1000 },
  };
}
