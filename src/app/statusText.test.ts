import { afterEach, describe, expect, it } from 'vitest';
import { createTrainer, trainEpoch, type TrainConfig } from '../core';
import { i18n, setLang, t } from '../i18n';
import type { DivergenceReport } from '../worker/protocol';
import { divergenceText, failureText } from './statusText';

/** The structured report the engine would send for a run of this config. */
function report(cfg: Partial<TrainConfig>, epochs = 500): DivergenceReport {
  const tr = createTrainer(cfg);
  while (tr.epoch < epochs && trainEpoch(tr));
  if (!tr.divergence) throw new Error('expected a divergence');
  return { model: 0, models: 1, info: tr.divergence };
}

afterEach(() => setLang('en'));

describe('status banner text', () => {
  it('XOR with lr 0.3 and L2 10 names lr x L2 and the factor 1 - lr*L2 = -2', () => {
    const text = divergenceText(t, report({ dataset: 'xor', lr: 0.3, l2: 10 }));
    expect(text).toMatch(/^Training diverged at epoch \d:/);
    expect(text).toContain('L2 10 and learning rate 0.3');
    expect(text).toContain('1 − lr·L2 = -2');
    expect(text).not.toContain('NaN');
  });

  it('a momentum blow-up names momentum and the effective step lr / (1 - momentum)', () => {
    const text = divergenceText(t, report({ dataset: 'plane', hidden: [3], activation: 'tanh', optimizer: 'momentum', momentum: 0.9, batch: 10, lr: 5 }, 200));
    expect(text).toContain('momentum 0.9');
    expect(text).toContain('plain step of 50');
  });

  it('in compare mode it says which network', () => {
    const r = report({ dataset: 'plane', hidden: [], lr: 20 }, 200);
    expect(divergenceText(t, { ...r, model: 1, models: 2 })).toMatch(/^Network B diverged/);
    expect(divergenceText(t, r)).toContain('learning rate 20');
  });

  it('is complete in Korean', async () => {
    await setLang('ko');
    expect(i18n.language).toBe('ko');
    const text = divergenceText(t, report({ dataset: 'xor', lr: 0.3, l2: 10 }));
    expect(text).toContain('발산');
    expect(text).toContain('학습률');
    expect(text).not.toMatch(/app\.banner/);
  });

  it('words each worker failure', () => {
    expect(failureText(t, 'stalled', 'x')).toContain('stopped answering for 5 s');
    expect(failureText(t, 'load', '404')).toContain('could not be loaded (404)');
    expect(failureText(t, 'crashed', 'boom')).toContain('crashed (boom)');
  });
});
