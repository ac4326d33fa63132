/**
 * The hidden-space panel: the data as one hidden layer sees it. XOR cannot be split by a
 * line in the input plane; a hidden layer bends the plane until one line does. The panel
 * shows both verdicts, tested exactly, next to the moving picture.
 */
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
    ? [`PC1 (${pct(current.projection.explained[0])} of variance)`, `PC2 (${pct(current.projection.explained[1])})`]
    : ['h₁ (neuron 1)', 'h₂ (neuron 2)'];
  return (
    <section className="hs" data-testid="hidden-space" data-separable={separableAttr(hiddenVerdict)} data-layer={layer ?? undefined}
      aria-label="Hidden space">
      <header className="hs-head">
        <h3>Hidden space</h3>
        {widths.length > 1 && layer !== null && (
          <label htmlFor={selectId} className="hs-pick">
            layer{' '}
            <select id={selectId} value={layer} onChange={(e) => props.onLayer(Number(e.target.value))} data-testid="hidden-layer-select">
              {widths.map((w, l) => <option key={l} value={l}>{`${l + 1} (${w} neuron${w === 1 ? '' : 's'})`}</option>)}
            </select>
          </label>
        )}
      </header>
      <ul className="hs-verdicts">
        <li data-testid="input-space" data-separable={separableAttr(inputSeparable)} className={verdictClass(inputSeparable)}>
          <span className="hs-mark" aria-hidden="true">{mark(inputSeparable)}</span>
          <span><strong>Input plane (x₁, x₂):</strong> {inputText(inputSeparable, classes)}</span>
        </li>
        {layer !== null && (
          <li data-testid="hidden-space-status" data-separable={separableAttr(hiddenVerdict)} className={verdictClass(hiddenVerdict ?? null)}>
            <span className="hs-mark" aria-hidden="true">{current ? mark(hiddenVerdict ?? null) : '…'}</span>
            <span>
              <strong>Hidden layer {layer + 1} ({units} neuron{units === 1 ? '' : 's'}):</strong>{' '}
              {current ? hiddenText(current.separable, units, classes, stale) : 'waiting for the network…'}
            </span>
          </li>
        )}
      </ul>
      {layer === null ? (
        <p className="hs-empty">
          No hidden layer: the output neuron works on the input plane itself, so all it can draw is one straight line
          (on the output plot). Add a hidden layer with + in the network to watch it bend the plane.
        </p>
      ) : current ? (
        <>
          <HiddenSpacePlot {...props} view={current} axisLabels={axis} />
          <p className="hs-caption">{caption(current, props.decision !== null, props.lines.length)}</p>
        </>
      ) : (
        <p className="hs-empty">Waiting for the first picture of layer {layer + 1}…</p>
      )}
    </section>
  );
}

function caption(v: HiddenView, decision: boolean, unitLines: number): string {
  const grid = 'The thin curves are the input plane’s grid lines (grey: x₁ fixed, purple: x₂ fixed), bent by the layer.';
  if (v.units === 1) return `One neuron maps every point to a single number h₁ (rows split by class for reading).${decision ? ' The dark line is where the output flips.' : ''}`;
  if (v.projection) {
    return `${v.units} neurons: shown as a PCA projection onto the two directions of largest spread, not as raw units. ${grid} Separability is tested in all ${v.units} dimensions.`;
  }
  const lines = decision
    ? ' The dark line is the output neuron’s boundary w·h + b = 0, shaded by its output.'
    : unitLines > 0 ? ' Dashed lines: where each neuron of the next layer is zero.' : '';
  return `Each point sits at its two hidden activations. ${grid}${lines}`;
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
