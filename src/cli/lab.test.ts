/**
 * Contract tests for the `lab` CLI: they spawn the real command, as outside scripts do, and
 * check exit codes, stdout/stderr discipline and the --json shapes. Each spawn costs about
 * 0.3 s, so the suite keeps to a handful and runs them concurrently.
 */
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Run { code: number; stdout: string; stderr: string }

function lab(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('node_modules/.bin/tsx', ['src/cli/lab.ts', ...args], { timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function json(...args: string[]): Promise<Record<string, unknown>> {
  const r = await lab(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

// Spawns share two cores with other suites; allow for a loaded machine.
const SLOW = { timeout: 30_000 };

type Layer = { units: number; activation: string; gradZ: number; gradW: number; gradB: number };
const LAYER_KEYS = ['activation', 'gradB', 'gradW', 'gradZ', 'units'];

/** dL/dz at the first hidden layer relative to the output layer. */
function firstOverLast(layers: Layer[]): number {
  return layers[0]!.gradZ / layers[layers.length - 1]!.gradZ;
}

describe.concurrent('lab train', SLOW, () => {
  it('learns AND with a single neuron; the JSON has exactly the contract keys', async () => {
    const out = await json('train', '--dataset', 'and', '--hidden', '', '--epochs', '500');
    expect(Object.keys(out).sort()).toEqual(
      ['accuracy', 'convergedEpoch', 'diverged', 'epochs', 'layers', 'loss', 'testAccuracy', 'testLoss'],
    );
    expect(out.accuracy).toBe(1);
    expect(out.epochs).toBe(500);
    expect(out.convergedEpoch).toEqual(expect.any(Number));
    expect(out.diverged).toBe(false);
    const layers = out.layers as Layer[];
    expect(layers).toHaveLength(1);
    expect(Object.keys(layers[0]!).sort()).toEqual(LAYER_KEYS);
    expect(layers[0]).toMatchObject({ units: 1, activation: 'sigmoid' });
  });

  it('cannot fit XOR without a hidden layer (Minsky and Papert: at most 3 of 4)', async () => {
    const out = await json('train', '--dataset', 'xor', '--hidden', '', '--epochs', '1000');
    expect(out.accuracy as number).toBeLessThanOrEqual(0.75);
    expect(out.convergedEpoch).toBeNull();
  });

  it('fits XOR with 4 tanh hidden units and stops at --target-accuracy', async () => {
    const out = await json('train', '--dataset', 'xor', '--hidden', '4', '--activation', 'tanh', '--epochs', '2000', '--target-accuracy', '1');
    expect(out.convergedEpoch).not.toBeNull();
    expect(out.epochs).toBe(out.convergedEpoch);
    const layers = out.layers as Layer[];
    expect(layers.map((l) => [l.units, l.activation])).toEqual([[4, 'tanh'], [1, 'sigmoid']]);
  });
});

describe.concurrent('lab grads', SLOW, () => {
  // Sigmoid with U[+-1/sqrt(n)]: each hidden step scales dL/dz by about sqrt(1/3) * 0.245 = 0.14,
  // and the 1-unit output layer by sqrt(1/24) * 0.25 = 0.05, so 0.05 * 0.14^9 = 1e-9 over
  // ten hidden layers. ReLU with He init keeps each hidden step near 1.
  it('shows vanishing gradients for deep sigmoid and not for ReLU with He init', async () => {
    const common = ['grads', '--depth', '10', '--width', '8', '--trials', '3'];
    const [sig, relu] = await Promise.all([
      json(...common, '--activation', 'sigmoid', '--init', 'standard'),
      json(...common, '--activation', 'relu', '--init', 'he-normal'),
    ]);
    expect(Object.keys(sig)).toEqual(['layers']);
    const sl = sig.layers as Layer[];
    expect(sl).toHaveLength(11);
    expect(Object.keys(sl[0]!).sort()).toEqual(LAYER_KEYS);
    expect(firstOverLast(sl)).toBeLessThan(1e-7);
    expect(firstOverLast(sl)).toBeGreaterThan(1e-12);
    expect(firstOverLast(relu.layers as Layer[])).toBeGreaterThan(1e-2);
  });
});

describe.concurrent('lab sweep', SLOW, () => {
  it('reports convergence over seeds', async () => {
    const out = await json('sweep', '--dataset', 'xor', '--hidden', '4', '--seeds', '3', '--epochs', '2000');
    expect(Object.keys(out).sort()).toEqual(['converged', 'convergenceRate', 'medianEpochs', 'runs']);
    expect(out.runs).toBe(3);
    expect(out.converged as number).toBeGreaterThanOrEqual(1);
    expect(out.convergenceRate).toBeCloseTo((out.converged as number) / 3, 12);
    expect(out.medianEpochs).toEqual(expect.any(Number));
  });
});

describe.concurrent('lab usage errors', SLOW, () => {
  const cases: [string[], RegExp][] = [
    [['train', '--lr', 'abc'], /^lab: --lr: got "abc"; expected a number/],
    [['train', '--activation', 'foo'], /^lab: --activation: got "foo"; expected one of linear, sigmoid, tanh/],
    [['train', '--hidden', '-1'], /^lab: --hidden: got "-1"; expected/],
    [['train', '--bogus'], /^lab: --bogus: unknown flag for train; expected one of --dataset/],
    [['train', '--epochs', '0'], /^lab: --epochs: got "0"; expected an integer in \[1,/],
    [['grads', '--init-scale', '-2'], /^lab: --init-scale: got "-2"; expected a number in \[0,/],
    [['frobnicate'], /^lab: unknown command "frobnicate"; expected one of train, grads, sweep/],
  ];
  for (const [args, message] of cases) {
    it(`exits 2 with one stderr line for: ${args.join(' ')}`, async () => {
      const r = await lab(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.endsWith('\n')).toBe(true);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    });
  }

  it('prints usage for --help and exits 0', async () => {
    const r = await lab('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: lab <command>/);
    expect(r.stderr).toBe('');
  });

  it('names the kernels in use with --version: the WebAssembly SIMD path in Node 20', async () => {
    const r = await lab('--version');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^lab \d+\.\d+\.\d+ .*kernels: WebAssembly f64x2 SIMD\n$/);
    expect(r.stderr).toBe('');
  }, SLOW.timeout);
});
