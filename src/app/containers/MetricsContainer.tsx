/** Loss and accuracy numbers and the training speed; the loss chart. */
import { formatInt, t } from '../../i18n';
import { Metrics } from '../../panels/metrics/Metrics';
import { useMemo } from 'react';
import { LossChart, type LossMark } from '../../panels/metrics/LossChart';
import { ExportCsvButton, ExportPngButton } from '../ExportButtons';
import { selMilestones } from '../../store/railSlice';
import { useApp } from '../StoreContext';
import { selConfig, selData, selEpochsPerSecond, selModelA } from '../../store/selectors';
import type { AppState } from '../../store/types';

const selSchedule = (s: AppState) => s.config.schedule;
const selNoTestSet = (s: AppState): boolean => s.data !== null && s.data.testY.length === 0;
import { isTruthTable } from '../../core/datasets';
import { outputRangeProblem } from '../../model/outputRange';

export function MetricsContainer() {
  const m = useApp(selModelA);
  const eps = useApp(selEpochsPerSecond);
  const config = useApp(selConfig);
  const data = useApp(selData);
  const noTestSet = useApp(selNoTestSet);
  const s = m?.latest ?? null;
  const truth = isTruthTable(config.dataset);
  // Every output function whose range misses the targets gets the same notice.
  const range = useMemo(() => (data ? outputRangeProblem(config.output, data.trainY) : null), [data, config.output]);
  return (
    <section className="panel metrics-panel" aria-label={t('output.metrics')}>
      <Metrics
        trainLoss={s?.trainLoss ?? null}
        testLoss={s?.testLoss ?? null}
        trainAccuracy={s?.trainAccuracy ?? null}
        testAccuracy={s?.testAccuracy ?? null}
        allPoints={truth ? (data?.trainY.length || 4) : undefined}
        epoch={s?.epoch}
        metricsEpoch={s?.metricsEpoch}
        diverged={s?.diverged ?? false}
        noTestSet={noTestSet}
      />
      {range && (
        <p className="range-notice" role="note" data-testid="output-range-notice">
          {t('ux.metrics.range', {
            output: range.output, lo: fmtRange(range.range[0]), hi: fmtRange(range.range[1]),
            min: fmtRange(range.targets[0]), max: fmtRange(range.targets[1]),
          })}
        </p>
      )}
      <p className="speed" data-testid="epochs-per-second" data-value={eps}>
        {eps > 0 ? t('output.eps', { n: formatInt(eps) }) : '\u00a0'}
      </p>
    </section>
  );
}

const fmtRange = (v: number) => (Number.isFinite(v) ? String(Number(v.toFixed(2))).replace('-', '−') : v > 0 ? '∞' : '−∞');

/** The loss curve, below the truth table so the numbers stay in the first screen. */
export function LossChartContainer() {
  const m = useApp(selModelA);
  const ms = useApp(selMilestones);
  const marks = useMemo(() => {
    const out: LossMark[] = [];
    if (ms.separableEpoch !== null) out.push({ epoch: ms.separableEpoch, label: t('output.separableMark', { n: formatInt(ms.separableEpoch) }), testId: 'separable-mark' });
    if (ms.solvedEpoch !== null) out.push({ epoch: ms.solvedEpoch, label: t('output.solvedMark', { n: formatInt(ms.solvedEpoch) }), testId: 'solved-mark' });
    return out;
  }, [ms.separableEpoch, ms.solvedEpoch]);
  const schedule = useApp(selSchedule);
  if (!m) return null;
  const tools = (
    <>
      <ExportPngButton name="loss-chart" panel="loss" />
      <ExportCsvButton
        name="loss-history" testId="loss-csv" label={t('byod.csv.lossHistory')} title={t('byod.csv.lossHistoryTitle')}
        make={() => {
          const history = m.history;
          return import('../../store/exportCsv').then((csv) => csv.lossHistoryCsv(history));
        }}
      />
    </>
  );
  return <LossChart history={m.history} height={130} marks={marks} lrAlways={schedule !== 'constant'} tools={tools} />;
}
