/**
 * `lab grads`: per-layer gradient sizes at initialization, averaged over seeds, with no
 * training. The vanishing-gradient experiment of Glorot and Bengio (2010) on the core.
 */
import type { TrainConfig } from '../../core/config';
import { createTrainer, measureGradients } from '../../core/trainer';
import { meanSquare, predictGradientFactors, squaredNorms } from '../../core/theory';
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
    // The overlay's prediction per layer: mean-field theory with the inputs taken per point,
    // anchored at the measured output gradZ (so it reads as a gradZ).
    const shape = theoryShape(cfg);
    const outZ = layers[layers.length - 1]!.gradZ;
    printJson(out, { layers: layers.map((l, i) => ({ ...l, theory: shape && Number.isFinite(shape[i]! * outZ) ? shape[i]! * outZ : null })) });
    return;
  }
  out(layerTable(layers) + '\n');
  const first = layers[0]!.gradZ;
  const last = layers[layers.length - 1]!.gradZ;
  const steps = layers.length - 1;
  const perLayer = steps > 0 ? fmt(Math.pow(first / last, 1 / steps)) : '-';
  out(`\n${arch}, mean of ${trials} seed(s): first/output gradZ ${fmt(first / last)}, geometric mean ratio per layer ${perLayer}\n`);
}

/** Predicted gradZ_l / gradZ_out per weighted layer for this config's data (seed as given), or null. */
function theoryShape(cfg: TrainConfig): number[] | null {
  const tr = createTrainer(cfg);
  const x = tr.data.train.x.subarray(0, 2 * tr.data.train.n);
  const layers = tr.net.layout.layers;
  if (!layers.slice(0, -1).every((l) => l.fn === cfg.activation)) return null;
  return predictGradientFactors({
    inputs: 2, inputSecondMoment: meanSquare(x), inputSquaredNorms: squaredNorms(x, 2), hidden: cfg.hidden,
    activation: cfg.activation, init: cfg.init, initScale: cfg.initScale, outputs: layers[layers.length - 1]!.fanOut,
  }).cumulative;
}
