// The committed wasmBinary.ts must be what the AssemblyScript sources compile to today, so a
// kernel edit cannot ship without its binary (`node scripts/build-wasm.mjs` regenerates it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileKernels, moduleText } from '../../../scripts/build-wasm.mjs';

describe('generated kernel module', () => {
  it('matches a fresh compile of src/core/kernels/wasm', async () => {
    const committed = readFileSync(new URL('./wasmBinary.ts', import.meta.url), 'utf8');
    const fresh = moduleText(await compileKernels()) as string;
    expect(committed === fresh, 'wasmBinary.ts is stale: run `node scripts/build-wasm.mjs`').toBe(true);
  }, 120_000);
});
