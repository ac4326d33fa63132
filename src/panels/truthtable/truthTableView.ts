/**
 * What the truth table shows for one model: every row's output from the core forward pass on
 * the latest weights, the head's colour domain and decision threshold. Null for data sets
 * that are not truth tables, or before weights of the model's shape arrive.
 */
import { headFacts } from '../../core/activations';
import { isTruthTable } from '../../core/datasets';
import { outputLayer } from '../../core/layout';
import type { Network } from '../../core/mlp';
import type { DataInfo, ModelInfo } from '../../core/snapshotTypes';
import { forwardPoints } from '../../model/pointPass';
import { outputDomain } from '../../viz/domains';
import { truthRows, type TruthRow } from './truthRows';

export interface TruthTableView {
  /** The data set's name in capitals ("XOR"). */
  name: string;
  rows: TruthRow[];
  domain: [number, number];
  /** Output value above which a row counts as class 1. */
  threshold: number;
}

/** `net` is a scratch network of the model's spec (model/pointPass networkFor). */
export function truthTableView(info: ModelInfo, data: DataInfo, net: Network, params: ArrayLike<number> | null): TruthTableView | null {
  if (!isTruthTable(info.config.dataset) || !params || params.length !== net.params.length) return null;
  const pass = forwardPoints(net, params, data.trainX, data.trainY.length);
  const out = outputLayer(info.layout);
  return {
    name: info.config.dataset.toUpperCase(),
    rows: truthRows(data.trainX, data.trainY, pass.acts[pass.acts.length - 1]!, out.fanOut, out.fn),
    domain: outputDomain(out.fn, data.classes),
    // Two classes: a softmax head's class-1 probability decides above 1/2, like the argmax.
    threshold: out.fanOut > 1 ? 0.5 : headFacts(out.fn).threshold,
  };
}
