/**
 * The derivative as influence: add ε to one weight, bias or input and compare the loss's
 * actual change (a new forward pass) with the derivative's prediction dL/dθ·ε. As ε shrinks
 * their ratio goes to 1. ε moves on a log slider from 0.001 to 0.5.
 */
import { nudge, type NudgeTarget } from '../../core/influence';
import type { ExampleTrace } from '../../core/backprop';
import { useT } from '../../i18n';
import { sig3 } from './bpFormat';
import { targetSymbol } from './targets';

export interface NudgeControlProps {
  trace: ExampleTrace;
  target: NudgeTarget;
  epsilon: number;
  onEpsilon(eps: number): void;
}

const LOG_MIN = Math.log10(0.001);
const LOG_MAX = Math.log10(0.5);
const STEPS = 1000;

/** Slider position 0..STEPS for ε, and back (log scale, rounded to 3 significant digits). */
export const toSlider = (eps: number) => Math.round(((Math.log10(eps) - LOG_MIN) / (LOG_MAX - LOG_MIN)) * STEPS);
export const fromSlider = (pos: number) => Number((10 ** (LOG_MIN + (pos / STEPS) * (LOG_MAX - LOG_MIN))).toPrecision(3));

export function NudgeControl({ trace, target, epsilon, onEpsilon }: NudgeControlProps) {
  const t = useT();
  const r = nudge(trace, target, epsilon);
  const sym = targetSymbol(target);
  const where = target.kind === 'input' ? t('backprop.nudge.input') : t('backprop.nudge.inLayer', { n: target.layer + 1 });
  return (
    <section className="bp-nudge" aria-label={t('backprop.nudge.title')}>
      <h4>{t('backprop.nudge.title')}</h4>
      <p className="bp-note">{t('backprop.nudge.pick')}</p>
      <p className="bp-nudge-what">
        {t('backprop.nudge.what', { sym, where })} <span className="bp-mono">∂L/∂{sym} = {sig3(r.derivative)}</span>
      </p>
      <label className="bp-eps">
        <span>ε = <b className="bp-mono">{sig3(epsilon)}</b></span>
        <input
          type="range" min={0} max={STEPS} step={1} value={toSlider(epsilon)} data-testid="nudge-epsilon" data-value={epsilon}
          aria-label={t('backprop.nudge.epsilon')} aria-valuetext={String(epsilon)}
          onChange={(e) => onEpsilon(fromSlider(Number(e.target.value)))}
        />
      </label>
      <div className="bp-eps-presets">
        {[0.001, 0.01, 0.1, 0.5].map((v) => (
          <button key={v} type="button" aria-pressed={v === epsilon} onClick={() => onEpsilon(v)}>{v}</button>
        ))}
      </div>
      <dl className="bp-readout">
        <dt>{t('backprop.nudge.actual')}</dt>
        <dd className="bp-mono" data-testid="nudge-actual" data-value={r.actual}>{sig3(r.actual)}</dd>
        <dt>{t('backprop.nudge.predicted', { sym })}</dt>
        <dd className="bp-mono" data-testid="nudge-predicted" data-value={r.predicted}>{sig3(r.predicted)}</dd>
        <dt>{t('backprop.nudge.ratio')}</dt>
        <dd className="bp-mono" data-testid="nudge-ratio" data-value={r.ratio}>{Number.isFinite(r.ratio) ? r.ratio.toFixed(4) : '—'}</dd>
      </dl>
      <p className="bp-note">{r.derivative === 0 ? t('backprop.nudge.zero') : t('backprop.nudge.meaning')}</p>
    </section>
  );
}
