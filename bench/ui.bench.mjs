// `npm run bench:ui`: the production build in headless Chromium (issue 13 §1/§4, issue 14 §7).
// Measures, each on a fresh page: the first decision boundary after navigation; frame times
// (a page-side requestAnimationFrame recorder; headless Chromium runs rAF at 60 fps) and the
// epochs/s the worker kept while training with every panel on screen; a depth drag from 1 to
// 64 layers of 16; a soak of the default and the 64x16 net reporting heap and DOM-node growth;
// and the bundle sizes. A benchmark, not a test: it prints numbers and whether targets are met.
// `--json` prints exactly one JSON object on stdout (progress goes to stderr).
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { bundleSizes } from './ui/bundle.mjs';
import { depthDrag, firstBoundary, FPS_TARGET, soak, TRAIN_CASES, trainingFrames } from './ui/cases.mjs';
import { parseFlags, USAGE } from './ui/flags.mjs';

let opts;
try {
  opts = parseFlags(process.argv.slice(2));
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
const log = (...a) => (opts.json ? console.error(...a) : console.log(...a));
const PORT = opts.port;
const BASE = `http://127.0.0.1:${PORT}`;
const f1 = (v) => v.toFixed(1);
const verdict = (ok) => (ok ? 'MET' : 'NOT MET');

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const bundle = bundleSizes('dist');
log(`bundle: initial JS ${f1(bundle.initialJsGzipKB)} KB gzip (${f1(bundle.initialJsKB)} KB raw), lazy JS ${f1(bundle.lazyJsGzipKB)} KB gzip, ` +
  `worker ${f1(bundle.workerGzipKB)} KB gzip, initial CSS ${f1(bundle.initialCssGzipKB)} KB gzip  target <= 110: ${verdict(bundle.initialJsGzipKB <= 110)}`);
const leaked = Object.entries(bundle.inInitialJs).filter(([, v]) => v).map(([k]) => k);
log(`left out of the initial JS: WebAssembly binary, Papa Parse, Korean strings: ${leaked.length ? `NO, initial JS has ${leaked.join(', ')}` : 'yes'}`);

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {}
};
process.on('exit', stop);
const out = { date: new Date().toISOString(), measureMs: opts.measureMs, soakSeconds: opts.soakSeconds, bundle };
try {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${BASE}/`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const want = (id) => opts.only.length === 0 || opts.only.includes(id);

  if (want('first')) {
    const fb = await firstBoundary(browser, BASE, '', opts.rounds);
    out.firstBoundary = fb;
    log(`first boundary (default net, ${opts.rounds} cold loads): median ${Math.round(fb.medianMs)} ms, range ${Math.round(fb.minMs)}–${Math.round(fb.maxMs)} ms  target <= 500: ${verdict(fb.medianMs <= 500)}`);
    log(`  stages (median ms since navigation): ${Object.entries(fb.stages).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  out.training = [];
  for (const c of TRAIN_CASES.filter((c) => want(c.id))) {
    const r = await trainingFrames(browser, BASE, c, opts.measureMs);
    out.training.push(r);
    log(`${r.name.padEnd(14)} mean ${f1(r.meanFps)} fps  p95 ${f1(r.p95FrameMs)} ms  max ${f1(r.maxFrameMs)} ms  ` +
      `${Math.round(r.epochsPerSecond).toLocaleString('en-US')} epochs/s  first loss ${r.firstLossMs} ms` +
      (r.workerTasks ? `  worker: longest task ${f1(r.workerTasks.longestMs)} ms (${r.workerTasks.longestWhat ?? "?"} at ${Math.round(r.workerTasks.longestAtMs ?? 0)} ms), ${r.workerTasks.over50} of ${r.workerTasks.count} over 50 ms` : '') +
      (r.meetsTarget === undefined ? '' : `  target (>= ${FPS_TARGET.meanFps} fps, p95 <= ${FPS_TARGET.p95FrameMs} ms): ${verdict(r.meetsTarget)}`));
  }
  if (want('drag')) {
    const d = await depthDrag(browser, BASE);
    out.depthDrag = d;
    log(`depth drag 1→${d.reachedLayers} at width ${d.width}: p95 ${f1(d.dragFrames.p95FrameMs)} ms during (target <= 20: ${verdict(d.dragFrames.p95FrameMs <= 20)}), ` +
      `settled ${Math.round(d.settleMs)} ms after release (target <= 1000: ${verdict(d.settleMs <= 1000)})`);
  }
  out.soak = [];
  if (opts.soakSeconds > 0) {
    for (const c of TRAIN_CASES.filter((c) => (c.id === 'default' || c.id === '64x16') && want(`soak-${c.id}`))) {
      const s = await soak(browser, BASE, c, opts.soakSeconds);
      out.soak.push(s);
      log(`soak ${c.name} ${s.seconds} s (${s.epochs.toLocaleString('en-US')} epochs): heap ${f1(s.heapStartMB)} → ${f1(s.heapEndMB)} MB ` +
        `(${s.heapGrowthMB >= 0 ? '+' : ''}${f1(s.heapGrowthMB)}, max ${f1(s.heapMaxMB)}), DOM nodes ${s.nodesStart} → ${s.nodesEnd} (${s.nodeGrowth >= 0 ? '+' : ''}${s.nodeGrowth})`);
    }
  }
  await browser.close();
  if (opts.json) console.log(JSON.stringify(out));
} finally {
  stop();
}
