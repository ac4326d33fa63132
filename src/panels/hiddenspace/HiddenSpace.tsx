/**
 * The hidden-space panel: the data as one hidden layer sees it. XOR cannot be split by a
 * line in the input plane; a hidden layer bends the plane until one line does. The panel
 * shows both verdicts, tested exactly, next to the moving picture.
 */
import { t } from '../../i18n';
import { useId, useState, type ReactNode } from 'react';
import { fmtSci } from '../../viz/format';
import { short } from '../../viz/numbers';
import { collapsedPairs, COLLAPSE_SHARE, referenceScale, spreadOf, trueScaleDomains } from './collapse';
import type { HiddenView } from '../../core/snapshotTypes';
import { HiddenSpacePlot, type HiddenSpacePlotProps } from './HiddenSpacePlot';
import { hiddenText, inputText, separableAttr, type Verdict } from './separabilityText';
import './hiddenspace.css';

/** The plot's data props pass straight through; the panel adds the layer picker and verdicts. */
export interface HiddenSpaceProps
  extends Pick<HiddenSpacePlotProps, 'labels' | 'classes' | 'truthX' | 'fn' | 'lines' | 'decision' | 'picked' | 'onPick'> {
  /** Widths of the hidden layers ([] for a single neuron). */
  widths: readonly number[];
  /** The layer shown (0-based) and how to choose another. */
  layer: number | null;
  onLayer(layer: number): void;
  /** The latest view for that layer; null until the worker has sent one. */
  view: HiddenView | null;
  /** The exact test on the raw inputs. */
  inputSeparable: Verdict;
  /** Current epoch, to flag an older separability answer. */
  epoch: number;
  /** With input features: the exact test in the feature space, and its words (already translated). */
  featureSpace?: { names: string; verdict: Verdict; text: string } | null;
  /** Epoch at which the layer became separable during this run (after starting not separable), or null. */
  separableEpoch?: number | null;
  /** The replay scrubber over the kept pictures; absent when there is nothing to replay. */
  replay?: ReplayProps | null;
  /** Buttons at the right of the header (the PNG export). */
  tools?: ReactNode;
}

export interface ReplayProps {
  /** Pictures kept. */
  count: number;
  /** Shown picture, or null for live. */
  index: number | null;
  /** Epoch of the shown picture (when replaying). */
  epoch: number | null;
  onChange(index: number | null): void;
}

export function HiddenSpace(props: HiddenSpaceProps) {
  const { widths, layer, view, classes, inputSeparable } = props;
  const selectId = useId();
  const [zoom, setZoom] = useState(false);
  const current = view && view.layer === layer ? view : null;
  const scale = referenceScale(props.fn);
  const dims = current && current.units === 1 ? 1 : 2;
  const spread = current ? spreadOf(current.points, dims) : NaN;
  const collapsed = current !== null && spread < COLLAPSE_SHARE * scale;
  const domains = collapsed && !zoom ? trueScaleDomains(current!.points, dims, scale) : null;
  const pairs = current && !current.projection && classes > 0 ? collapsedPairs(current.points, dims, props.labels, COLLAPSE_SHARE * scale) : [];
  const name = (i: number) => (props.truthX ? `(${short(props.truthX[2 * i]!)},${short(props.truthX[2 * i + 1]!)})` : String(i + 1));
  const units = layer === null ? 0 : widths[layer] ?? 0;
  const hiddenVerdict = current ? current.separable : undefined;
  const stale = current && current.testedEpoch !== props.epoch ? current.testedEpoch : null;
  const axis: [string, string] = current?.projection
    ? [t('hidden.pc1', { pct: pct(current.projection.explained[0]) }), t('hidden.pc2', { pct: pct(current.projection.explained[1]) })]
    : [t('hidden.h1'), t('hidden.h2')];
  return (
    <section className="hs" data-testid="hidden-space" data-export-root="" data-separable={separableAttr(hiddenVerdict)} data-layer={layer ?? undefined}
      aria-label={t('hidden.title')}>
      <header className="hs-head">
        <h3>{t('hidden.title')}</h3>
        {widths.length > 1 && layer !== null && (
          <label htmlFor={selectId} className="hs-pick">
            {t('hidden.layerPick')}{' '}
            <select id={selectId} value={layer} onChange={(e) => props.onLayer(Number(e.target.value))} data-testid="hidden-layer-select">
              {widths.map((w, l) => <option key={l} value={l}>{t('hidden.layerOption', { n: l + 1, neurons: t('network.neurons', { count: w }) })}</option>)}
            </select>
          </label>
        )}
        {props.tools && <span className="hs-tools">{props.tools}</span>}
      </header>
      <ul className="hs-verdicts">
        <li data-testid="input-space" data-separable={separableAttr(inputSeparable)} className={verdictClass(inputSeparable)}>
          <span className="hs-mark" aria-hidden="true">{mark(inputSeparable)}</span>
          <span><strong>{t('hidden.inputPlane')}</strong> {inputText(inputSeparable, classes)}</span>
        </li>
        {props.featureSpace && (
          <li data-testid="feature-space" data-separable={separableAttr(props.featureSpace.verdict)} className={verdictClass(props.featureSpace.verdict)}>
            <span className="hs-mark" aria-hidden="true">{mark(props.featureSpace.verdict)}</span>
            <span><strong>{props.featureSpace.names}:</strong> {props.featureSpace.text}</span>
          </li>
        )}
        {layer !== null && (
          <li data-testid="hidden-space-status" data-separable={separableAttr(hiddenVerdict)} className={verdictClass(hiddenVerdict ?? null)}>
            <span className="hs-mark" aria-hidden="true">{current ? mark(hiddenVerdict ?? null) : '…'}</span>
            <span>
              <strong>{t('hidden.hiddenLayer', { n: layer + 1, neurons: t('network.neurons', { count: units }) })}</strong>{' '}
              {current ? hiddenText(current.separable, units, classes, stale) : t('hidden.waiting')}
            </span>
          </li>
        )}
      </ul>
      {layer === null ? (
        <p className="hs-empty">{t('hidden.noHidden')}</p>
      ) : current ? (
        <>
          {props.separableEpoch != null && hiddenVerdict === true && (
            <p className="hs-event" data-testid="hidden-separable-event" data-epoch={props.separableEpoch} role="status">
              {t('hidden.event', { n: props.separableEpoch })}
            </p>
          )}
          {collapsed && (
            <p className="hs-notice" data-testid="hidden-collapsed" data-spread={spread}>
              {t('hidden.collapsed', { spread: fmtSci(spread, 1) })}{' '}
              <label className="hs-zoom"><input type="checkbox" checked={zoom} onChange={(e) => setZoom(e.target.checked)} data-testid="hidden-zoom" /> {t('hidden.zoom')}</label>
              {zoom && <strong> {t('hidden.zoomed')}</strong>}
            </p>
          )}
          {pairs.length > 0 && !collapsed && (
            <p className="hs-notice" data-testid="hidden-collapsed-pairs">
              {t('hidden.pairs', { pairs: pairs.map(([a, b]) => t('hidden.pairAnd', { a: name(a), b: name(b) })).join('; ') })}
            </p>
          )}
          <HiddenSpacePlot {...props} view={current} axisLabels={axis} domains={domains} />
          {props.replay && props.replay.count > 1 && <Replay {...props.replay} />}
          <p className="hs-caption">{caption(current, props.decision !== null, props.lines.length)}</p>
        </>
      ) : (
        <p className="hs-empty">{t('hidden.waitingPicture', { n: layer + 1 })}</p>
      )}
    </section>
  );
}

function caption(v: HiddenView, decision: boolean, unitLines: number): string {
  const grid = t('hidden.grid');
  if (v.units === 1) return t('hidden.oneUnit') + (decision ? t('hidden.oneUnitFlip') : '');
  if (v.projection) return t('hidden.projected', { n: v.units, grid });
  const lines = decision ? t('hidden.decisionLine') : unitLines > 0 ? t('hidden.unitLines') : '';
  return t('hidden.twoUnits', { grid, lines });
}

function pct(v: number): string {
  return `${Math.round(100 * v)}%`;
}

function mark(v: Verdict): string {
  return v === true ? '✓' : v === false ? '✗' : '–';
}

function verdictClass(v: Verdict): string {
  return v === true ? 'hs-yes' : v === false ? 'hs-no' : 'hs-na';
}

/** The replay scrubber: the kept pictures of this run, oldest first, and "live" at the right end. */
function Replay({ count, index, epoch, onChange }: ReplayProps) {
  const id = useId();
  const live = index === null;
  return (
    <div className="hs-replay">
      <label htmlFor={id}>{t('hidden.replay')}</label>
      <input
        id={id} type="range" min={0} max={count} step={1} value={live ? count : index} data-testid="hidden-replay"
        title={t('hidden.replayTitle')} aria-valuetext={live ? t('hidden.live') : t('hidden.replayAt', { n: epoch ?? 0 })}
        onChange={(e) => {
          const v = Number(e.target.value);
          onChange(v >= count ? null : v);
        }}
      />
      <output htmlFor={id} data-testid="hidden-replay-epoch">{live ? t('hidden.live') : t('hidden.replayAt', { n: epoch ?? 0 })}</output>
    </div>
  );
}
