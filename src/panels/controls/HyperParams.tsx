/**
 * Training hyper-parameters. Only valid output/loss pairs are ever offered, and typed numbers
 * outside their range are explained and held back instead of being sent.
 */
import { ACTIVATIONS, type ActivationName, type OutputName } from '../../core/activations';
import type { TrainConfig } from '../../core/config';
import { INITS, type InitName } from '../../core/init';
import type { LossName } from '../../core/losses';
import { OPTIMIZERS, type OptimizerName } from '../../core/optimizers';
import { fmtSci } from '../../viz/format';
import { NumberField, SelectField, type SelectOption } from './fields';
import {
  BATCH_PRESETS, L1_BOUNDS, lossAfterOutput, LR_BOUNDS, LR_PRESETS, MOMENTUM_BOUNDS, REG_BOUNDS, validLosses, validOutputs,
} from './headOptions';
import './controls.css';

export interface HyperParamsProps {
  config: TrainConfig;
  onChange(patch: Partial<TrainConfig>): void;
  /** Validation messages from the store, by field. */
  errors?: Partial<Record<keyof TrainConfig, string>>;
}

/** Short enough for a phone-width select; the option title carries the full name. */
const LOSS_LABELS: Record<LossName, string> = { mse: 'MSE', bce: 'BCE', ce: 'Cross-entropy' };
const LOSS_TITLES: Record<LossName, string> = { mse: 'Mean squared error', bce: 'Binary cross-entropy', ce: 'Softmax cross-entropy' };
const OPTIMIZER_LABELS: Record<OptimizerName, string> = { sgd: 'SGD', momentum: 'Momentum', adam: 'Adam' };

const same = <T extends string>(names: readonly T[]): SelectOption<T>[] => names.map((n) => ({ value: n, label: n }));
const ACTIVATION_OPTIONS = same<ActivationName>(ACTIVATIONS);
const INIT_OPTIONS = same<InitName>(INITS);
const OPTIMIZER_OPTIONS = OPTIMIZERS.map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] }));

/** Presets plus the current value when it is not one of them (typed, or from the URL). */
function lrOptions(lr: number): SelectOption<number>[] {
  const values: number[] = [...LR_PRESETS];
  if (!values.includes(lr)) values.push(lr);
  return values.sort((a, b) => a - b).map((v) => ({ value: v, label: fmtSci(v, 3) }));
}

function batchOptions(batch: number): SelectOption<number>[] {
  const values: number[] = [...BATCH_PRESETS];
  if (!values.includes(batch)) values.push(batch);
  return values.sort((a, b) => a - b).map((v) => ({ value: v, label: v === 0 ? 'full' : String(v) }));
}

export function HyperParams({ config, onChange, errors = {} }: HyperParamsProps) {
  const outputs = validOutputs(config.dataset).map((o) => ({ value: o, label: o }));
  const losses = validLosses(config.output).map((l) => ({ value: l, label: LOSS_LABELS[l], title: LOSS_TITLES[l] }));
  const setOutput = (output: OutputName) => onChange({ output, loss: lossAfterOutput(output, config.loss) });

  return (
    <section className="ctl-hyper" aria-label="Hyper-parameters">
      <div className="ctl-lr">
        <SelectField label="Learning rate" testId="ctl-lr" value={config.lr} options={lrOptions(config.lr)} onChange={(lr) => onChange({ lr })} />
        <NumberField
          label="Custom rate" testId="ctl-lr-input" value={config.lr} bounds={LR_BOUNDS} step={0.001}
          onCommit={(lr) => onChange({ lr })} error={errors.lr}
        />
      </div>
      <SelectField label="Activation" testId="ctl-activation" value={config.activation} options={ACTIVATION_OPTIONS} onChange={(activation) => onChange({ activation })} error={errors.activation} />
      <SelectField label="Output" testId="ctl-output" value={config.output} options={outputs} onChange={setOutput} error={errors.output} />
      <SelectField label="Loss" testId="ctl-loss" value={config.loss} options={losses} onChange={(loss) => onChange({ loss })} error={errors.loss} />
      <SelectField label="Initialization" testId="ctl-init" value={config.init} options={INIT_OPTIONS} onChange={(init) => onChange({ init })} error={errors.init} />
      <SelectField label="Optimizer" testId="ctl-optimizer" value={config.optimizer} options={OPTIMIZER_OPTIONS} onChange={(optimizer) => onChange({ optimizer })} error={errors.optimizer} />
      {config.optimizer === 'momentum' && (
        <NumberField label="Momentum" testId="ctl-momentum" value={config.momentum} bounds={MOMENTUM_BOUNDS} step={0.05} onCommit={(momentum) => onChange({ momentum })} error={errors.momentum} />
      )}
      <SelectField label="Batch size" testId="ctl-batch" value={config.batch} options={batchOptions(config.batch)} onChange={(batch) => onChange({ batch })} error={errors.batch} />
      <NumberField label="L1" testId="ctl-l1" value={config.l1} bounds={L1_BOUNDS} step={0.001} onCommit={(l1) => onChange({ l1 })} error={errors.l1} />
      <NumberField label="L2" testId="ctl-l2" value={config.l2} bounds={REG_BOUNDS} step={0.001} onCommit={(l2) => onChange({ l2 })} error={errors.l2} />
    </section>
  );
}
