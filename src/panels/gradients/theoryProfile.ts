/**
 * The theory overlay: what mean-field theory (core/theory.ts) predicts for each layer's
 * dL/dz at initialization, anchored at the measured output layer, and the sigmoid's
 * 1/4-per-layer derivative bound. The shape depends only on the config and the data, so it
 * is computed once per build; anchoring it is cheap enough for every snapshot.
 */
import { meanSquare, predictGradientFactors, SIGMOID_DERIVATIVE_BOUND, squaredNorms, type TrainConfig } from '../../core';

/** The relative prediction: log10(predicted gradZ_l / gradZ_out) per weighted layer. */
export interface TheoryShape {
  relative: number[];
  /** Predicted factor per hidden layer (geometric mean); NaN with no hidden layer. */
  perLayer: number;
  sigmoid: boolean;
}

export interface TheoryProfile {
  /** log10 of the predicted gradZ per weighted layer (hidden first, output last). */
  predicted: number[];
  perLayer: number;
  /** log10 of gradZ_out * 0.25^(layers above) for sigmoid nets; null otherwise. */
  sigmoidBound: number[] | null;
}

/** `trainX` is the training inputs [n x 2]: the first layer's input scale enters the forward variance. */
export function theoryShape(config: TrainConfig, outputs: number, trainX: ArrayLike<number>): TheoryShape {
  const t = predictGradientFactors({
    inputs: 2, inputSecondMoment: meanSquare(trainX), inputSquaredNorms: squaredNorms(trainX, 2), hidden: config.hidden,
    activation: config.activation, init: config.init, initScale: config.initScale, outputs,
  });
  const H = t.cumulative.length - 1;
  return {
    relative: t.cumulative.map((c) => (c > 0 ? Math.log10(c) : -Infinity)),
    perLayer: H > 0 ? t.cumulative[0]! ** (1 / H) : NaN,
    sigmoid: config.activation === 'sigmoid',
  };
}

/** The shape anchored at the measured output gradZ; null without a positive anchor. */
export function anchorTheory(shape: TheoryShape, outputGradZ: number): TheoryProfile | null {
  if (!(outputGradZ > 0) || !Number.isFinite(outputGradZ)) return null;
  const anchor = Math.log10(outputGradZ);
  const L = shape.relative.length;
  return {
    predicted: shape.relative.map((r) => anchor + r),
    perLayer: shape.perLayer,
    sigmoidBound: shape.sigmoid ? shape.relative.map((_, l) => anchor + (L - 1 - l) * Math.log10(SIGMOID_DERIVATIVE_BOUND)) : null,
  };
}
