/** The play-state status of a stopped run, for the engine's 'status' message. */
import { divergenceOf, type Trainer } from '../core';
import type { DivergenceReport } from './protocol';

/** The status fields for a run that has (or has not) diverged: the structured report and a plain-English fallback. */
export function divergedStatus(trainers: Trainer[], diverged: boolean): { message: string | null; divergence: DivergenceReport | null } {
  const i = trainers.findIndex((t) => t.diverged);
  if (!diverged || i < 0) return { message: null, divergence: null };
  const tr = trainers[i]!;
  const info = tr.divergence ?? divergenceOf(tr.epoch, tr.settings, 'non-finite', null);
  const which = trainers.length > 1 ? (i === 0 ? 'Network A' : 'Network B') : 'Training';
  const cause = info.cause === 'l2' ? `lr x L2 = ${tr.settings.lr * tr.settings.l2} makes each step multiply the weights by ${info.detail.decay}`
    : info.cause === 'momentum' ? `momentum ${tr.settings.momentum} with learning rate ${tr.settings.lr}`
    : `learning rate ${tr.settings.lr} is probably too large`;
  return {
    message: `${which} diverged at epoch ${info.epoch} (${info.detail.signal}): ${cause}. The weights before the failed step are kept; change that setting and press reset.`,
    divergence: { model: i, models: trainers.length, info },
  };
}
