/**
 * The gradient panels wired to the store: one per model (A, and B in compare mode), with
 * shared log axes and colour range so compared panels line up, and the theory shape
 * computed once per build.
 */
import { t } from '../../i18n';
import { useMemo } from 'react';
import { GradientPanel, LINES_MAX_LAYERS } from '../../panels/gradients/GradientPanel';
import { theoryShape } from '../../panels/gradients/theoryProfile';
import { anchoredTheories, modelSummary, sharedDomains } from '../../panels/gradients/gradientsView';
import { OutputThumb } from '../../panels/compare/OutputThumb';
import { fmtAcc, fmtLoss } from '../../viz/format';
import { outputDomain } from '../../viz/domains';
import { selData, selMeasure, selModels } from '../../store/selectors';
import type { ModelView } from '../../store/types';
import { useApp } from '../StoreContext';
import { ExportCsvButton, ExportPngButton } from '../ExportButtons';
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

/** PNG of the panel and CSV of its table, named for the network (a, b in compare mode) and the epoch. */
function GradientExports({ m, which, theory }: { m: ModelView; which: 'a' | 'b' | null; theory: readonly number[] | null }) {
  const suffix = which ? `-${which}` : '';
  return (
    <>
      <ExportPngButton name={`gradients${suffix}`} panel="gradients" />
      {m.latest && (
        <ExportCsvButton
          name={`gradient-table${suffix}`} testId={`gradient-csv${suffix}`} label={t('byod.csv.gradTable')} title={t('byod.csv.gradTableTitle')}
          epoch={m.latest.epoch}
          make={() => {
            const input = { epoch: m.latest!.epoch, stats: m.latest!.stats, layers: m.info.layout.layers, theory };
            return import('../../store/exportCsv').then((csv) => csv.gradTableCsv(input));
          }}
        />
      )}
    </>
  );
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
  const read = models.map((m) => ({ stats: m.latest?.stats ?? null, grads: m.grads }));
  const theories = anchoredTheories(read, shapes);
  const { bars: barDomain, heat: heatDomain } = sharedDomains(read, theories, measure);
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
          tools={<GradientExports m={m} which={compare ? (i === 0 ? 'a' : 'b') : null} theory={theories[i]?.predicted ?? null} />}
        />
      ))}
    </div>
  );
}
