/**
 * The learning-rate schedule: its kind and the parameters that kind uses, nothing more (step
 * and exponential decay use γ and k, cosine uses k and the floor α, constant none). The names
 * and bounds come from the field table's rows (core/fields.ts), so the control, the URL key and
 * the `lab` flag accept the same values. Changes apply live, like the rate itself.
 */
import type { TrainConfig } from '../../core/config';
import { FIELDS } from '../../core/fields';
import { useT } from '../../i18n';
import { NumberField, SelectField } from './fields';
import { DECAY_BOUNDS, DECAY_EPOCHS_BOUNDS, LR_MIN_BOUNDS } from './headOptions';

type ScheduleParam = 'decay' | 'decayEpochs' | 'lrMin';
const PARAMS: readonly ScheduleParam[] = ['decay', 'decayEpochs', 'lrMin'];

/** The parameters a config's schedule uses: those whose field-table row has an effect with it. */
export function scheduleParams(config: TrainConfig): ScheduleParam[] {
  return PARAMS.filter((k) => FIELDS[k].noEffect?.(config) == null);
}

export interface ScheduleFieldsProps {
  config: TrainConfig;
  onChange(patch: Partial<Pick<TrainConfig, 'schedule' | ScheduleParam>>): void;
}

export function ScheduleFields({ config, onChange }: ScheduleFieldsProps) {
  const t = useT();
  const params = scheduleParams(config);
  const options = FIELDS.schedule.values.map((v) => ({ value: v, label: t(`byod.schedule.${v}`), title: t(`byod.schedule.formula.${v}`) }));
  // The formula rides on the select's hover title: the toolbar keeps one row of fields.
  return (
    <div className="ctl-schedule" role="group" aria-label={t('byod.schedule.title')} data-schedule={config.schedule}>
      <SelectField
        label={t('byod.schedule.title')} testId="ctl-schedule" value={config.schedule} options={options}
        title={t(`byod.schedule.formula.${config.schedule}`)} onChange={(schedule) => onChange({ schedule })}
      />
      {params.includes('decay') && (
        <NumberField label={t('byod.schedule.decay')} testId="ctl-decay" value={config.decay} bounds={DECAY_BOUNDS} step={0.05} onCommit={(decay) => onChange({ decay })} />
      )}
      {params.includes('decayEpochs') && (
        <NumberField
          label={t(config.schedule === 'cosine' ? 'byod.schedule.cosineEpochs' : 'byod.schedule.decayEpochs')} testId="ctl-decay-epochs"
          value={config.decayEpochs} bounds={DECAY_EPOCHS_BOUNDS} step={1} onCommit={(decayEpochs) => onChange({ decayEpochs })}
        />
      )}
      {params.includes('lrMin') && (
        <NumberField label={t('byod.schedule.lrMin')} testId="ctl-lr-min" value={config.lrMin} bounds={LR_MIN_BOUNDS} step={0.05} onCommit={(lrMin) => onChange({ lrMin })} />
      )}
    </div>
  );
}
