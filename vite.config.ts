import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * index.html carries a strict Content-Security-Policy for the built app. The dev server's
 * React refresh preamble and injected <style> tags are inline, so in `vite` (serve) only the
 * tag is removed; `vite build` and `vite preview` keep it.
 */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
  };
}

/**
 * The page's main thread runs the core only for a few points (truth table, neuron card, the
 * step-through), on the TypeScript kernels, so its bundle leaves out the 12 KB WebAssembly
 * binary (base64, about 6 KB gzip) that core/kernels/backend.ts imports: the binary's module
 * resolves to an empty string there, and backend.ts then picks the TypeScript path. Build only:
 * `plugins` do not reach worker bundles in a build (those take `worker.plugins`), so the
 * worker keeps the real binary; in dev they would, hence `apply: 'build'`.
 */
function noWasmBinaryOnMainThread(): Plugin {
  const stub = '\0main-thread-wasm-binary';
  return {
    name: 'no-wasm-binary-on-main-thread',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === './wasmBinary' && importer?.replace(/\\/g, '/').endsWith('/core/kernels/backend.ts') ? stub : null,
    load: (id) => (id === stub ? 'export const KERNELS_WASM_BASE64 = "";' : null),
  };
}

export default defineConfig({
  plugins: [react(), cspOnlyInBuild(), noWasmBinaryOnMainThread()],
  // ES workers so training.worker.ts can use imports in dev and in the build alike.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    // Explicit, or Vitest would also pick up e2e/*.spec.ts (Playwright's).
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    // Component tests opt in with a `// @vitest-environment happy-dom` docblock.
    environment: 'node',
    passWithNoTests: false,
  },
});
