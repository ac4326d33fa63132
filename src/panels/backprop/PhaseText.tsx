/**
 * What the current phase computes, in words with the example's own numbers: the forward sum,
 * the loss and where δ starts, the chain of factors on the way back, the gradients, and the
 * SGD step with the loss before and after it.
 */
import type { ExampleTrace, Phase } from '../../core/backprop';
import { sgdPreview, type LayerSignal } from '../../core/influence';
import { useT } from '../../i18n';
import { sig3, sig6, times } from './bpFormat';

export interface PhaseTextProps {
  trace: ExampleTrace;
  phase: Phase;
  signals: LayerSignal[];
  lr: number;
  /** Why real training's step differs from this one-example SGD step (the container words it per optimizer). */
  updateNote: string;
}

const list = (v: ArrayLike<number>) => Array.from(v, sig3).join(', ');

export function PhaseText({ trace, phase, signals, lr, updateNote }: PhaseTextProps) {
  const t = useT();
  const L = trace.delta.length;
  const k = phase.layer - 1;
  const fn = trace.layout.layers[Math.max(0, k)]!.fn;
  switch (phase.kind) {
    case 'forward':
      return (
        <div className="bp-text">
          <p>{t('backprop.text.forward', { fn })}</p>
          <p className="bp-mono">z = {list(trace.z[k]!)}<br />a = {list(trace.a[phase.layer]!)}</p>
        </div>
      );
    case 'loss': {
      const out = trace.layout.layers[L - 1]!;
      return (
        <div className="bp-text">
          <p>{t(`backprop.text.loss.${trace.loss}`)}</p>
          <p className="bp-mono">L = {sig3(trace.lossValue)} · t = {list(trace.t)}<br />∂L/∂a = {list(trace.dLdA[L - 1]!)}<br />δ = {list(trace.delta[L - 1]!)}</p>
          <p>{trace.deltaIsAMinusT ? t('backprop.text.aMinusT', { pair: `${out.fn} + ${trace.loss.toUpperCase()}` }) : t('backprop.text.chainOut', { fn: out.fn })}</p>
        </div>
      );
    }
    case 'backward': {
      if (phase.layer === L) {
        return (
          <div className="bp-text">
            <p>{t('backprop.text.backwardOut')}</p>
            <p className="bp-mono">δ = {list(trace.delta[k]!)}</p>
          </div>
        );
      }
      const s = signals[k]!;
      const total = signals[k]!.deltaRms / signals[L - 1]!.deltaRms;
      return (
        <div className="bp-text">
          <p>{t('backprop.text.backward')}</p>
          <p className="bp-mono">f′(z) = {list(trace.fPrime[k]!)}<br />δ = {list(trace.delta[k]!)}</p>
          {fn === 'sigmoid' && <p>{t('backprop.text.sigmoidBound')}</p>}
          <p className="bp-factor-words" data-testid="bp-factor-words">
            {Number.isFinite(s.ratio)
              ? t('backprop.text.factor', { n: phase.layer, r: sig3(s.ratio), w: sig3(s.weights), fn, f: sig3(s.activation) })
              : t('backprop.text.noSignal', { n: phase.layer })}
            {Number.isFinite(total) && phase.layer < L - 1 && ` ${t('backprop.text.sinceOutput', { r: times(total) })}`}
          </p>
        </div>
      );
    }
    case 'gradients':
      return (
        <div className="bp-text">
          <p>{t('backprop.text.gradients')}</p>
          <p className="bp-mono">∂L/∂b = δ · ∂L/∂w = δ·a</p>
        </div>
      );
    case 'update': {
      const step = sgdPreview(trace, lr);
      return (
        <div className="bp-text">
          <p>{t('backprop.text.update', { lr: sig3(lr) })}</p>
          <dl className="bp-readout">
            <dt>{t('backprop.lossBefore')}</dt>
            <dd className="bp-mono" data-testid="bp-loss-before" data-value={step.lossBefore}>{sig6(step.lossBefore)}</dd>
            <dt>{t('backprop.lossAfter')}</dt>
            <dd className="bp-mono" data-testid="bp-loss-after" data-value={step.lossAfter}>{sig6(step.lossAfter)}</dd>
          </dl>
          <p className="bp-note">{updateNote}</p>
        </div>
      );
    }
  }
}
