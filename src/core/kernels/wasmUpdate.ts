/**
 * The trainer's per-step passes on the WebAssembly path, over buffers in the network's memory
 * (see wasmNet.ts): the optimizer update with the pre-step copy and the finiteness verdict
 * (reference: optimizers.ts applyUpdateKeep), and the per-layer gradient norms (reference: the
 * `gw` sums of stats.ts computeStats). Bit-identical to the references (wasmUpdate.test.ts).
 */
import type { Network } from '../mlp';
import type { OptimizerSettings, OptimizerState } from '../optimizers';
import type { WasmNet } from './wasmNet';

/**
 * The optimizer state of a network on the wasm path: m and v are read through getters, because
 * they are views of the network's memory and growing it replaces them.
 */
export function wasmOptimizerState(wn: WasmNet): OptimizerState {
  return { get m() { return wn.m; }, get v() { return wn.v; }, t: 0 };
}

/**
 * applyUpdateKeep on the wasm path: st.t advances, L1/L2 go into the weights' gradients, params
 * are updated in place and their old values written to wn.lastGood. Returns whether the
 * index-order sum of the new params is finite, which is all the trainer asks of
 * applyUpdateKeep's return value (the kernels decide it without that sum when they can; see
 * wasm/update.ts).
 */
export function wasmUpdateKeep(net: Network, st: OptimizerState, o: OptimizerSettings): boolean {
  const wn = net.wasm!;
  const k = wn.k;
  const n = net.layout.paramCount;
  if (o.l1 !== 0 || o.l2 !== 0) {
    // Weights only, as isWeight marks them: each layer's W block (biases follow it).
    for (const l of net.layout.layers) k.penalty(wn.pParams + 8 * l.wOffset, wn.pGrads + 8 * l.wOffset, l.fanIn * l.fanOut, o.l1, o.l2);
  }
  st.t++;
  let ok: number;
  switch (o.optimizer) {
    case 'sgd': ok = k.sgd(wn.pParams, wn.pGrads, wn.pLastGood, n, o.lr); break;
    case 'momentum': ok = k.momentum(wn.pParams, wn.pGrads, wn.pM, wn.pLastGood, n, o.lr, o.momentum, o.nesterov); break;
    case 'adam': {
      const c1 = 1 - Math.pow(o.momentum, st.t);
      const c2 = 1 - Math.pow(o.beta2, st.t);
      ok = k.adam(wn.pParams, wn.pGrads, wn.pM, wn.pV, wn.pLastGood, n, o.lr, o.momentum, o.beta2, o.epsilon, c1, c2);
      break;
    }
  }
  return ok === 1 || Number.isFinite(k.sumInOrder(wn.pParams, n));
}

/**
 * out[l] = sum over layer l's weight gradients, in index order, of g * g (stats.ts's gw),
 * for every layer. Layers of equal size run eight at a time (wasm/update.ts sumSquares8).
 */
export function wasmWeightGradSquares(net: Network, out: Float64Array): void {
  const wn = net.wasm!;
  const layers = net.layout.layers;
  const bySize = new Map<number, number[]>();
  layers.forEach((l, i) => {
    const n = l.fanIn * l.fanOut;
    const g = bySize.get(n);
    if (g) g.push(i);
    else bySize.set(n, [i]);
  });
  // The scratch holds at least 16 doubles: eight i32 offsets, then eight sums.
  const table = new Int32Array(wn.memory.buffer, wn.pT, 8);
  const sums = new Float64Array(wn.memory.buffer, wn.pT + 64, 8);
  for (const [n, group] of bySize) {
    for (let g = 0; g < group.length; g += 8) {
      for (let i = 0; i < 8; i++) table[i] = wn.pGrads + 8 * layers[group[Math.min(g + i, group.length - 1)]!]!.wOffset;
      wn.k.sumSquares8(wn.pT, n, wn.pT + 64);
      for (let i = 0; i < 8 && g + i < group.length; i++) out[group[g + i]!] = sums[i]!;
    }
  }
}
