/** Loss and accuracy numbers and the training speed; the loss chart. */
import { formatInt, t } from '../../i18n';
import { Metrics } from '../../panels/metrics/Metrics';
import { LossChart } from '../../panels/metrics/LossChart';
import { useApp } from '../StoreContext';
import { selEpochsPerSecond, selModelA } from '../../store/selectors';

export function MetricsContainer() {
  const m = useApp(selModelA);
  const eps = useApp(selEpochsPerSecond);
  const s = m?.latest ?? null;
  return (
    <section className="panel metrics-panel" aria-label={t('output.metrics')}>
      <Metrics
        trainLoss={s?.trainLoss ?? null}
        testLoss={s?.testLoss ?? null}
        trainAccuracy={s?.trainAccuracy ?? null}
        testAccuracy={s?.testAccuracy ?? null}
      />
      <p className="speed" data-testid="epochs-per-second" data-value={eps}>
        {eps > 0 ? t('output.eps', { n: formatInt(eps) }) : '\u00a0'}
      </p>
    </section>
  );
}

/** The loss curve, below the truth table so the numbers stay in the first screen. */
export function LossChartContainer() {
  const m = useApp(selModelA);
  return m ? <LossChart history={m.history} height={130} /> : null;
}
