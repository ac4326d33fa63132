/**
 * `lab grads`: per-layer gradient sizes at initialization, averaged over seeds, with no
 * training. The vanishing-gradient experiment of Glorot and Bengio (2010) on the core.
 */
import type { TrainConfig } from '../../core/config';
import { createTrainer, measureGradients } from '../../core/trainer';
import { opt, type Parsed } from '../args';
import { archName, fmt, layerReports, layerTable, printJson, type LayerReport, type Out } from '../format';

/** `--hidden` wins; otherwise `--depth` layers of `--width` units (defaults: one layer of 4). */
export function gradsConfig(cfg: Partial<TrainConfig>, p: Parsed): Partial<TrainConfig> {
  if (p.given.includes('hidden')) return cfg;
  return { ...cfg, hidden: Array.from({ length: opt(p, 'depth') }, () => opt(p, 'width')) };
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

export function grads(cfg: TrainConfig, p: Parsed, out: Out): void {
  const trials = opt(p, 'trials');
  const { layers, arch } = meanGradients(cfg, trials);
  if (p.opts.json) {
    printJson(out, { layers });
    return;
  }
  out(layerTable(layers) + '\n');
  const first = layers[0]!.gradZ;
  const last = layers[layers.length - 1]!.gradZ;
  const steps = layers.length - 1;
  const perLayer = steps > 0 ? fmt(Math.pow(first / last, 1 / steps)) : '-';
  out(`\n${arch}, mean of ${trials} seed(s): first/output gradZ ${fmt(first / last)}, geometric mean ratio per layer ${perLayer}\n`);
}
