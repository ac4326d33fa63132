/**
 * The CSV exports against hand-written files (the oracle is the text a person expects from
 * known histories and tables), and a real seeded run's table read back bit for bit.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createTrainer, resolveConfig, trainEpoch, type LayerStats } from '../core';
import { createLossHistory, pushLoss } from '../model/lossHistory';
import { gradTableCsv, lossHistoryCsv } from './exportCsv';

describe('loss history CSV', () => {
  it('writes epoch, both losses, the rate and the averaging, oldest first', () => {
    let h = createLossHistory(16);
    h = pushLoss(h, 0, 0.6931471805599453, 0.7, 0.1);
    h = pushLoss(h, 1, 0.5, 0.55, 0.1);
    h = pushLoss(h, 2, 0.25, NaN, 0.05); // no test set at this point
    h = pushLoss(h, 3, 0.125, 0.2); // no rate reported
    expect(lossHistoryCsv(h)).toBe([
      'epoch,train_loss,test_loss,learning_rate,averaged_points',
      '0,0.6931471805599453,0.7,0.1,1',
      '1,0.5,0.55,0.1,1',
      '2,0.25,,0.05,1',
      '3,0.125,0.2,,1',
      '',
    ].join('\n'));
  });

  it('says how many measurements the older, summarized rows average', () => {
    // Capacity 4: the newest 2 points stay exact, older ones are folded in pairs, then fours.
    let h = createLossHistory(4);
    for (let e = 1; e <= 8; e++) h = pushLoss(h, e, e, 10 * e, 1 / e);
    // By hand: the tail keeps 2 points, the summary 2. Pushes 3 and 4 move raw 1 and 2 into the
    // summary; push 5 halves it to [1.5] (stride 2) and starts a bucket with 3; push 6 completes
    // it (3.5); push 7 finds the summary full again, halves it to [2.5] (stride 4) and starts a
    // bucket with 5; push 8 adds 6 to it (2 of 4). The tail holds 7 and 8.
    const rows = lossHistoryCsv(h).trim().split('\n').map((l) => l.split(','));
    expect(rows).toEqual([
      ['epoch', 'train_loss', 'test_loss', 'learning_rate', 'averaged_points'],
      ['2.5', '2.5', '25', String((1 + 1 / 2 + 1 / 3 + 1 / 4) / 4), '4'],
      ['5.5', '5.5', '55', String((1 / 5 + 1 / 6) / 2), '2'],
      ['7', '7', '70', String(1 / 7), '1'],
      ['8', '8', '80', String(1 / 8), '1'],
    ]);
  });

  it('is only the header before any point', () => {
    expect(lossHistoryCsv(createLossHistory(8))).toBe('epoch,train_loss,test_loss,learning_rate,averaged_points\n');
  });
});

describe('gradient table CSV', () => {
  const stats: LayerStats[] = [
    { gradZ: 0.0012, gradW: 0.5, gradB: 0.25, actMean: 0.5, actStd: 0.125, saturated: 0.75 },
    { gradZ: 0.03, gradW: 1e-9, gradB: 2, actMean: -0.1, actStd: 0, saturated: 0 },
  ];
  const layers = [{ fn: 'sigmoid', fanOut: 8 }, { fn: 'sigmoid', fanOut: 1 }] as const;

  it('writes one row per layer, the output last, with the table\'s measures', () => {
    expect(gradTableCsv({ epoch: 12, stats, layers, theory: null })).toBe([
      'epoch,layer,kind,units,activation,grad_z_rms,grad_b_norm,grad_w_norm,activation_mean,activation_std,saturated_fraction',
      '12,1,hidden,8,sigmoid,0.0012,0.25,0.5,0.5,0.125,0.75',
      '12,2,output,1,sigmoid,0.03,2,1e-9,-0.1,0,0',
      '',
    ].join('\n'));
  });

  it('adds the theory column (log10 in, plain value out) when the panel shows it', () => {
    const csv = gradTableCsv({ epoch: 0, stats, layers, theory: [-3, NaN] });
    const [head, r1, r2] = csv.trim().split('\n');
    expect(head).toBe('epoch,layer,kind,units,activation,grad_z_rms,grad_z_theory,grad_b_norm,grad_w_norm,activation_mean,activation_std,saturated_fraction');
    expect(r1!.split(',')[6]).toBe('0.001');
    expect(r2!.split(',')[6]).toBe(''); // no prediction for that layer: an empty cell, not NaN
  });

  it('carries a seeded run\'s statistics exactly (read back bit for bit)', () => {
    const tr = createTrainer(resolveConfig({ dataset: 'circle', hidden: [4, 3], seed: 7 }));
    for (let i = 0; i < 3; i++) trainEpoch(tr);
    const layersOf = tr.net.layout.layers.map((l) => ({ fn: l.fn, fanOut: l.fanOut }));
    const parsed = Papa.parse<Record<string, string>>(gradTableCsv({ epoch: tr.epoch, stats: tr.stats, layers: layersOf, theory: null }), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r.layer, r.kind, r.units, r.activation])).toEqual([['1', 'hidden', '4', 'tanh'], ['2', 'hidden', '3', 'tanh'], ['3', 'output', '1', 'sigmoid']]);
    parsed.data.forEach((r, i) => {
      const s = tr.stats[i]!;
      expect(Number(r.epoch)).toBe(3);
      expect(Object.is(Number(r.grad_z_rms), s.gradZ) && Object.is(Number(r.grad_w_norm), s.gradW) && Object.is(Number(r.grad_b_norm), s.gradB)).toBe(true);
      expect(Object.is(Number(r.activation_mean), s.actMean) && Object.is(Number(r.saturated_fraction), s.saturated)).toBe(true);
    });
  });
});
