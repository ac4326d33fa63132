import { describe, expect, it } from 'vitest';
import { OUTPUTS } from '../../core/activations';
import { resolveConfig } from '../../core/config';
import { DATASETS } from '../../core/datasets';
import { lossAfterOutput, parseBounded, LR_BOUNDS, validLosses, validOutputs } from './headOptions';

describe('output and loss options', () => {
  it('every offered pair is one the core accepts (checked against validateConfig)', () => {
    for (const dataset of DATASETS) {
      for (const output of validOutputs(dataset)) {
        for (const loss of validLosses(output)) {
          expect(() => resolveConfig({ dataset, output, loss })).not.toThrow();
        }
      }
    }
  });

  it('every pair the core accepts is offered', () => {
    for (const dataset of DATASETS) {
      for (const output of OUTPUTS) {
        for (const loss of ['mse', 'bce', 'ce'] as const) {
          let ok = true;
          try { resolveConfig({ dataset, output, loss }); } catch { ok = false; }
          const offered = validOutputs(dataset).includes(output) && validLosses(output).includes(loss);
          expect(offered, `${dataset} ${output} ${loss}`).toBe(ok);
        }
      }
    }
  });

  it('softmax only for three classes; bce only with sigmoid; ce only with softmax', () => {
    expect(validOutputs('spiral3')).toEqual(['softmax']);
    expect(validOutputs('xor')).not.toContain('softmax');
    expect(validLosses('sigmoid')).toEqual(['mse', 'bce']);
    expect(validLosses('softmax')).toEqual(['ce']);
    expect(validLosses('tanh')).toEqual(['mse']);
  });

  it('picks a valid loss when the output changes', () => {
    expect(lossAfterOutput('tanh', 'bce')).toBe('mse');
    expect(lossAfterOutput('sigmoid', 'mse')).toBe('mse');
    expect(lossAfterOutput('sigmoid', 'ce')).toBe('bce');
    expect(lossAfterOutput('softmax', 'mse')).toBe('ce');
  });
});

describe('parseBounded', () => {
  it('accepts numbers in range and explains the rest', () => {
    expect(parseBounded('0.03', LR_BOUNDS)).toEqual({ value: 0.03 });
    expect(parseBounded('1e-5', LR_BOUNDS)).toEqual({ value: 1e-5 });
    for (const bad of ['0', '-1', '1000', 'abc', '', 'NaN', 'Infinity']) {
      expect(parseBounded(bad, LR_BOUNDS)).toHaveProperty('error');
    }
  });
});
