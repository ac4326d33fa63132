/**
 * One network's gradient panel: per-layer bars with the theory overlay and the activation
 * violins, the plain-words summary, the history (heat strip for deep nets, lines for
 * shallow ones) and the number table. Presentational: domains come from the caller, so two
 * compared panels share their axes and colours.
 */
import { t } from '../../i18n';
import { useRef, type ReactNode } from 'react';
import type { LayerFn } from '../../core/activations';
import type { LayerStats } from '../../core/stats';
import { useElementWidth } from '../../viz/useElementWidth';
import type { ActHistogram } from '../../core/snapshotTypes';
import type { LogDomain } from './barGeometry';
import { decadeLabel } from './decadeLabel';
import type { GradHistory } from '../../model/gradHistory';
import { HeatStrip } from './HeatStrip';
import { HEAT_GRADIENT } from './heatColors';
import { HistoryLines } from './HistoryLines';
import { LayerColumns } from './LayerColumns';
import { MEASURE_LABELS, MEASURE_TITLES, type Measure } from '../../model/measures';
import { ratioSentence } from './ratioText';
import type { TheoryProfile } from './theoryProfile';
import { GradientTable } from './GradientTable';
import './gradients.css';

/** Up to this many weighted layers the history is drawn as lines, beyond it as a heat strip. */
export const LINES_MAX_LAYERS = 7;
/** Bars plus violins: the placeholder keeps this height so a rebuild does not make the page jump. */
const COLUMNS_HEIGHT = 170 + 52;

export interface GradientPanelProps {
  /** "A" or "B" in compare mode. */
  name: string | null;
  /** What this network is, e.g. "sigmoid, standard init, 10 × 8". */
  summary: string;
  layers: readonly { fn: LayerFn; fanOut: number }[];
  stats: readonly LayerStats[] | null;
  hist: ActHistogram | null;
  history: GradHistory;
  measure: Measure;
  barDomain: LogDomain;
  heatDomain: LogDomain;
  theory: TheoryProfile | null;
  tableTestId: string;
  /** Heat strip instead of lines whatever the depth (compared panels use one style). */
  deepHistory?: boolean;
  /** Rows of the tallest compared heat strip, so compared strips have one height. */
  historyRows?: number;
  /** Shown at the right of the header (compare mode: the output picture and the loss). */
  aside?: ReactNode;
  /** Buttons in the header (PNG of the panel, CSV of the table). */
  tools?: ReactNode;
}

export function GradientPanel(props: GradientPanelProps) {
  const { name, summary, layers, stats, hist, history, measure, barDomain, heatDomain, theory, tableTestId, aside } = props;
  const mainRef = useRef<HTMLDivElement>(null);
  const histRef = useRef<HTMLDivElement>(null);
  const mainW = useElementWidth(mainRef, 420);
  const histW = useElementWidth(histRef, 420);
  const showTheory = measure === 'gradZ' && theory !== null;
  const deep = props.deepHistory ?? history.layers > LINES_MAX_LAYERS;
  const title = name ? t('grad.network', { name }) : t('grad.perLayer');

  return (
    <article className="gl-panel" data-testid="gradient-panel" data-export-root="" data-model={name ?? 'A'} aria-label={`${title}: ${summary}`}>
      <header className="gl-panel-head">
        <h3>{name ? <span className={`gl-badge gl-badge-${name}`}>{name}</span> : null}{name ? summary : title}</h3>
        {!name && <span className="gl-panel-sub">{summary}</span>}
        {aside && <div className="gl-panel-aside">{aside}</div>}
        {props.tools && <span className="gl-panel-tools">{props.tools}</span>}
      </header>
      <div className="gl-panel-body">
        <div className="gl-block" ref={mainRef}>
          {stats && stats.length > 0 ? (
            <LayerColumns
              width={mainW} stats={stats} layers={layers} measure={measure} domain={barDomain} hist={hist}
              theory={showTheory ? theory!.predicted : null} bound={showTheory ? theory!.sigmoidBound : null}
            />
          ) : <div className="gl-empty gl-empty-block" style={{ height: COLUMNS_HEIGHT }}>{t('hidden.building')}</div>}
          <ul className="gl-key">
            <li title={t(`grad.measureTitle.${measure}`)}><span className="gl-swatch gl-swatch-bar" />{t('grad.measured', { m: MEASURE_LABELS[measure] })}</li>
            {showTheory && <li><span className="gl-swatch gl-swatch-theory" />{t('grad.theoryKey')}</li>}
            {showTheory && theory!.sigmoidBound && <li><span className="gl-swatch gl-swatch-bound" />{t('grad.boundKey')}</li>}
            <li><span className="gl-swatch gl-swatch-act" />{t('grad.activations')}<span className="gl-swatch gl-swatch-sat" />{t('grad.saturated')}</li>
          </ul>
          <p className="gl-sentence" data-testid="gradient-ratio">
            {stats ? ratioSentence(stats, theory?.perLayer ?? null) : '\u00a0'}
            {stats && measure !== 'gradZ' && stats.length > 1 && <span className="gl-sentence-note">{t('grad.followsZ')}</span>}
          </p>
          <SaturationNote layers={layers} hist={hist} />
        </div>
        <div className="gl-block" ref={histRef}>
          <div className="gl-block-head">
            <h4>{t('grad.overTraining', { m: MEASURE_LABELS[measure] })}</h4>
            {deep && (
              <span className="gl-heat-key" aria-label={t('grad.heatKey', { lo: heatDomain[0], hi: heatDomain[1] })}>
                {decadeLabel(heatDomain[0])}<span className="gl-heat-key-bar" style={{ background: HEAT_GRADIENT }} />{decadeLabel(heatDomain[1])}
              </span>
            )}
          </div>
          {deep
            ? <HeatStrip width={histW} height={heatHeight(props.historyRows ?? history.layers)} history={history} measure={measure} domain={heatDomain} />
            : <HistoryLines width={histW} height={170} history={history} measure={measure} domain={heatDomain} />}
          {stats && (
            <details className="gl-details">
              <summary>{t('grad.numbers')}</summary>
              <div className="gl-table-wrap" tabIndex={0} role="region" aria-label={t('ux.gradTable.scroll')}>
                <GradientTable
                  stats={stats} layers={layers} theory={theory?.predicted ?? null} testId={tableTestId}
                  caption={t('grad.caption', { title })}
                />
              </div>
            </details>
          )}
        </div>
      </div>
    </article>
  );
}

/** About 3 px per layer, within [90, 170]. */
const heatHeight = (rows: number): number => Math.min(170, Math.max(90, rows * 3));

/** One line on units that never leave a flat region (dead ReLUs, pinned sigmoids). */
function SaturationNote({ layers, hist }: { layers: GradientPanelProps['layers']; hist: ActHistogram | null }) {
  if (!hist || layers.length < 2) return null;
  let stuck = 0, units = 0;
  for (let l = 0; l < layers.length - 1; l++) {
    units += layers[l]!.fanOut;
    stuck += Math.round((hist.stuck[l] ?? 0) * layers[l]!.fanOut);
  }
  const fn = layers[0]!.fn;
  const dead = fn === 'relu';
  return (
    <p className="gl-sat-note" data-testid="stuck-units" data-value={stuck}>
      {stuck === 0 ? t(dead ? 'grad.noneDead' : 'grad.noneStuck') : t(dead ? 'grad.someDead' : 'grad.someStuck', { count: stuck, units })}
    </p>
  );
}
