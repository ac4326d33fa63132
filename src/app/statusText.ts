/**
 * The status banner's words: a divergence report or a worker failure from the store, put in
 * the page's language with the numbers from the actual settings.
 */
import { formatNumber, type TFn } from '../i18n';
import type { DivergenceReport, WorkerFailure } from '../worker/protocol';
import { STALL_MS } from '../store/liveness';

/** Up to 3 significant digits, in the language's format ("0.3", "−2", "3,000"). */
function num(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  const digits = a === 0 || a >= 100 ? 0 : Math.max(0, 2 - Math.floor(Math.log10(a)));
  return formatNumber(Number(v.toPrecision(3)), digits);
}

/** "Training diverged at epoch 6: the weights grew 131 times larger … lower L2 …". */
export function divergenceText(t: TFn, r: DivergenceReport): string {
  const { epoch, cause, detail: d } = r.info;
  const who = r.models < 2 ? t('app.banner.whoTraining') : t(r.model === 0 ? 'app.banner.whoA' : 'app.banner.whoB');
  const signal = d.signal === 'non-finite' ? t('app.banner.signalNonFinite')
    : t(d.signal === 'norm' ? 'app.banner.signalNorm' : 'app.banner.signalLoss', { growth: num(d.growth ?? NaN) });
  const values = { lr: num(d.lr), l2: num(d.l2), decay: num(d.decay), momentum: num(d.momentum ?? 0), effective: num(d.effectiveLr) };
  const causeText = t(cause === 'l2' ? 'app.banner.causeL2' : cause === 'momentum' ? 'app.banner.causeMomentum' : 'app.banner.causeLr', values);
  return `${t('app.banner.divergedAt', { who, epoch, signal })} ${causeText} ${t('app.banner.kept')}`;
}

/** A failed worker: crashed, silent while training, or never loaded; `detail` is the browser's text. */
export function failureText(t: TFn, failure: WorkerFailure, detail: string | null): string {
  if (failure === 'stalled') return t('app.banner.workerStalled', { seconds: STALL_MS / 1000 });
  return t(failure === 'load' ? 'app.banner.workerLoad' : 'app.banner.workerCrashed', { detail: detail || '?' });
}
