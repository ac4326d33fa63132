/**
 * Train and test loss and accuracy. Each value's text is the plain number (tests and e2e read
 * it) and data-value holds full precision; a missing value shows a dash and an empty data-value.
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

export function Metrics({ trainLoss, testLoss, trainAccuracy, testAccuracy, allPoints }: MetricsProps) {
  const t = useT();
  if (allPoints !== undefined) {
    return (
      <dl className="metrics" aria-label={t('output.lossAcc')} data-all-points={allPoints}>
        <Cell label={t('ux.metrics.lossAll', { n: allPoints })} testId="metric-train-loss" value={trainLoss} format={fmtLoss} />
        <Cell label={t('ux.metrics.accAll', { n: allPoints })} testId="metric-train-accuracy" value={trainAccuracy} format={fmtAcc} />
      </dl>
    );
  }
  return (
    <dl className="metrics" aria-label={t('output.lossAcc')}>
      <Cell label={t('output.trainLoss')} testId="metric-train-loss" value={trainLoss} format={fmtLoss} />
      <Cell label={t('output.testLoss')} testId="metric-test-loss" value={testLoss} format={fmtLoss} />
      <Cell label={t('output.trainAcc')} testId="metric-train-accuracy" value={trainAccuracy} format={fmtAcc} />
      <Cell label={t('output.testAcc')} testId="metric-test-accuracy" value={testAccuracy} format={fmtAcc} />
    </dl>
  );
}
