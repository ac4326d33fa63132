/**
 * A network's buffers inside one WebAssembly memory, so the kernels read and write them in
 * place and nothing is copied per step: the Network's Float64Arrays are views of this memory.
 *
 * Layout (byte offsets, each buffer 16-byte aligned):
 *   params [P] | grads [P] | lastGood [P] | m [P] | v [P] | scratch [max fanIn*max(fanOut, 16)] |
 *   acts[0] [rows x inputs] | per layer l: acts[l+1], zs[l], deltas[l] [rows x fanOut each]
 * lastGood, m and v are the trainer's pre-step copy and optimizer moments (kernels/wasmUpdate.ts),
 * here so the update kernel runs in place. Everything per-network sits first so growing the
 * scratch for more rows keeps it in place. Growing the memory detaches every old view, so
 * `grow` hands back fresh ones and the caller must replace all of them (mlp.ts ensureCapacity
 * does; the trainer reads lastGood, m and v through getters on this object).
 */
import type { Layout } from '../layout';
import { instantiate, type KernelExports, type WasmMemory } from './backend';

const PAGE = 65536;

/**
 * Batches of at most this many rows run wasm/matrix.ts affineSmall, which transposes the
 * inputs [rows x fanIn] into the scratch instead of W (so the scratch holds fanIn x 16 too).
 */
export const SMALL_ROWS = 16;

export interface WasmNet {
  readonly k: KernelExports;
  readonly memory: WasmMemory;
  /** Byte offsets of params, grads, lastGood, m, v and the scratch (transposes, tables). */
  readonly pParams: number;
  readonly pGrads: number;
  readonly pLastGood: number;
  readonly pM: number;
  readonly pV: number;
  readonly pT: number;
  /** Size of the scratch at pT, in doubles. */
  readonly scratchDoubles: number;
  /** Current views of lastGood, m and v [P] (replaced when the memory grows). */
  lastGood: Float64Array;
  m: Float64Array;
  v: Float64Array;
  /** Byte offsets of acts (layers + 1), zs and deltas (layers), for the current capacity. */
  pActs: number[];
  pZs: number[];
  pDeltas: number[];
  /** float32 views made by unitViews, for the current buffer. */
  f32Views: { buffer: ArrayBuffer; byKey: Map<string, Float32Array[]> };
}

/**
 * `count` float32 views of `rows` each, back to back from byte offset `p`: a grid chunk's
 * unit-major outputs (grid.ts). Cached, so a grid allocates no views after its first frame;
 * a grown memory (new buffer) starts a new cache.
 */
export function unitViews(wn: WasmNet, p: number, count: number, rows: number): Float32Array[] {
  const buffer = wn.memory.buffer;
  if (wn.f32Views.buffer !== buffer) wn.f32Views = { buffer, byKey: new Map() };
  const key = `${p},${count},${rows}`;
  let views = wn.f32Views.byKey.get(key);
  if (!views) {
    views = Array.from({ length: count }, (_, u) => new Float32Array(buffer, p + 4 * u * rows, rows));
    wn.f32Views.byKey.set(key, views);
  }
  return views;
}

/** Views the Network exposes; all of them alias the wasm memory. */
export interface WasmViews {
  params: Float64Array;
  grads: Float64Array;
  acts: Float64Array[];
  zs: Float64Array[];
  deltas: Float64Array[];
}

/** Doubles rounded up to an even count, so every buffer starts 16-byte aligned. */
const even = (n: number): number => n + (n & 1);

function scratchDoubles(layout: Layout): number {
  let t = 16;
  for (const l of layout.layers) t = Math.max(t, l.fanIn * Math.max(l.fanOut, SMALL_ROWS));
  return even(t);
}

function scratchStart(layout: Layout): number {
  return 8 * (5 * even(layout.paramCount) + scratchDoubles(layout));
}

function bytesFor(layout: Layout, rows: number): number {
  let b = scratchStart(layout) + 8 * even(rows * layout.inputs);
  for (const l of layout.layers) b += 3 * 8 * even(rows * l.fanOut);
  return b;
}

/** Creates the memory and the instance for `rows` rows of scratch. */
export function createWasmNet(layout: Layout, rows: number, module: object): { wn: WasmNet; views: WasmViews } {
  const { exports, memory } = instantiate(module, Math.ceil(bytesFor(layout, rows) / PAGE));
  const pGrads = 8 * even(layout.paramCount);
  const none = new Float64Array(0);
  const wn: WasmNet = {
    k: exports, memory, pParams: 0, pGrads, pLastGood: 2 * pGrads, pM: 3 * pGrads, pV: 4 * pGrads, pT: 5 * pGrads, scratchDoubles: scratchDoubles(layout),
    lastGood: none, m: none, v: none,
    pActs: [], pZs: [], pDeltas: [], f32Views: { buffer: new ArrayBuffer(0), byKey: new Map() },
  };
  return { wn, views: place(wn, layout, rows) };
}

/** Grows the memory (if needed) for `rows` rows and returns fresh views; params and grads keep their values. */
export function growWasmNet(wn: WasmNet, layout: Layout, rows: number): WasmViews {
  const need = bytesFor(layout, rows);
  const have = wn.memory.buffer.byteLength;
  if (need > have) wn.memory.grow(Math.ceil((need - have) / PAGE));
  const views = place(wn, layout, rows);
  // Fresh TypedArrays start zeroed; keep that promise for the scratch too.
  new Uint8Array(wn.memory.buffer, scratchStart(layout)).fill(0);
  return views;
}

function place(wn: WasmNet, layout: Layout, rows: number): WasmViews {
  const buf = wn.memory.buffer;
  let p = scratchStart(layout);
  const take = (n: number): [number, Float64Array] => {
    const at = p;
    p += 8 * even(n);
    return [at, new Float64Array(buf, at, n)];
  };
  const views: WasmViews = {
    params: new Float64Array(buf, wn.pParams, layout.paramCount),
    grads: new Float64Array(buf, wn.pGrads, layout.paramCount),
    acts: [], zs: [], deltas: [],
  };
  wn.lastGood = new Float64Array(buf, wn.pLastGood, layout.paramCount);
  wn.m = new Float64Array(buf, wn.pM, layout.paramCount);
  wn.v = new Float64Array(buf, wn.pV, layout.paramCount);
  wn.pActs = []; wn.pZs = []; wn.pDeltas = [];
  const [a0, v0] = take(rows * layout.inputs);
  wn.pActs.push(a0); views.acts.push(v0);
  for (const l of layout.layers) {
    const [a, va] = take(rows * l.fanOut);
    const [z, vz] = take(rows * l.fanOut);
    const [d, vd] = take(rows * l.fanOut);
    wn.pActs.push(a); views.acts.push(va);
    wn.pZs.push(z); views.zs.push(vz);
    wn.pDeltas.push(d); views.deltas.push(vd);
  }
  return views;
}
