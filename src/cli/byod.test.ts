/**
 * The `lab` flags for your own data, input features, per-layer activations, rate schedules and
 * model files: results against the uninterrupted run and the XOR lesson, and the one-line usage
 * contract (exit 2) for every bad value.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './lab';

function lab(...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '', stderr = '';
  const code = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

function json(...args: string[]): Record<string, unknown> {
  const r = lab(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

function usageError(...args: string[]): string {
  const r = lab(...args);
  expect(r.code, args.join(' ')).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr.trimEnd();
}

const dir = mkdtempSync(join(tmpdir(), 'lab-byod-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('lab: features, activations, schedules', () => {
  it('one neuron solves XOR with the product feature, and not without it', () => {
    expect(json('train', '--dataset', 'xor', '--hidden', '', '--features', 'x1,x2,x1x2', '--lr', '1', '--epochs', '3000').accuracy).toBe(1);
    expect(json('train', '--dataset', 'xor', '--hidden', '', '--lr', '1', '--epochs', '3000').accuracy as number).toBeLessThanOrEqual(0.75);
  });

  it('per-layer activations show in the layer report', () => {
    const r = json('train', '--dataset', 'circle', '--hidden', '3,3', '--activations', 'relu,sigmoid', '--epochs', '1');
    expect((r.layers as { activation: string }[]).map((l) => l.activation)).toEqual(['relu', 'sigmoid', 'sigmoid']);
  });

  it('bad values exit 2 with one line naming the flag', () => {
    expect(usageError('train', '--features', 'x9')).toMatch(/^lab: --features: got "x9"; expected a comma-separated list from x1, x2, x1sq/);
    expect(usageError('train', '--features', '')).toMatch(/--features/);
    expect(usageError('train', '--activations', 'relu,cosh')).toMatch(/^lab: --activations: got "relu,cosh"; expected/);
    expect(usageError('train', '--schedule', 'saw')).toMatch(/^lab: --schedule: got "saw"; expected one of constant, step, exponential, cosine/);
    expect(usageError('train', '--schedule', 'step', '--decay', '0')).toMatch(/^lab: --decay: got "0"; expected a number in \(0, 1\]/);
    expect(usageError('train', '--decay', '0.5')).toMatch(/^lab: --decay: has no effect with --schedule constant/);
    expect(usageError('train', '--schedule', 'step', '--lr-min', '0.1')).toMatch(/--lr-min: has no effect with --schedule step/);
    expect(usageError('train', '--hidden', '', '--activations', 'relu')).toMatch(/--activations: has no effect without hidden layers/);
  });
});

describe('lab --data', () => {
  it('trains on the points of a CSV file', () => {
    const rows = ['x1,x2,label'];
    for (let i = 0; i < 40; i++) rows.push(`${(i % 8) - 4},${Math.floor(i / 8) - 2},${(i % 8) < 4 ? 0 : 1}`);
    const r = json('train', '--data', file('good.csv', rows.join('\n')), '--hidden', '', '--epochs', '500', '--lr', '1');
    expect(r.accuracy).toBe(1);
  });

  it('a bad file, a missing file and a clash exit 2 with one line', () => {
    expect(usageError('train', '--data', file('bad.csv', 'x1,x2,label\n1,2,0\n3,abc,1\n'))).toMatch(/^lab: --data: line 3: x2 "abc" is not a finite number/);
    expect(usageError('train', '--data', join(dir, 'nope.csv'))).toMatch(/^lab: --data: cannot read .*nope\.csv.*ENOENT/);
    expect(usageError('train', '--data', file('ok.csv', '0,0,0\n1,1,1\n'), '--dataset', 'xor')).toMatch(/^lab: --dataset: got "xor"; expected custom/);
    expect(usageError('train', '--rescale')).toMatch(/^lab: --rescale: has no effect without --data/);
  });
});

describe('lab --save-model / --load-model', () => {
  it('20 epochs, saved, loaded and 30 more give the bits of 50 straight', () => {
    const args = ['--dataset', 'moons', '--hidden', '5', '--batch', '8', '--optimizer', 'adam', '--lr', '0.01'];
    const straight = json('train', ...args, '--epochs', '50');
    const path = join(dir, 'm.json');
    json('train', ...args, '--epochs', '20', '--save-model', path);
    const resumed = json('train', '--load-model', path, '--epochs', '30');
    expect(resumed.epochs).toBe(50);
    expect(resumed.loss).toBe(straight.loss);
    expect(resumed.testLoss).toBe(straight.testLoss);
  }, 60_000);

  it('refuses config flags with --load-model, and broken files', () => {
    const path = join(dir, 'm2.json');
    json('train', '--dataset', 'xor', '--epochs', '2', '--save-model', path);
    expect(usageError('train', '--load-model', path, '--lr', '0.1')).toMatch(/^lab: --lr: has no effect with --load-model/);
    expect(usageError('train', '--load-model', file('v9.json', '{"format":"backprop-playground-model","version":9}'))).toMatch(/^lab: --load-model: model file version 9 is not supported/);
    expect(usageError('train', '--load-model', file('junk.json', 'hello'))).toMatch(/not valid JSON/);
    expect(usageError('grads', '--load-model', path)).toMatch(/--load-model: unknown flag for grads/);
  });
});
