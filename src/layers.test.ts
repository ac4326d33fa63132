// Layers point one way (DESIGN.md, "Which layer may import which"). This reads every import in
// src/ and checks it against the table below, so a panel that reaches into the store, or a
// core module that pulls in a UI library, fails here instead of in review. It also keeps the
// old core purity checks: no unseeded randomness and no DOM globals in the core.
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize, relative, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('.', import.meta.url).pathname;

/**
 * Which of our layers each layer may import (its own always allowed, except that a panel may
 * only reach its own folder). `null`: anything. `packages`: may it import npm packages at all.
 */
const TABLE: Record<string, { ours: readonly string[] | null; packages: boolean }> = {
  core: { ours: ['core'], packages: false },
  worker: { ours: ['core'], packages: false },
  store: { ours: ['core', 'worker', 'model', 'i18n'], packages: true },
  model: { ours: ['core'], packages: false },
  viz: { ours: ['core', 'i18n'], packages: true },
  i18n: { ours: [], packages: true },
  panels: { ours: ['core', 'viz', 'model', 'i18n'], packages: true },
  app: { ours: null, packages: true },
  cli: { ours: ['core'], packages: true },
  testing: { ours: null, packages: true },
};

/** The store reaches the worker only through its client and the message types. */
const STORE_MAY_USE_FROM_WORKER = ['src/worker/client', 'src/worker/protocol'];

/** Packages the core (and everything that runs in the worker) must never see. */
const UI_PACKAGES = /^(react|react-dom|zustand|d3|d3-selection|i18next|react-i18next)(\/|$)/;

interface Source {
  /** Path from the project root, e.g. "src/panels/metrics/LossChart.tsx". */
  path: string;
  text: string;
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Every module specifier a source imports or re-exports (static, dynamic and bare imports). */
function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** The layer a path under src/ belongs to: its first folder ("src/core" itself is core), or "app" for files at the top. */
function layerOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 2 || parts[1]! in TABLE ? parts[1]! : 'app';
}

/** The panel folder of a path ("metrics" for src/panels/metrics/x.ts), or null. */
function panelOf(path: string): string | null {
  const parts = path.split('/');
  return parts[1] === 'panels' && parts.length > 3 ? parts[2]! : null;
}

/** Every import in `sources` that breaks the table, as "from -> to (why)". */
function violations(sources: readonly Source[]): string[] {
  const out: string[] = [];
  for (const { path, text } of sources) {
    const layer = layerOf(path);
    const rule = TABLE[layer];
    if (!rule) {
      out.push(`${path}: folder "${layer}" is not in the layers table`);
      continue;
    }
    for (const spec of importsOf(text)) {
      if (!spec.startsWith('.')) {
        if (!rule.packages && !spec.startsWith('node:')) out.push(`${path} -> ${spec} (${layer} imports no packages)`);
        if ((layer === 'core' || layer === 'worker' || layer === 'model') && (spec.startsWith('node:') || UI_PACKAGES.test(spec))) {
          out.push(`${path} -> ${spec} (${layer} runs in Node, a Worker and tests)`);
        }
        continue;
      }
      const target = normalize(join(dirname(path), spec)).replaceAll('\\', '/');
      if (!target.startsWith('src/')) continue;
      const to = layerOf(target);
      if (to === 'testing' && layer !== 'testing' && layer !== 'app') out.push(`${path} -> ${target} (only tests use src/testing)`);
      if (layer === 'panels' && to === 'panels') {
        if (panelOf(target) !== panelOf(path)) out.push(`${path} -> ${target} (a panel imports another panel's file; share it through viz)`);
        continue;
      }
      if (to === layer) continue;
      if (rule.ours !== null && !rule.ours.includes(to)) {
        out.push(`${path} -> ${target} (${layer} may not import ${to})`);
        continue;
      }
      if (layer === 'store' && to === 'worker' && !STORE_MAY_USE_FROM_WORKER.includes(target.replace(/\.tsx?$/, ''))) {
        out.push(`${path} -> ${target} (the store uses only the worker's client and protocol)`);
      }
    }
  }
  return out;
}

/** Import cycles among the given sources (type imports included), each as a path list. */
function cycles(sources: readonly Source[]): string[][] {
  const key = (p: string) => p.replace(/\.(tsx?|mts)$/, '').replace(/\/index$/, '');
  const byKey = new Map(sources.map((s) => [key(s.path), s]));
  const edges = new Map<string, string[]>();
  for (const s of sources) {
    const deps = importsOf(s.text)
      .filter((x) => x.startsWith('.'))
      .map((x) => key(normalize(join(dirname(s.path), x)).replaceAll('\\', '/')))
      .filter((k) => byKey.has(k));
    edges.set(key(s.path), deps);
  }
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const d of edges.get(n) ?? []) {
      if (state.get(d) === 'open') found.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of edges.keys()) if (!state.has(n)) visit(n);
  return found;
}

function readSources(dir: string): Source[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return readSources(full);
    if (!/\.(tsx?|mts)$/.test(e.name)) return [];
    return [{ path: 'src/' + relative(SRC, full).replaceAll('\\', '/'), text: readFileSync(full, 'utf8') }];
  });
}

const all = readSources(SRC);
/** Tests may reach across layers to set up a case; the shipped code may not. */
const shipped = all.filter((s) => !/\.(test|spec)\.tsx?$/.test(s.path));

describe('layers point one way', () => {
  it('reads the whole tree', () => {
    expect(shipped.length).toBeGreaterThan(100);
    for (const layer of ['core', 'worker', 'store', 'model', 'viz', 'panels', 'app', 'cli']) {
      expect(shipped.some((s) => layerOf(s.path) === layer), layer).toBe(true);
    }
  });

  it('finds every kind of import', () => {
    const text = [
      "import { a } from '../core';",
      "import type {\n  B,\n  C,\n} from './b';",
      "export { d } from '../viz/d';",
      "import './x.css';",
      "const m = await import('../store/m');",
    ].join('\n');
    expect(importsOf(text)).toEqual(['../core', './b', '../viz/d', './x.css', '../store/m']);
  });

  it('has no import that points up or sideways', () => {
    expect(violations(shipped)).toEqual([]);
  });

  it('fails on a planted upward import (the check can fail)', () => {
    const planted: Source[] = [
      ...shipped,
      { path: 'src/core/planted.ts', text: "import type { AppState } from '../store/types';" },
      { path: 'src/panels/metrics/planted.ts', text: "import { selModels } from '../../store/selectors';" },
      { path: 'src/panels/metrics/planted2.ts', text: "import { num } from '../boundary/boundaryGeometry';" },
      { path: 'src/store/planted.ts', text: "import { Engine } from '../worker/engine';" },
      { path: 'src/worker/planted.ts', text: "import { create } from 'zustand';" },
    ];
    expect(violations(planted)).toEqual([
      'src/core/planted.ts -> src/store/types (core may not import store)',
      'src/panels/metrics/planted.ts -> src/store/selectors (panels may not import store)',
      "src/panels/metrics/planted2.ts -> src/panels/boundary/boundaryGeometry (a panel imports another panel's file; share it through viz)",
      'src/store/planted.ts -> src/worker/engine (the store uses only the worker\'s client and protocol)',
      'src/worker/planted.ts -> zustand (worker imports no packages)',
      'src/worker/planted.ts -> zustand (worker runs in Node, a Worker and tests)',
    ]);
  });

  it('the store has no import cycle, type imports included (its types file imports no slice)', () => {
    expect(cycles(shipped.filter((s) => layerOf(s.path) === 'store'))).toEqual([]);
    const a = { path: 'src/store/types.ts', text: "import type { S } from './slice';" };
    const b = { path: 'src/store/slice.ts', text: "import type { AppState } from './types';" };
    expect(cycles([a, b])).toEqual([['src/store/types', 'src/store/slice', 'src/store/types']]);
  });
});

describe('core purity', () => {
  const core = shipped.filter((s) => layerOf(s.path) === 'core');
  it.each(core.map((s) => [s.path, s.text]))('%s never calls Math.random and touches no DOM global', (_path, text) => {
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''); // comments may name them
    expect(code).not.toMatch(/Math\.random\s*\(/);
    expect(code).not.toMatch(/\b(window|document|navigator|localStorage|sessionStorage|requestAnimationFrame|performance|HTMLElement|self)\s*[.[]/);
  });
});
