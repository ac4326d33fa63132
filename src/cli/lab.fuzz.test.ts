/**
 * CLI fuzz, in-process (issue 14 §7): hundreds of good and bad argument lists. Every good one
 * exits 0 and prints one strict JSON object with the documented keys; every bad one exits 2
 * with exactly one stderr line that names the flag that was broken. Runs are kept tiny (a few
 * points, one to three epochs) so the whole file takes seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, INITS } from '../core';
import { main } from './lab';

function lab(args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

const KEYS = {
  train: ['accuracy', 'convergedEpoch', 'diverged', 'divergence', 'epochs', 'layers', 'loss', 'testAccuracy', 'testLoss'],
  grads: ['layers'],
  sweep: ['converged', 'convergenceRate', 'medianEpochs', 'runs'],
} as const;
const LAYER_KEYS = ['activation', 'gradB', 'gradW', 'gradZ', 'units'];
/** grads adds the theory overlay's prediction per layer (issue 10 §3). */
const GRADS_LAYER_KEYS = [...LAYER_KEYS, 'theory'].sort();

type Cmd = keyof typeof KEYS;
type Flags = [string, string | null][];

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((v) => String(v));
const intIn = (min: number, max: number) => fc.integer({ min, max }).map(String);
const widths = fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(','));

/** A command line that is valid and meaningful: every flag given can change the result. */
const good: fc.Arbitrary<{ cmd: Cmd; flags: Flags }> = fc.record({
  cmd: fc.constantFrom<Cmd>('train', 'grads', 'sweep'),
  dataset: fc.constantFrom('circle', 'moons', 'gaussians', 'spiral', 'xor-quadrants'),
  points: intIn(8, 30),
  noise: num(0, 1),
  split: fc.double({ min: 0.2, max: 1, noNaN: true }).map(String),
  seed: intIn(0, 1000),
  hidden: widths,
  activation: fc.constantFrom(...ACTIVATIONS),
  init: fc.constantFrom(...INITS),
  initScale: num(0, 2),
  output: fc.constantFrom('sigmoid', 'tanh', 'linear', null),
  optimizer: fc.constantFrom('sgd', 'momentum', 'adam'),
  momentum: num(0, 0.99),
  nesterov: fc.boolean(),
  lr: fc.double({ min: 1e-4, max: 1, noNaN: true }).map(String),
  batch: intIn(0, 10),
  l2: num(0, 0.1),
  epochs: intIn(1, 3),
  runs: intIn(1, 2),
}).map((r) => {
  const flags: Flags = [
    ['dataset', r.dataset], ['points', r.points], ['noise', r.noise], ['split', r.split], ['seed', r.seed],
    ['hidden', r.hidden], ['activation', r.activation], ['init', r.init],
  ];
  if (r.init === 'uniform' || r.init === 'normal') flags.push(['init-scale', r.initScale]);
  if (r.output) flags.push(['output', r.output]);
  if (r.cmd === 'grads') flags.push(['trials', r.runs]);
  else {
    flags.push(['optimizer', r.optimizer], ['lr', r.lr], ['batch', r.batch], ['l2', r.l2], ['epochs', r.epochs]);
    if (r.optimizer !== 'sgd') flags.push(['momentum', r.momentum]);
    if (r.optimizer === 'momentum' && r.nesterov) flags.push(['nesterov', null]);
    if (r.cmd === 'sweep') flags.push(['seeds', r.runs]);
  }
  return { cmd: r.cmd, flags };
});

const argv = (cmd: Cmd, flags: Flags): string[] => [cmd, ...flags.flatMap(([f, v]) => (v === null ? [`--${f}`] : [`--${f}`, v])), '--json'];

/** Values no number flag accepts under the shared decimal rule and its bounds. */
const badNumber = fc.constantFrom('0x10', 'abc', '', 'NaN', 'Infinity', '1e999', '-7', '1.5.2', '3abc', '99999999999');

/** One way to break a good line, and the flag the message must name. */
const broken = good.chain(({ cmd, flags }) => fc.oneof(
  // A bad value for a number flag that is present.
  fc.constantFrom(...flags.filter(([f, v]) => v !== null && !['dataset', 'activation', 'init', 'output', 'optimizer', 'hidden', 'noise', 'split', 'seed', 'batch', 'l2', 'init-scale'].includes(f)).map(([f]) => f))
    .chain((flag) => badNumber.map((v) => ({ cmd, flags: flags.map(([f, x]): [string, string | null] => (f === flag ? [f, v] : [f, x])), flag }))),
  // A bad name for a choice flag.
  fc.constantFrom('dataset', 'activation', 'init').chain((flag) => fc.constantFrom('__proto__', 'constructor', 'foo', '', 'TANH')
    .map((v) => ({ cmd, flags: flags.map(([f, x]): [string, string | null] => (f === flag ? [f, v] : [f, x])), flag }))),
  // Bad widths.
  fc.constantFrom('4,-1', '0,4', '4,,4', 'x', '129', '4.5').map((v) => ({ cmd, flags: flags.map(([f, x]): [string, string | null] => (f === 'hidden' ? [f, v] : [f, x])), flag: 'hidden' })),
  // An unknown flag, also one named after an inherited member.
  fc.constantFrom('bogus', '__proto__', 'constructor', 'toString', 'target-accurac').map((u) => ({ cmd, flags: [...flags, [u, '1'] as [string, string]], flag: u })),
  // A flag that has no effect in this combination.
  fc.constantFrom(
    { extra: ['nesterov', null], when: (c: Cmd, fl: Flags) => c !== 'grads' && !fl.some(([f, v]) => f === 'optimizer' && v === 'momentum') },
    { extra: ['momentum', '0.5'], when: (c: Cmd, fl: Flags) => c !== 'grads' && fl.some(([f, v]) => f === 'optimizer' && v === 'sgd') },
    { extra: ['signed', null], when: () => true },
    { extra: ['init-scale', '2'], when: (_: Cmd, fl: Flags) => !fl.some(([f, v]) => f === 'init' && (v === 'uniform' || v === 'normal')) },
  ).filter((m) => m.when(cmd, flags)).map((m) => ({ cmd, flags: [...flags.filter(([f]) => f !== m.extra[0]), m.extra as [string, string | null]], flag: m.extra[0] as string })),
  // A truth table with a flag only continuous sets use.
  fc.constantFrom('noise', 'points', 'split').map((flag) => ({
    cmd, flags: flags.map(([f, x]): [string, string | null] => (f === 'dataset' ? [f, 'xor'] : [f, x])).filter(([f]) => f !== 'noise' && f !== 'points' && f !== 'split').concat([[flag, flag === 'points' ? '10' : '0.5']]), flag,
  })),
));

describe('lab fuzz', { timeout: 180_000 }, () => {
  it('every good command line prints one strict JSON object with the documented keys', () => {
    fc.assert(fc.property(good, ({ cmd, flags }) => {
      const r = lab(argv(cmd, flags));
      expect(r.stderr, argv(cmd, flags).join(' ')).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.endsWith('\n')).toBe(true);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      const out = JSON.parse(lines[0]!) as Record<string, unknown>;
      expect(Object.keys(out).sort()).toEqual([...KEYS[cmd]]);
      if ('layers' in out) {
        for (const l of out.layers as object[]) expect(Object.keys(l).sort()).toEqual(cmd === 'grads' ? GRADS_LAYER_KEYS : LAYER_KEYS);
      }
    }), { numRuns: 250 });
  });

  it('every bad command line exits 2 with one stderr line that names the broken flag', () => {
    fc.assert(fc.property(broken, ({ cmd, flags, flag }) => {
      const args = argv(cmd, flags);
      const r = lab(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0], args.join(' ')).toMatch(new RegExp(`^lab: --${flag.replace(/[-_]/g, '\\$&')}: `));
    }), { numRuns: 400 });
  });
});
