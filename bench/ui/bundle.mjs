// Bundle sizes of the production build: every chunk's raw and gzip bytes, and the initial set
// (what index.html loads before anything is shown: its scripts, module preloads and styles).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** @param {string} dist the build's output folder */
export function bundleSizes(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  const chunks = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => {
      const buf = readFileSync(join(dist, 'assets', f));
      return { file: `assets/${f}`, bytes: buf.length, gzipBytes: gz(buf), initial: initial.has(`assets/${f}`), worker: /worker/.test(f) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (list, key) => list.reduce((s, c) => s + c[key], 0);
  const initJs = chunks.filter((c) => c.initial && c.file.endsWith('.js'));
  const lazyJs = chunks.filter((c) => !c.initial && !c.worker && c.file.endsWith('.js'));
  // What the first load must leave to later chunks (issue 13 §1), found by a marker only it has.
  const initialText = initJs.map((c) => readFileSync(join(dist, c.file), 'latin1')).join('\n');
  const has = (marker) => initialText.includes(Buffer.from(marker, 'utf8').toString('latin1'));
  const inInitialJs = { wasmBinary: has('AGFzbQ'), papaparse: has('BAD_DELIMITERS'), koreanStrings: has('역전파 놀이터') };
  return {
    inInitialJs,
    initialJsGzipKB: sum(initJs, 'gzipBytes') / 1024,
    initialJsKB: sum(initJs, 'bytes') / 1024,
    initialCssGzipKB: sum(chunks.filter((c) => c.initial && c.file.endsWith('.css')), 'gzipBytes') / 1024,
    lazyJsGzipKB: sum(lazyJs, 'gzipBytes') / 1024,
    workerGzipKB: sum(chunks.filter((c) => c.worker), 'gzipBytes') / 1024,
    chunks,
  };
}
