/**
 * The `lab` CLI in-process: `main(argv, io)` with buffers for stdout and stderr. Results are
 * checked against the literature (Minsky and Papert; Glorot and Bengio), usage errors against
 * the one-line contract, and the flags that cannot change a result against issue 14 §5.
 */
import { describe, expect, it } from 'vitest';
import { main } from './lab';

interface Run { code: number; stdout: string; stderr: string }

function lab(...args: string[]): Run {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

function json(...args: string[]): Record<string, unknown> {
  const r = lab(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout.endsWith('\n')).toBe(true);
  expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** Exit 2, nothing on stdout, exactly one line on stderr. Returns the line. */
function usageError(...args: string[]): string {
  const r = lab(...args);
  expect(r.code, args.join(' ')).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr.trimEnd();
}

const SLOW = { timeout: 60_000 };

type Layer = { units: number; activation: string; gradZ: number; gradW: number; gradB: number };
const LAYER_KEYS = ['activation', 'gradB', 'gradW', 'gradZ', 'units'];
/** grads adds the theory overlay's prediction per layer (issue 10 §3). */
const GRADS_LAYER_KEYS = [...LAYER_KEYS, 'theory'].sort();
const TRAIN_KEYS = ['accuracy', 'convergedEpoch', 'diverged', 'divergence', 'epochs', 'layers', 'loss', 'testAccuracy', 'testLoss'];
const SWEEP_KEYS = ['converged', 'convergenceRate', 'medianEpochs', 'runs'];

const firstOverLast = (layers: Layer[]): number => layers[0]!.gradZ / layers[layers.length - 1]!.gradZ;

describe('lab train', SLOW, () => {
  it('learns AND with a single neuron; the JSON has exactly the contract keys', () => {
    const out = json('train', '--dataset', 'and', '--hidden', '', '--epochs', '500');
    expect(Object.keys(out).sort()).toEqual(TRAIN_KEYS);
    expect(out.accuracy).toBe(1);
    expect(out.epochs).toBe(500);
    expect(out.convergedEpoch).toEqual(expect.any(Number));
    expect(out.diverged).toBe(false);
    const layers = out.layers as Layer[];
    expect(layers).toHaveLength(1);
    expect(Object.keys(layers[0]!).sort()).toEqual(LAYER_KEYS);
    expect(layers[0]).toMatchObject({ units: 1, activation: 'sigmoid' });
  });

  it('cannot fit XOR without a hidden layer (Minsky and Papert: at most 3 of 4)', () => {
    const out = json('train', '--dataset', 'xor', '--hidden', '', '--epochs', '1000');
    expect(out.accuracy as number).toBeLessThanOrEqual(0.75);
    expect(out.convergedEpoch).toBeNull();
  });

  it('fits XOR with 4 tanh hidden units and stops at --target-accuracy', () => {
    const out = json('train', '--dataset', 'xor', '--hidden', '4', '--activation', 'tanh', '--epochs', '2000', '--target-accuracy', '1');
    expect(out.convergedEpoch).not.toBeNull();
    expect(out.epochs).toBe(out.convergedEpoch);
    const layers = out.layers as Layer[];
    expect(layers.map((l) => [l.units, l.activation])).toEqual([[4, 'tanh'], [1, 'sigmoid']]);
  });

  it('a loss follows the output: --output tanh on XOR trains with mse', () => {
    const out = json('train', '--dataset', 'xor', '--output', 'tanh', '--epochs', '1');
    expect((out.layers as Layer[]).at(-1)!.activation).toBe('tanh');
  });

  it('stops a regression run at --target-loss and reports that epoch as converged', () => {
    const out = json('train', '--dataset', 'plane', '--hidden', '', '--lr', '0.01', '--epochs', '5000', '--target-loss', '0.0001');
    expect(out.loss as number).toBeLessThanOrEqual(0.0001);
    expect(out.epochs).toBe(out.convergedEpoch);
    expect(out.accuracy).toBeNull();
  });

  it('--init-seed changes the weights and nothing else: same as --seed for the init', () => {
    const a = json('train', '--dataset', 'circle', '--seed', '3', '--init-seed', '8', '--epochs', '1');
    const b = json('train', '--dataset', 'circle', '--seed', '3', '--epochs', '1');
    expect(a.loss).not.toBe(b.loss);
    expect(json('train', '--dataset', 'circle', '--seed', '3', '--init-seed', '8', '--epochs', '1')).toEqual(a);
  });
});

describe('lab grads', SLOW, () => {
  // Sigmoid with U[+-1/sqrt(n)]: each hidden step scales dL/dz by about sqrt(1/3) * 0.245 = 0.14,
  // and the 1-unit output layer by sqrt(1/24) * 0.25 = 0.05, so 0.05 * 0.14^9 = 1e-9 over
  // ten hidden layers. ReLU with He init keeps each hidden step near 1.
  it('shows vanishing gradients for deep sigmoid and not for ReLU with He init', () => {
    const common = ['grads', '--depth', '10', '--width', '8', '--trials', '3'];
    const sig = json(...common, '--activation', 'sigmoid', '--init', 'standard');
    const relu = json(...common, '--activation', 'relu', '--init', 'he-normal');
    expect(Object.keys(sig)).toEqual(['layers']);
    const sl = sig.layers as Layer[];
    expect(sl).toHaveLength(11);
    expect(Object.keys(sl[0]!).sort()).toEqual(GRADS_LAYER_KEYS);
    expect(firstOverLast(sl)).toBeLessThan(1e-7);
    expect(firstOverLast(sl)).toBeGreaterThan(1e-12);
    expect(firstOverLast(relu.layers as Layer[])).toBeGreaterThan(1e-2);
  });

  it('gives the per-point theory per layer, anchored at the measured output (issue 10 example)', () => {
    const out = json('grads', '--depth', '20', '--width', '32', '--activation', 'tanh', '--init', 'lecun-normal', '--dataset', 'spiral3', '--points', '300', '--trials', '20');
    const l = out.layers as (Layer & { theory: number })[];
    expect(l[l.length - 1]!.theory).toBeCloseTo(l[l.length - 1]!.gradZ, 12);
    const measured = l[0]!.gradZ / l[l.length - 1]!.gradZ;
    const predicted = l[0]!.theory / l[l.length - 1]!.gradZ;
    expect(predicted / measured).toBeGreaterThan(1 / 1.25);
    expect(predicted / measured).toBeLessThan(1.25);
  });
});

describe('lab sweep', SLOW, () => {
  it('reports convergence over seeds', () => {
    const out = json('sweep', '--dataset', 'xor', '--hidden', '4', '--seeds', '3', '--epochs', '2000');
    expect(Object.keys(out).sort()).toEqual(SWEEP_KEYS);
    expect(out.runs).toBe(3);
    expect(out.converged as number).toBeGreaterThanOrEqual(1);
    expect(out.convergenceRate).toBeCloseTo((out.converged as number) / 3, 12);
    expect(out.medianEpochs).toEqual(expect.any(Number));
  });

  it('judges a regression sweep by --target-loss (a linear neuron fits the noiseless plane y = (x1 + x2) / 10 exactly)', () => {
    const out = json('sweep', '--dataset', 'plane', '--hidden', '', '--lr', '0.01', '--seeds', '3', '--epochs', '3000', '--target-loss', '0.0001');
    expect(out).toMatchObject({ runs: 3, converged: 3, convergenceRate: 1 });
  });
});

describe('lab usage errors', () => {
  const cases: [string[], RegExp][] = [
    [['train', '--lr', 'abc'], /^lab: --lr: got "abc"; expected a number/],
    [['train', '--lr', '0x10'], /^lab: --lr: got "0x10"; expected a number in \(0, 100\]$/],
    [['train', '--activation', 'foo'], /^lab: --activation: got "foo"; expected one of linear, sigmoid, tanh/],
    [['train', '--hidden', '-1'], /^lab: --hidden: got "-1"; expected/],
    [['train', '--bogus'], /^lab: --bogus: unknown flag for train; expected one of --dataset/],
    [['train', '--epochs', '0'], /^lab: --epochs: got "0"; expected an integer in \[1,/],
    [['grads', '--init', 'uniform', '--init-scale', '-2'], /^lab: --init-scale: got "-2"; expected a number in \[0,/],
    [['train', '--output', 'tanh', '--loss', 'bce'], /^lab: --loss: got "bce"; expected mse with a tanh output$/],
    [['train', '--seed'], /^lab: --seed: missing value; expected an integer in \[0, 4294967295\]/],
    [['train', '--json=1'], /^lab: --json: takes no value$/],
    [['train', 'extra'], /^lab: unexpected argument "extra"/],
    [['frobnicate'], /^lab: unknown command "frobnicate"; expected one of train, grads, sweep/],
    [[], /^lab: missing command/],
    [['train', '--dataset', 'xor', '--dataset', 'and'], /^lab: --dataset: given more than once; give it once$/],
    [['grads', '--json', '--json'], /^lab: --json: given more than once; give it once$/],
  ];
  for (const [args, message] of cases) {
    it(`exits 2 with one line for: ${args.join(' ')}`, () => {
      expect(usageError(...args)).toMatch(message);
    });
  }

  it('prints usage for --help and help, generated from the table', () => {
    for (const args of [['--help'], ['help'], ['train', '--help']]) {
      const r = lab(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^usage: lab <command>/);
      expect(r.stderr).toBe('');
    }
    const text = lab('--help').stdout;
    for (const flag of ['--init-seed N', '--target-loss X', '--momentum X', '--lr X', '--hidden "N,N"']) expect(text).toContain(flag);
    expect(text).toContain('(0, 100]; default: 0.3');
  });
  it('names the version and the kernels in use with --version: WebAssembly SIMD in Node 20', () => {
    for (const flag of ['--version', '-V']) {
      const r = lab(flag);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^lab \d+\.\d+\.\d+ \(Backprop Playground\), kernels: WebAssembly f64x2 SIMD\n$/);
      expect(r.stderr).toBe('');
    }
    expect(lab('--help').stdout).toContain('--version');
  });
});

describe('flags that cannot change the result are refused (issue 14 §5)', () => {
  const cases: [string[], string, RegExp][] = [
    [['train', '--momentum', '0.5'], 'momentum', /with --optimizer sgd/],
    [['train', '--optimizer', 'sgd', '--nesterov'], 'nesterov', /with --optimizer sgd/],
    [['train', '--optimizer', 'adam', '--nesterov'], 'nesterov', /with --optimizer adam/],
    [['train', '--dataset', 'xor', '--noise', '0.1'], 'noise', /truth table xor/],
    [['grads', '--dataset', 'and', '--points', '100'], 'points', /truth table and/],
    [['train', '--dataset', 'or', '--split', '0.8'], 'split', /truth table or/],
    [['train', '--dataset', 'circle', '--signed'], 'signed', /not a truth table/],
    [['train', '--dataset', 'plane', '--target-accuracy', '0.9'], 'target-accuracy', /regression set plane/],
    [['sweep', '--dataset', 'bumps', '--target-accuracy', '1', '--target-loss', '0.1'], 'target-accuracy', /regression set bumps/],
    [['train', '--init', 'he-normal', '--init-scale', '2'], 'init-scale', /--init he-normal/],
    [['train', '--init-scale', '2'], 'init-scale', /--init glorot-uniform/],
    [['train', '--init', 'zeros', '--init-seed', '3'], 'init-seed', /--init zeros/],
    [['train', '--hidden', '', '--activation', 'relu'], 'activation', /without hidden layers/],
    [['grads', '--depth', '0', '--activation', 'relu'], 'activation', /without hidden layers/],
    [['grads', '--hidden', '4', '--depth', '3'], 'depth', /with --hidden/],
    [['grads', '--width', '8', '--hidden', '4'], 'width', /with --hidden/],
    [['grads', '--depth', '0', '--width', '8'], 'width', /--depth 0/],
    [['sweep', '--dataset', 'plane', '--seeds', '2'], 'target-loss', /required by sweep on the regression set plane/],
    [['grads', '--seed', '4294967295', '--trials', '2'], 'trials', /expected at most 1 with --seed 4294967295/],
    [['sweep', '--seed', '4294967290', '--seeds', '10'], 'seeds', /expected at most 6 with --seed 4294967290/],
  ];
  for (const [args, flag, why] of cases) {
    it(`--${flag}: ${args.join(' ')}`, () => {
      const line = usageError(...args);
      expect(line.startsWith(`lab: --${flag}: `), line).toBe(true);
      expect(line).toMatch(why);
    });
  }

  it('keeps the documented meanings: --momentum is Adam\'s β1, and the boundary seed fits one trial', () => {
    expect(lab('train', '--optimizer', 'adam', '--momentum', '0.5', '--epochs', '1', '--json').code).toBe(0);
    expect(lab('train', '--optimizer', 'momentum', '--nesterov', '--epochs', '1', '--json').code).toBe(0);
    expect(lab('grads', '--seed', '4294967295', '--trials', '1', '--json').code).toBe(0);
  });
});
