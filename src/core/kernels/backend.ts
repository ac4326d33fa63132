/**
 * Which kernels the core runs: the WebAssembly f64x2 SIMD kernels (kernels/wasm, compiled into
 * wasmBinary.ts) where the engine supports them, else the TypeScript loops in mlp.ts and
 * activations.ts, which stay the readable reference. Both give the same bits (see
 * kernels.test.ts). The choice is made once, on first use, and only a test or the benchmark
 * changes it (setKernelPath); a network keeps the path it was created with.
 */
import { decodeBase64 } from './base64';
import { KERNELS_WASM_BASE64 } from './wasmBinary';

/** 'wasm-simd': WebAssembly with f64x2 SIMD; 'ts': the TypeScript reference loops. */
export type KernelPath = 'wasm-simd' | 'ts';

/** The exports of one kernel instance; pointers are byte offsets into its memory. */
export interface KernelExports {
  affine(pW: number, pB: number, fanIn: number, fanOut: number, pX: number, pZ: number, rows: number, pT: number): void;
  affineSmall(pW: number, pB: number, fanIn: number, fanOut: number, pX: number, pZ: number, rows: number, pT: number): void;
  inputGrad(pW: number, fanIn: number, fanOut: number, pD: number, pOut: number, rows: number): void;
  /** acc: 0 starts every sum from +0, 1 continues the partial sums G holds (see wasm/matrix.ts). */
  weightGrad(pGW: number, pGB: number, fanIn: number, fanOut: number, pX: number, pD: number, rows: number, inv: number, acc: number): void;
  weightGradScaled(pGW: number, pGB: number, fanIn: number, fanOut: number, pX: number, pD: number, rows: number, inv: number, pS: number, acc: number): void;
  exp(x: number): number;
  expPairs(pX: number, pOut: number, n: number): void;
  sigmoid(pZ: number, pA: number, n: number): void;
  sigmoidBack(pA: number, pD: number, n: number): void;
  relu(pZ: number, pA: number, n: number): void;
  reluBack(pZ: number, pD: number, n: number): void;
  toUnitMajorF32(pA: number, w: number, rows: number, pOut: number): void;
  matvec(pW: number, pX: number, pY: number, n: number): void;
  // The optimizer step and the gradient norms (wasm/update.ts, host side kernels/wasmUpdate.ts).
  sgd(pP: number, pG: number, pB: number, n: number, lr: number): number;
  momentum(pP: number, pG: number, pM: number, pB: number, n: number, lr: number, mu: number, nesterov: boolean): number;
  adam(pP: number, pG: number, pM: number, pV: number, pB: number, n: number, lr: number, b1: number, b2: number, eps: number, c1: number, c2: number): number;
  penalty(pP: number, pG: number, n: number, l1: number, l2: number): void;
  sumInOrder(pP: number, n: number): number;
  sumSquares8(pRanges: number, n: number, pOut: number): void;
}

/** The part of the WebAssembly JS API the core uses (the ES lib the core compiles against has none). */
export interface WasmMemory { readonly buffer: ArrayBuffer; grow(pages: number): number }
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: object };
  Memory: new (desc: { initial: number }) => WasmMemory;
}

/** A module using one f64x2 instruction: validates only where WebAssembly SIMD exists. */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 29, 1, 27, 0,
  68, 0, 0, 0, 0, 0, 0, 240, 63, 253, 20, 68, 0, 0, 0, 0, 0, 0, 0, 64, 253, 20, 253, 240, 1, 11,
]);

export interface Kernels {
  readonly path: KernelPath;
  /** Why the TypeScript path was chosen (null on the wasm path). */
  readonly reason: string | null;
  /** The compiled module (wasm path only). */
  readonly module: object | null;
}

let chosen: Kernels | null = null;
let wasmApi: WasmApi | undefined;

/** Feature-detects and compiles once. `api` replaces the global WebAssembly (tests; null: none). */
export function detectKernels(api: WasmApi | null = (globalThis as { WebAssembly?: WasmApi }).WebAssembly ?? null): Kernels {
  const ts = (reason: string): Kernels => ({ path: 'ts', reason, module: null });
  if (!api || typeof api.validate !== 'function') return ts('no WebAssembly');
  // The page's main-thread bundle is built without the binary (vite.config.ts): it runs only
  // a few points, on the TypeScript kernels; the worker's bundle has it.
  if (!KERNELS_WASM_BASE64) return ts('no kernel binary in this bundle');
  let module: object;
  try {
    if (!api.validate(SIMD_PROBE)) return ts('no WebAssembly SIMD');
    module = new api.Module(decodeBase64(KERNELS_WASM_BASE64));
  } catch (e) {
    // e.g. a browser main thread that refuses synchronous compiles of more than 4 KB.
    return ts(`WebAssembly compile failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    new api.Instance(module, { env: { memory: new api.Memory({ initial: 1 }) } });
  } catch (e) {
    return ts(`WebAssembly instantiate failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  wasmApi = api;
  return { path: 'wasm-simd', reason: null, module };
}

/** The kernels in use: detected on first call. */
export function kernels(): Kernels {
  chosen ??= detectKernels();
  return chosen;
}

/** The path new networks use. */
export function kernelPath(): KernelPath {
  return kernels().path;
}

/**
 * Forces the path for networks created from now on ('ts' always works; 'wasm-simd' only where
 * detected, else it throws) and returns the previous one. For tests and the benchmark.
 */
export function setKernelPath(path: KernelPath): KernelPath {
  const prev = kernels();
  if (path === prev.path) return prev.path;
  if (path === 'ts') chosen = { path: 'ts', reason: 'forced', module: null };
  else {
    const d = detectKernels();
    if (d.path !== 'wasm-simd') throw new Error(`WebAssembly SIMD kernels unavailable: ${d.reason}`);
    chosen = d;
  }
  return prev.path;
}

/** One instance with its own memory (64 KiB pages, grown on demand). */
export function instantiate(module: object, pages: number): { exports: KernelExports; memory: WasmMemory } {
  const api = wasmApi!;
  const memory = new api.Memory({ initial: pages });
  const inst = new api.Instance(module, { env: { memory } });
  return { exports: inst.exports as KernelExports, memory };
}

/** Text for `lab --version`, the bench and the page: "WebAssembly f64x2 SIMD" or why not. */
export function describeKernels(k: Kernels = kernels()): string {
  return k.path === 'wasm-simd' ? 'WebAssembly f64x2 SIMD' : `TypeScript (${k.reason})`;
}
