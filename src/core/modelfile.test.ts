/**
 * Model files: a run saved mid-epoch and loaded into a fresh trainer continues with exactly the
 * bits of the uninterrupted run (the oracle is that run itself, computed independently), and
 * every kind of broken file is refused with a message.
 */
import { describe, expect, it } from 'vitest';
import {
  createTrainer, evaluate, loadModel, modelFromJson, modelToJson, MODEL_VERSION, ModelFileError, saveModel, trainEpoch, trainStep,
  type TrainConfig,
} from './index';

const bits = (a: Float64Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');

function resumes(cfg: Partial<TrainConfig>, before: number, after: number): void {
  const whole = createTrainer(cfg);
  for (let s = 0; s < before + after; s++) trainStep(whole);
  const first = createTrainer(cfg);
  for (let s = 0; s < before; s++) trainStep(first);
  const text = modelToJson(first);
  const resumed = modelFromJson(text);
  expect(resumed.epoch).toBe(first.epoch);
  expect(bits(resumed.net.params)).toBe(bits(first.net.params));
  for (let s = 0; s < after; s++) trainStep(resumed);
  expect(bits(resumed.net.params)).toBe(bits(whole.net.params));
  expect(bits(resumed.opt.m)).toBe(bits(whole.opt.m));
  expect(evaluate(resumed).loss).toBe(evaluate(whole).loss);
}

describe('model file round trip', () => {
  it('adam, minibatches, saved mid-epoch: resumes bit for bit', () => {
    resumes({ dataset: 'spiral', hidden: [6, 4], optimizer: 'adam', lr: 0.01, batch: 10, seed: 9 }, 37, 55);
  });
  it('momentum with features, per-layer activations and a cosine schedule', () => {
    resumes({
      dataset: 'circle', hidden: [5, 3], activations: ['relu', 'sigmoid'], features: ['x1', 'x2', 'x1sq', 'sinx2'],
      optimizer: 'momentum', nesterov: true, lr: 0.05, batch: 7, schedule: 'cosine', decayEpochs: 5, lrMin: 0.2, l2: 0.001,
    }, 23, 40);
  });
  it('custom data with three classes travels inside the file', () => {
    const custom = { x: [0, 0, 1, 1, -1, 2, 3, -2, 0.5, 0.5, -3, -3], y: [0, 1, 2, 0, 1, 2], classes: 3 };
    resumes({ dataset: 'custom', custom, hidden: [4], lr: 0.1 }, 11, 17);
  });
  it('the file carries the version, config, epoch and optimizer state', () => {
    const tr = createTrainer({ dataset: 'xor', hidden: [2], optimizer: 'adam' });
    trainEpoch(tr); trainEpoch(tr);
    const f = saveModel(tr);
    expect(f.version).toBe(MODEL_VERSION);
    expect(f.epoch).toBe(2);
    expect(f.optimizer.t).toBe(2);
    expect(f.config.hidden).toEqual([2]);
  });
});

describe('model file refusals', () => {
  const good = (): Record<string, unknown> => JSON.parse(modelToJson(createTrainer({ dataset: 'xor', hidden: [3] }))) as Record<string, unknown>;
  const refuse = (f: unknown, msg: RegExp): void => {
    expect(() => loadModel(f)).toThrow(ModelFileError);
    expect(() => loadModel(f)).toThrow(msg);
  };
  it('not JSON, not an object, another format', () => {
    expect(() => modelFromJson('{oops')).toThrow(/not valid JSON/);
    refuse([1, 2], /JSON object/);
    refuse({ ...good(), format: 'keras' }, /format/);
  });
  it('another version', () => refuse({ ...good(), version: 2 }, /version 2 is not supported/));
  it('a config that does not validate', () => refuse({ ...good(), config: { ...(good().config as object), lr: -1 } }, /config is invalid: lr/));
  it('parameters that do not fit the config', () => {
    const f = good();
    refuse({ ...f, params: (f.params as number[]).slice(1) }, /params: expected 13 numbers/);
    refuse({ ...f, config: { ...(f.config as object), hidden: [4] } }, /params: expected 17 numbers/);
  });
  it('non-finite numbers (JSON writes NaN as null)', () => {
    const f = good();
    const p = [...(f.params as number[])]; p[5] = null as unknown as number;
    refuse({ ...f, params: p }, /params\[5\] is not a finite number/);
    const opt = f.optimizer as { m: number[] };
    refuse({ ...f, optimizer: { ...opt, m: opt.m.map(() => 1e400) } }, /optimizer.m\[0\]/);
  });
  it('a broken order, cursor, rng or epoch', () => {
    const f = good();
    refuse({ ...f, order: [0, 0, 1, 2] }, /permutation/);
    refuse({ ...f, cursor: 9 }, /cursor/);
    refuse({ ...f, rng: [1, 2] }, /rng/);
    refuse({ ...f, epoch: -1 }, /epoch/);
  });
});
