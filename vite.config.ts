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

export default defineConfig({
  plugins: [react(), cspOnlyInBuild()],
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
