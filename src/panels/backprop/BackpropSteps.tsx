/**
 * The walk-through's controls and words: which example, which phase (Previous / Next, arrow
 * keys, auto-advance), what this phase computes in plain language with the example's own
 * numbers, the activation and its slope for the layer in focus, and the nudge.
 */
import type { ReactNode } from 'react';
import type { ActivationName } from '../../core/activations';
import type { ExampleTrace, Phase } from '../../core/backprop';
import type { LayerSignal, NudgeTarget } from '../../core/influence';
import { useT } from '../../i18n';
import { ActivationChart } from '../../viz/ActivationChart';
import { BACKWARD } from './bpColors';
import { NudgeControl } from './NudgeControl';
import { PhaseText } from './PhaseText';

export interface BackpropStepsProps {
  trace: ExampleTrace;
  phases: Phase[];
  index: number;
  signals: LayerSignal[];
  /** "x = (0, 1), target 1". */
  exampleText: string;
  lr: number;
  /** Why real training's step differs from this one-example SGD step (the container words it per optimizer). */
  updateNote: string;
  auto: boolean;
  target: NudgeTarget;
  epsilon: number;
  onIndex(i: number): void;
  onAuto(on: boolean): void;
  onEpsilon(eps: number): void;
  onClose(): void;
  /** Extra content under the phase text (the single-neuron graph on phones, for instance). */
  children?: ReactNode;
}

/** The layer whose activation the chart shows: the phase's layer, or the last elementwise one. */
function chartLayer(tr: ExampleTrace, phase: Phase): number | null {
  const layers = tr.layout.layers;
  let l = Math.min(phase.layer, layers.length) - 1;
  while (l >= 0 && layers[l]!.fn === 'softmax') l--;
  return l >= 0 ? l : null;
}

export function BackpropSteps(props: BackpropStepsProps) {
  const { trace, phases, index, signals } = props;
  const t = useT();
  const phase = phases[index]!;
  const L = trace.delta.length;
  const cl = chartLayer(trace, phase);
  const name = (kind: Phase['kind'], layer: number) => t(`backprop.phase.${kind}`, { n: layer === L ? t('backprop.outputLayer') : t('backprop.layerN', { n: layer }) });
  return (
    <div className="bp-steps" data-testid="backprop-steps">
      <div className="bp-head">
        <p className="bp-example">{t('backprop.example', { example: props.exampleText })}</p>
        <button type="button" className="bp-close" onClick={props.onClose} data-testid="bp-close">{t('backprop.close')}</button>
      </div>
      <div className="bp-nav">
        <button type="button" onClick={() => props.onIndex(index - 1)} disabled={index === 0} data-testid="bp-prev" aria-label={t('backprop.prev')}>←</button>
        <div className="bp-phase" data-testid="bp-phase" data-phase={phase.kind} data-layer={phase.layer} aria-live="polite">
          <span className="bp-count">{t('backprop.stepOf', { i: index + 1, n: phases.length })}</span>
          <b>{name(phase.kind, phase.layer)}</b>
        </div>
        <button type="button" onClick={() => props.onIndex(index + 1)} disabled={index === phases.length - 1} data-testid="bp-next" aria-label={t('backprop.next')}>→</button>
        <button type="button" className="bp-auto" aria-pressed={props.auto} onClick={() => props.onAuto(!props.auto)} data-testid="bp-auto">
          {props.auto ? t('backprop.stop') : t('backprop.auto')}
        </button>
      </div>
      <ol className="bp-dots" aria-label={t('backprop.phases')}>
        {phases.map((p, i) => (
          <li key={i}>
            <button
              type="button" className={`bp-dot bp-dot-${p.kind}`} aria-current={i === index ? 'step' : undefined}
              onClick={() => props.onIndex(i)} aria-label={name(p.kind, p.layer)} title={name(p.kind, p.layer)}
              style={i === index ? undefined : p.kind === 'backward' ? { borderColor: BACKWARD } : undefined}
            />
          </li>
        ))}
      </ol>
      <PhaseText trace={trace} phase={phase} signals={signals} lr={props.lr} updateNote={props.updateNote} />
      {props.children}
      {cl !== null && (
        <figure className="bp-chart">
          <figcaption>{t('backprop.chart.caption', { layer: cl === L - 1 ? t('backprop.outputLayer') : t('backprop.layerN', { n: cl + 1 }), fn: trace.layout.layers[cl]!.fn })}</figcaption>
          <ActivationChart fn={trace.layout.layers[cl]!.fn as ActivationName} zs={Array.from(trace.z[cl]!)} width={300} plotHeight={72} derivColor={BACKWARD} />
        </figure>
      )}
      <NudgeControl trace={trace} target={props.target} epsilon={props.epsilon} onEpsilon={props.onEpsilon} />
    </div>
  );
}
