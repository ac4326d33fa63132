/**
 * The gradient panels wired to the store: one per model (A, and B in compare mode), with
 * shared log axes and colour range so compared panels line up, and the theory shape
 * computed once per build.
 */
import { t } from '../../i18n';
import { useMemo } from 'react';
import type { TrainConfig } from '../../core';
import { logDomain } from '../../panels/gradients/barGeometry';
import { GradientPanel, LINES_MAX_LAYERS } from '../../panels/gradients/GradientPanel';
import { historyLogRange } from '../../model/gradHistory';
import type { Measure } from '../../model/measures';
import { anchorTheory, theoryShape, type TheoryProfile } from '../../panels/gradients/theoryProfile';
import { commonWidth } from '../../model/hiddenShape';
import { OutputThumb } from '../../panels/compare/OutputThumb';
import { fmtAcc, fmtLoss } from '../../viz/format';
import { outputDomain } from '../../viz/domains';
import { selData, selMeasure, selModels } from '../../store/selectors';
import type { ModelView } from '../../store/types';
import { useApp } from '../StoreContext';
import { outputLayer } from '../../core/layout';

/** A compared network at a glance: its loss and accuracy, and its output over the plane. */
function ModelAside({ m, classes, name }: { m: ModelView; classes: number; name: string }) {
  const out = outputLayer(m.info.layout);
  const n = m.boundaryN;
  return (
    <>
      <span>
        {t('grad.compare.loss')} <strong data-testid={`compare-train-loss-${name.toLowerCase()}`}>{fmtLoss(m.latest?.trainLoss)}</strong>
        {m.latest?.trainAccuracy !== null && <> · {t('grad.compare.acc')} <strong>{fmtAcc(m.latest?.trainAccuracy)}</strong></>}
      </span>
      <OutputThumb
        grid={m.boundary} n={n} offset={out.fanOut > 1 ? n * n : 0} domain={outputDomain(out.fn, classes)}
        label={t('grad.compare.outputLabel', { name })}
      />
    </>
  );
}

/** "sigmoid · standard init · 10 × 8" */
export function modelSummary(c: TrainConfig): string {
  const w = commonWidth(c.hidden);
  const shape = c.hidden.length === 0 ? t('grad.compare.noHidden') : w !== null ? `${c.hidden.length} × ${w}` : c.hidden.join('-');
  return t('grad.compare.summary', { activation: t(`app.hyper.activationLabel.${c.activation}`), init: t(`app.hyper.initLabel.${c.init}`), shape });
}

const toLog = (v: number): number => (v > 0 ? Math.log10(v) : NaN);

function barLogs(models: readonly ModelView[], theories: readonly (TheoryProfile | null)[], measure: Measure): number[] {
  const out: number[] = [];
  models.forEach((m, i) => {
    for (const s of m.latest?.stats ?? []) out.push(toLog(s[measure]));
    if (measure === 'gradZ') out.push(...(theories[i]?.predicted ?? []));
  });
  return out;
}

export function GradientPanels() {
  const all = useApp(selModels);
  const measure = useApp(selMeasure);
  const data = useApp(selData);
  const models = all.slice(0, 2);
  const infoA = models[0]?.info, infoB = models[1]?.info;
  const shapes = useMemo(
    () => [infoA, infoB].map((info) => (info && data ? theoryShape(info.config, outputLayer(info.layout).fanOut, data.trainX) : null)),
    [infoA, infoB, data],
  );
  const theories = models.map((m, i) => {
    const stats = m.latest?.stats;
    const shape = shapes[i];
    return shape && stats && stats.length ? anchorTheory(shape, stats[stats.length - 1]!.gradZ) : null;
  });
  const barDomain = logDomain(barLogs(models, theories, measure), 3);
  const heatDomain = logDomain(models.flatMap((m) => historyLogRange(m.grads, measure) ?? []), 2);
  // Stable tuples: the charts memoize on the domain's identity.
  const bars = useMemo(() => barDomain, [barDomain[0], barDomain[1]]);
  const heat = useMemo(() => heatDomain, [heatDomain[0], heatDomain[1]]);

  if (models.length === 0) return <div className="panel-placeholder">{t('hidden.building')}</div>;
  const compare = models.length > 1;
  // Compared panels draw their history the same way, so the two read side by side.
  const deepHistory = models.some((m) => m.grads.layers > LINES_MAX_LAYERS);
  return (
    <div className={`lab-panels${compare ? ' lab-panels-2' : ''}`}>
      {models.map((m, i) => (
        <GradientPanel
          key={i}
          name={compare ? (i === 0 ? 'A' : 'B') : null}
          summary={modelSummary(m.info.config)}
          layers={m.info.layout.layers}
          stats={m.latest?.stats ?? null}
          hist={m.latest?.actHist ?? null}
          history={m.grads}
          measure={measure}
          barDomain={bars}
          heatDomain={heat}
          theory={theories[i] ?? null}
          tableTestId={i === 0 ? 'gradient-table' : 'gradient-table-b'}
          deepHistory={deepHistory}
          historyRows={Math.max(...models.map((x) => x.grads.layers))}
          aside={compare ? <ModelAside m={m} classes={data?.classes ?? 2} name={i === 0 ? 'A' : 'B'} /> : undefined}
        />
      ))}
    </div>
  );
}
