/**
 * Train and test loss and accuracy. Each value's text is the plain number (tests and e2e read
 * it) and data-value holds full precision; a missing value shows a dash and an empty data-value.
 * An infinite loss shows ∞ and a diverged run's non-finite loss says so, never the dash that
 * means "no test set". Values measured before the current epoch say at which epoch.
 */
import { useT } from '../../i18n';
import { fmtAcc, fmtLoss } from '../../viz/format';
import './metrics.css';

export interface MetricsProps {
  trainLoss: number | null;
  testLoss: number | null;
  /** Fraction correct in [0, 1]; null for regression. */
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /**
   * Truth tables train and test on the same points: given the point count, one set of numbers
   * is shown, labelled "all N points", instead of a test column that repeats the train one.
   */
  allPoints?: number;
  /** The epoch counter shown elsewhere on the page, and the epoch the values were measured at. */
  epoch?: number;
  metricsEpoch?: number;
  /** The run diverged: a non-finite loss is the divergence, not a missing value. */
  diverged?: boolean;
  /** The data have no test split: the test values are absent, not diverged. */
  noTestSet?: boolean;
}

const ok = (v: number | null): v is number => v !== null && Number.isFinite(v);

interface CellProps {
  label: string;
  testId: string;
  value: number | null;
  format(v: number | null): string;
}

function Cell({ label, testId, value, format }: CellProps) {
  return (
    <div className="metrics-cell">
      <dt>{label}</dt>
      <dd>
        <span data-testid={testId} data-value={ok(value) ? String(value) : ''}>{format(value)}</span>
      </dd>
    </div>
  );
}

export function Metrics({ trainLoss, testLoss, trainAccuracy, testAccuracy, epoch, metricsEpoch, diverged = false, noTestSet = false, allPoints }: MetricsProps) {
  const t = useT();
  const loss = (v: number | null): string =>
    v === Infinity ? '∞' : diverged && v !== null && !Number.isFinite(v) ? t('output.divergedValue') : fmtLoss(v);
  // A run with no test set has no test loss even after divergence: the dash stays.
  const testLossText = noTestSet ? fmtLoss : loss;
  const stale = epoch !== undefined && metricsEpoch !== undefined && metricsEpoch >= 0 && metricsEpoch < epoch;
  return (
    <>
      {allPoints !== undefined ? (
        // Truth tables train and test on the same points: one set, labelled with the count.
        <dl className="metrics" aria-label={t('output.lossAcc')} data-all-points={allPoints}>
          <Cell label={t('ux.metrics.lossAll', { n: allPoints })} testId="metric-train-loss" value={trainLoss} format={loss} />
          <Cell label={t('ux.metrics.accAll', { n: allPoints })} testId="metric-train-accuracy" value={trainAccuracy} format={fmtAcc} />
        </dl>
      ) : (
        <dl className="metrics" aria-label={t('output.lossAcc')}>
          <Cell label={t('output.trainLoss')} testId="metric-train-loss" value={trainLoss} format={loss} />
          <Cell label={t('output.testLoss')} testId="metric-test-loss" value={testLoss} format={testLossText} />
          <Cell label={t('output.trainAcc')} testId="metric-train-accuracy" value={trainAccuracy} format={fmtAcc} />
          <Cell label={t('output.testAcc')} testId="metric-test-accuracy" value={testAccuracy} format={fmtAcc} />
        </dl>
      )}
      {stale && (
        <p className="metrics-at" data-testid="metrics-at-epoch" data-epoch={metricsEpoch}>
          {t('output.atEpoch', { n: metricsEpoch })}
        </p>
      )}
    </>
  );
}
