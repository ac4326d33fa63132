// `npm run bench:ui`: the production build in headless Chromium. For each network it trains
// for a fixed time and measures, in the same run, the main thread's frame times (a page-side
// requestAnimationFrame counter; headless Chromium runs rAF at 60 fps) and the epochs/s the
// worker reached while the UI drew. A benchmark, not a test: it prints numbers and targets.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { bundleSizes, depthDrag, firstBoundary } from './uiPage.mjs';

const json = process.argv.includes('--json');
const log = (...a) => (json ? console.error(...a) : console.log(...a));
const PORT = 4175;
const MEASURE_MS = Number(process.env.BENCH_UI_MS ?? 5000);

/** Workloads: the default net, 16 and 64 layers of 16 sigmoid, and the compare preset (two nets). */
const CASES = [
  { name: 'default net', hash: '#dataset=xor-quadrants&hidden=4,2&activation=tanh&points=500&batch=10&lr=0.03', minEps: 500 },
  { name: '16x16 sigmoid', hash: '#dataset=xor-quadrants&hidden=16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16&activation=sigmoid&points=500&batch=10&lr=0.03' },
  { name: '64x16 sigmoid', hash: `#dataset=xor-quadrants&hidden=${Array(64).fill(16).join(',')}&activation=sigmoid&points=500&batch=10&lr=0.03` },
  { name: 'compare 10x8', hash: '#dataset=xor-quadrants&hidden=8,8,8,8,8,8,8,8,8,8&activation=sigmoid&init=standard&points=500&batch=10&lr=0.1&compare=activation:relu,init:he-normal' },
];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function measure(page, c) {
  await page.goto(`http://127.0.0.1:${PORT}/${c.hash}`);
  await page.getByTestId('metric-train-loss').and(page.locator(':not([data-value=""])')).waitFor();
  await page.getByTestId('play').click();
  await page.waitForTimeout(1000); // warm-up: JIT, first grids
  const epoch0 = Number(await page.getByTestId('metric-epoch').getAttribute('data-value'));
  const t0 = Date.now();
  const frames = await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const deltas = [];
        let last = performance.now();
        const end = last + ms;
        const tick = (t) => {
          deltas.push(t - last);
          last = t;
          if (t < end) requestAnimationFrame(tick);
          else resolve(deltas);
        };
        requestAnimationFrame(tick);
      }),
    MEASURE_MS,
  );
  const epoch1 = Number(await page.getByTestId('metric-epoch').getAttribute('data-value'));
  const seconds = (Date.now() - t0) / 1000;
  await page.getByTestId('play').click();
  const sorted = [...frames].sort((a, b) => a - b);
  const mean = frames.reduce((s, d) => s + d, 0) / frames.length;
  return {
    name: c.name,
    frames: frames.length,
    meanFps: 1000 / mean,
    p95FrameMs: percentile(sorted, 0.95),
    maxFrameMs: sorted[sorted.length - 1],
    epochsPerSecond: (epoch1 - epoch0) / seconds,
    targets: { p95Under20ms: percentile(sorted, 0.95) < 20, ...(c.minEps ? { epochsOver500: (epoch1 - epoch0) / seconds > c.minEps } : {}) },
  };
}

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {}
};
process.on('exit', stop);
try {
  for (let i = 0; i < 50; i++) {
    const ok = await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const results = [];
  for (const c of CASES) {
    const r = await measure(page, c);
    results.push(r);
    log(
      `${r.name.padEnd(14)} mean ${r.meanFps.toFixed(1)} fps  p95 ${r.p95FrameMs.toFixed(1)} ms  max ${r.maxFrameMs.toFixed(1)} ms  ` +
        `${Math.round(r.epochsPerSecond).toLocaleString('en-US')} epochs/s  ` +
        Object.entries(r.targets).map(([k, v]) => `${k}: ${v ? 'PASS' : 'FAIL'}`).join('  '),
    );
  }
  // Page-level figures (issue 13 §1): the first boundary, a depth drag, the bundle.
  const base = `http://127.0.0.1:${PORT}`;
  const first = await firstBoundary(browser, `${base}/#dataset=xor&hidden=4`);
  log(`first boundary  median ${first.medianMs} ms (runs ${first.runsMs.join(', ')})  under500ms: ${first.targets.under500ms ? 'PASS' : 'FAIL'}`);
  const drag = await depthDrag(browser, base);
  log(`depth drag 1->64 x16  p95 ${drag.p95FrameMs} ms  max ${drag.maxFrameMs} ms  settle ${drag.settleMs} ms  ` +
    Object.entries(drag.targets).map(([k, v]) => `${k}: ${v ? 'PASS' : 'FAIL'}`).join('  '));
  const bundle = bundleSizes();
  log(`bundle  initial JS ${bundle.initialJsGzipKb} KB gzip  lazy JS ${bundle.lazyJsGzipKb} KB  worker ${bundle.workerJsGzipKb} KB  CSS ${bundle.cssGzipKb} KB  ` +
    `initialJsUnder110Kb: ${bundle.targets.initialJsUnder110Kb ? 'PASS' : 'FAIL'}`);
  await browser.close();
  if (json) console.log(JSON.stringify({ date: new Date().toISOString(), measureMs: MEASURE_MS, results, firstBoundary: first, depthDrag: drag, bundle }));
} finally {
  stop();
}
