/**
 * The hidden-space panel: the data as one hidden layer sees it. XOR cannot be split by a
 * line in the input plane; a hidden layer bends the plane until one line does. The panel
 * shows both verdicts, tested exactly, next to the moving picture.
 */
import { t } from '../../i18n';
import { useId } from 'react';
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
}

export function HiddenSpace(props: HiddenSpaceProps) {
  const { widths, layer, view, classes, inputSeparable } = props;
  const selectId = useId();
  const current = view && view.layer === layer ? view : null;
  const units = layer === null ? 0 : widths[layer] ?? 0;
  const hiddenVerdict = current ? current.separable : undefined;
  const stale = current && current.testedEpoch !== props.epoch ? current.testedEpoch : null;
  const axis: [string, string] = current?.projection
    ? [t('hidden.pc1', { pct: pct(current.projection.explained[0]) }), t('hidden.pc2', { pct: pct(current.projection.explained[1]) })]
    : [t('hidden.h1'), t('hidden.h2')];
  return (
    <section className="hs" data-testid="hidden-space" data-separable={separableAttr(hiddenVerdict)} data-layer={layer ?? undefined}
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
      </header>
      <ul className="hs-verdicts">
        <li data-testid="input-space" data-separable={separableAttr(inputSeparable)} className={verdictClass(inputSeparable)}>
          <span className="hs-mark" aria-hidden="true">{mark(inputSeparable)}</span>
          <span><strong>{t('hidden.inputPlane')}</strong> {inputText(inputSeparable, classes)}</span>
        </li>
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
          <HiddenSpacePlot {...props} view={current} axisLabels={axis} />
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
