/**
 * `lab grads`: per-layer gradient sizes at initialization, averaged over seeds, with no
 * training. The vanishing-gradient experiment of Glorot and Bengio (2010) on the core.
 */
import { LIMITS, type TrainConfig } from '../../core/config';
import { createTrainer, measureGradients } from '../../core/trainer';
import { numberFlag, type Values } from '../args';
import { archName, fmt, layerReports, layerTable, printJson, type LayerReport } from '../format';

/** `--hidden` wins; otherwise `--depth` layers of `--width` units (defaults: one layer of 4). */
export function gradsConfig(cfg: Partial<TrainConfig>, values: Values): Partial<TrainConfig> {
  const depth = numberFlag(values, 'depth', 1, 0, LIMITS.maxLayers);
  const width = numberFlag(values, 'width', 4, 1, LIMITS.maxWidth);
  if (values.hidden !== undefined) return cfg;
  return { ...cfg, hidden: Array.from({ length: depth }, () => width) };
}

/** Mean of each layer's stats over `trials` seeds: seed, seed + 1, ... */
export function meanGradients(cfg: Partial<TrainConfig>, trials: number): { layers: LayerReport[]; arch: string } {
  const seed = cfg.seed ?? 1;
  let sum: LayerReport[] = [];
  let arch = '';
  for (let t = 0; t < trials; t++) {
    const tr = createTrainer({ ...cfg, seed: seed + t });
    const layers = layerReports(tr.net, measureGradients(tr));
    arch = archName(tr.net);
    sum = t === 0 ? layers : sum.map((s, i) => ({
      ...s, gradZ: s.gradZ + layers[i]!.gradZ, gradW: s.gradW + layers[i]!.gradW, gradB: s.gradB + layers[i]!.gradB,
    }));
  }
  return { layers: sum.map((s) => ({ ...s, gradZ: s.gradZ / trials, gradW: s.gradW / trials, gradB: s.gradB / trials })), arch };
}

export function grads(cfg: Partial<TrainConfig>, values: Values): void {
  const trials = numberFlag(values, 'trials', 1, 1, 10_000);
  const { layers, arch } = meanGradients(gradsConfig(cfg, values), trials);
  if (values.json) {
    printJson({ layers });
    return;
  }
  console.log(layerTable(layers));
  const first = layers[0]!.gradZ;
  const last = layers[layers.length - 1]!.gradZ;
  const steps = layers.length - 1;
  const perLayer = steps > 0 ? fmt(Math.pow(first / last, 1 / steps)) : '-';
  console.log(`\n${arch}, mean of ${trials} seed(s): first/output gradZ ${fmt(first / last)}, geometric mean ratio per layer ${perLayer}`);
}
