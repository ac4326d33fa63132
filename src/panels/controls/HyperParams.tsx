/**
 * Training hyper-parameters. Only valid output/loss pairs are ever offered, and typed numbers
 * outside their range are explained and held back instead of being sent.
 */
import { ACTIVATIONS, type ActivationName, type OutputName } from '../../core/activations';
import type { TrainConfig } from '../../core/config';
import { INITS, type InitName } from '../../core/init';
import { OPTIMIZERS, type OptimizerName } from '../../core/optimizers';
import { fmtSci } from '../../viz/format';
import { NumberField, SelectField, type SelectOption } from './fields';
import { ScheduleFields } from './ScheduleFields';
import {
  BATCH_PRESETS, L1_BOUNDS, lossAfterOutput, LR_BOUNDS, LR_PRESETS, MOMENTUM_BOUNDS, REG_BOUNDS, validLosses, validOutputs,
} from './headOptions';
import { useT, type TFn } from '../../i18n';
import './controls.css';

export interface HyperParamsProps {
  config: TrainConfig;
  onChange(patch: Partial<TrainConfig>): void;
  /** Settings a classroom link fixes (`hide=lr,activation`), by URL key: not rendered. */
  hide?: ReadonlySet<string>;
}

/** Loss labels are short enough for a phone-width select; the option title carries the full name. */
const named = <N extends string>(t: TFn, group: string, names: readonly N[]): SelectOption<N>[] =>
  names.map((n) => ({ value: n, label: t(`app.hyper.${group}.${n}`) }));

/** Presets plus the current value when it is not one of them (typed, or from the URL). */
function lrOptions(lr: number): SelectOption<number>[] {
  const values: number[] = [...LR_PRESETS];
  if (!values.includes(lr)) values.push(lr);
  return values.sort((a, b) => a - b).map((v) => ({ value: v, label: fmtSci(v, 3) }));
}

function batchOptions(batch: number, full: string): SelectOption<number>[] {
  const values: number[] = [...BATCH_PRESETS];
  if (!values.includes(batch)) values.push(batch);
  return values.sort((a, b) => a - b).map((v) => ({ value: v, label: v === 0 ? full : String(v) }));
}

export function HyperParams({ config, onChange, hide }: HyperParamsProps) {
  const shown = (name: string) => !hide?.has(name);
  const t = useT();
  const outputs = named<OutputName>(t, 'outputLabel', validOutputs(config.dataset));
  const losses = validLosses(config.output).map((l) => ({ value: l, label: t(`app.hyper.lossLabel.${l}`), title: t(`app.hyper.lossTitle.${l}`) }));
  const setOutput = (output: OutputName) => onChange({ output, loss: lossAfterOutput(output, config.loss) });

  return (
    <section className="ctl-hyper" aria-label={t('app.hyper.group')}>
      <div className="ctl-lr">
        {shown('lr') && <SelectField label={t('app.hyper.lr')} testId="ctl-lr" value={config.lr} options={lrOptions(config.lr)} onChange={(lr) => onChange({ lr })} />}
        {shown('lr') && <NumberField
          label={t('app.hyper.customLr')} testId="ctl-lr-input" className="ctl-field-narrow" value={config.lr} bounds={LR_BOUNDS} step={0.001}
          onCommit={(lr) => onChange({ lr })}
        />}
      </div>
      {/* A fixed rate means a fixed schedule too: the schedule changes the rate a step uses. */}
      {shown('schedule') && shown('lr') && <ScheduleFields config={config} onChange={onChange} />}
      {shown('activation') && <SelectField label={t('app.hyper.activation')} testId="ctl-activation" value={config.activation} options={named<ActivationName>(t, 'activationLabel', ACTIVATIONS)} onChange={(activation) => onChange({ activation })} />}
      {shown('output') && <SelectField label={t('app.hyper.output')} testId="ctl-output" value={config.output} options={outputs} onChange={setOutput} />}
      {shown('loss') && <SelectField label={t('app.hyper.loss')} testId="ctl-loss" value={config.loss} options={losses} onChange={(loss) => onChange({ loss })} />}
      {shown('init') && <SelectField label={t('app.hyper.init')} testId="ctl-init" className="ctl-field-wide" value={config.init} options={named<InitName>(t, 'initLabel', INITS)} onChange={(init) => onChange({ init })} />}
      {shown('optimizer') && <SelectField label={t('app.hyper.optimizer')} testId="ctl-optimizer" value={config.optimizer} options={named<OptimizerName>(t, 'optimizerLabel', OPTIMIZERS)} onChange={(optimizer) => onChange({ optimizer })} />}
      {config.optimizer === 'momentum' && shown('momentum') && (
        <NumberField label={t('app.hyper.momentum')} testId="ctl-momentum" value={config.momentum} bounds={MOMENTUM_BOUNDS} step={0.05} onCommit={(momentum) => onChange({ momentum })} />
      )}
      {shown('batch') && <SelectField label={t('app.hyper.batch')} testId="ctl-batch" value={config.batch} options={batchOptions(config.batch, t('app.hyper.full'))} onChange={(batch) => onChange({ batch })} />}
      {shown('l1') && <NumberField label="L1" testId="ctl-l1" className="ctl-field-short" value={config.l1} bounds={L1_BOUNDS} step={0.001} onCommit={(l1) => onChange({ l1 })} />}
      {shown('l2') && <NumberField label="L2" testId="ctl-l2" className="ctl-field-short" value={config.l2} bounds={REG_BOUNDS} step={0.001} onCommit={(l2) => onChange({ l2 })} />}
    </section>
  );
}
