import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
