import { describe, expect, it } from 'vitest';
import { createTrainer, evaluate, trainEpoch } from '../../core/trainer';
import type { DataInfo } from '../../core/snapshotTypes';
import { modelInfo } from '../../worker/snapshot';
import { networkFor } from '../../model/pointPass';
import { truthTableView } from './truthTableView';

function dataOf(tr: ReturnType<typeof createTrainer>): DataInfo {
  const d = tr.data;
  return { classes: d.classes, extent: [...d.extent] as DataInfo['extent'], trainX: d.train.x, trainY: d.train.y, testX: d.test.x, testY: d.test.y };
}

describe('truthTableView', () => {
  it.each([['sigmoid', 0.5], ['tanh', 0]] as const)('agrees with the trainer’s own accuracy on XOR (%s output, threshold %s)', (output, threshold) => {
    const tr = createTrainer({ dataset: 'xor', hidden: [3], activation: 'tanh', output, loss: 'mse', seed: 4 });
    for (let e = 0; e < 40; e++) trainEpoch(tr);
    const info = modelInfo(tr);
    const v = truthTableView(info, dataOf(tr), networkFor(info), Float32Array.from(tr.net.params))!;
    expect(v.name).toBe('XOR');
    expect(v.threshold).toBe(threshold);
    expect(v.domain).toEqual(output === 'tanh' ? [-1, 1] : [0, 1]);
    // The trainer counts correct rows on its float64 weights; float32 copies do not flip a row here.
    expect(v.rows.filter((r) => r.correct).length / 4).toBe(evaluate(tr, 'train').accuracy);
    expect(v.rows.map((r) => r.target)).toEqual([0, 1, 1, 0]);
  });

  it('is null for other data sets and for weights of another shape', () => {
    const tr = createTrainer({ dataset: 'circle', points: 20, hidden: [2], seed: 1 });
    const info = modelInfo(tr);
    expect(truthTableView(info, dataOf(tr), networkFor(info), tr.net.params)).toBeNull();
    const xor = createTrainer({ dataset: 'xor', hidden: [2], seed: 1 });
    const xi = modelInfo(xor);
    expect(truthTableView(xi, dataOf(xor), networkFor(xi), new Float32Array(3))).toBeNull();
    expect(truthTableView(xi, dataOf(xor), networkFor(xi), null)).toBeNull();
  });
});
