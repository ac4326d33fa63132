// A trainer built in pieces (beginTrainer, then run over several calls) against createTrainer,
// the oracle: the same initial weights, lastGood and divergence reference, bit for bit, and
// the same training afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import { INITS } from './init';
import { detectKernels, kernels, setKernelPath, type KernelPath } from './kernels/backend';
import { createRng } from './rng';
import { beginTrainer, createTrainer, trainStep } from './trainer';

const start = kernels().path;
afterEach(() => void setKernelPath(start));
const PATHS: KernelPath[] = detectKernels().path === 'wasm-simd' ? ['wasm-simd', 'ts'] : ['ts'];

function same(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  expect(a.length, what).toBe(b.length);
  for (let k = 0; k < b.length; k++) if (!Object.is(a[k], b[k])) expect.fail(`${what}[${k}]: pieces ${a[k]} vs whole ${b[k]}`);
}

describe.each(PATHS)('beginTrainer in pieces equals createTrainer (%s kernels)', (path) => {
  it.each(INITS)('%s: random piece sizes, odd widths (the normal draws\' spare crosses pieces)', (init) => {
    setKernelPath(path);
    const rng = createRng(INITS.indexOf(init) + 1);
    for (let trial = 0; trial < 12; trial++) {
      const cfg = { dataset: 'spiral' as const, hidden: [3 + rng.int(9), 3 + rng.int(9), 3 + rng.int(9)], init, initScale: 0.7, seed: rng.int(1000), activation: 'tanh' as const, optimizer: 'adam' as const };
      const whole = createTrainer(cfg);
      const b = beginTrainer(cfg);
      let calls = 0;
      while (!b.run(1 + rng.int(7))) calls++;
      expect(b.run(5)).toBe(true); // stays ready
      const tr = b.tr;
      same(tr.net.params, whole.net.params, `${init} #${trial} params`);
      same(tr.lastGood, whole.lastGood, `${init} #${trial} lastGood`);
      expect(tr.watch).toEqual(whole.watch);
      if (init !== 'zeros') expect(calls).toBeGreaterThan(0);
      for (let s = 0; s < 3; s++) { trainStep(tr); trainStep(whole); }
      same(tr.net.params, whole.net.params, `${init} #${trial} params after 3 steps`);
    }
  });
});
