/**
 * The network diagram panel: inputs -> hidden layers -> output, left to right. Presentational
 * (no store access): the caller passes the layout, parameters and grid images and receives
 * edits through callbacks. Geometry is memoized per (layout, width); links and thumbnails are
 * memoized per params / grid; pointer and focus events are delegated here via data attributes.
 */
import { memo, useCallback, useMemo, useRef, useState, type ReactNode, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { outputLayer, type Layout } from '../../core/layout';
import { buildColorLUT } from '../../viz/colors';
import { ExpandedNet } from './ExpandedNet';
import { computeGeometry, type LabelTexts, type NetworkGeometry } from './geometry';
import { LayerBlocks } from './LayerBlocks';
import { LayerButtons, LayerToolbar, type LayerActivationProps } from './LayerControls';
import type { FeatureName } from '../../core/features';
import { ParamEditor, ParamTooltip } from './LinkEditor';
import { meanAbsWeight } from './linkStyle';
import { DEFAULT_INPUT_LABELS, formatParam, hiddenLayersLabel, locateParam, neuronsLabel, paramLabel, unitLabel } from './paramLabels';
import { t } from '../../i18n';
import { useElementWidth } from '../../viz/useElementWidth';
import { useMediaQuery } from '../../viz/useMediaQuery';
import './NetworkDiagram.css';

export interface NetworkDiagramProps {
  layout: Layout;
  /** W row-major [fanOut x fanIn] at wOffset, b at bOffset (see core/layout.ts). */
  params: Float32Array | Float64Array | null;
  /** Unit-major N x N images of the non-input units in layer order; null or partial is fine. */
  grid: Float32Array | null;
  gridN: number;
  /** How many leading units grid covers. */
  gridUnits: number;
  outputDomain: [number, number];
  hiddenDomain: [number, number];
  inputLabels?: string[];
  onAddLayer(): void;
  onRemoveLayer(): void;
  /** `layer` is the 1-based hidden layer. */
  onAddNeuron(layer: number): void;
  onRemoveNeuron(layer: number): void;
  /** `index` into params. */
  onEditParam(index: number, value: number): void;
  onHoverUnit?(unit: number | null): void;
  onSelectUnit?(unit: number): void;
  /** Defaults 64 and 128: the + buttons disable at these limits. */
  maxLayers?: number;
  maxWidth?: number;
  /** With input features: each input's feature, pictured over `extent` in its node. */
  inputFeatures?: readonly FeatureName[];
  extent?: readonly [number, number, number, number];
  /** Drawn left of the diagram, beside the input column (the feature toggles). */
  inputColumn?: ReactNode;
  /** Per-layer activation pickers on the hidden columns' headers. */
  activations?: LayerActivationProps;
  /** Extra controls at the end of the toolbar (an export button). */
  toolbarExtra?: ReactNode;
  /** A classroom link fixed the shape (`hide=layers`): no +/- buttons, no layer picker. */
  lockShape?: boolean;
  /** Hidden layers of the net the worker has built (null before its answer); exposed for bench:ui and e2e. */
  builtHidden?: number | null;
}

/** What the pointer is over; tied to the layout it was measured on, so a rebuild clears it. */
type Hover =
  | { layout: Layout; kind: 'param'; param: number; x: number; y: number }
  | { layout: Layout; kind: 'layer'; layer: number; x: number; y: number }
  | { layout: Layout; kind: 'unit'; text: string; x: number; y: number };
interface Edit { layout: Layout; param: number; x: number; y: number }

const EDITOR_W = 250;

/** The label texts the views draw, so the geometry thins labels by their real widths. */
const DIAGRAM_LABELS: LabelTexts = {
  column: (kind, units) => (kind === 'input' ? t('network.colInputs') : kind === 'output' ? t('network.colOutput') : neuronsLabel(units)),
  footer: (kind, column) => (kind === 'input' ? t('network.blockIn') : kind === 'output' ? t('network.blockOut') : String(column)),
};

/** Unit under a compact block at local y, or null. */
function blockUnit(geom: NetworkGeometry, column: number, y: number): { unit: number; index: number } | null {
  const b = geom.blocks[column];
  if (!b || b.unitOffset < 0) return null;
  const index = Math.min(b.units - 1, Math.max(0, Math.floor((y - b.y) / b.cellH)));
  return { unit: b.unitOffset + index, index };
}

function describeNet(layout: Layout): string {
  const hidden = layout.layers.slice(0, -1).map((l) => l.fanOut);
  const sizes = hidden.length > 0 && hidden.length <= 8 ? t('network.describeSizes', { sizes: hidden.join(', ') }) : '';
  const out = outputLayer(layout).fanOut;
  return t('network.describe', { inputs: layout.inputs, hidden: hiddenLayersLabel(hidden.length), sizes, outputs: t('network.outputs', { count: out }) });
}

/**
 * Memoized: the container passes stable props between builds, so a store update the diagram
 * does not show (a depth-slider step before its build arrives, a notice) does not redraw it.
 */
export const NetworkDiagram = memo(function NetworkDiagram(props: NetworkDiagramProps) {
  const { layout, params, onEditParam, onHoverUnit, onSelectUnit } = props;
  const inputLabels = props.inputLabels ?? DEFAULT_INPUT_LABELS;
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef, 640);
  const touch = useMediaQuery('(pointer: coarse)');
  const geom = useMemo(() => computeGeometry(layout, width, { touch, labels: DIAGRAM_LABELS }), [layout, width, touch]);
  const pickerWidths = useMemo(
    () => (geom.columns.some((c) => c.kind === 'hidden' && !c.buttons) ? layout.layers.slice(0, -1).map((l) => l.fanOut) : undefined),
    [geom, layout],
  );
  const [o0, o1] = props.outputDomain;
  const [h0, h1] = props.hiddenDomain;
  const lutOutput = useMemo(() => buildColorLUT([o0, o1]), [o0, o1]);
  const lutHidden = useMemo(() => buildColorLUT([h0, h1]), [h0, h1]);

  const [hoverState, setHover] = useState<Hover | null>(null);
  const [editState, setEdit] = useState<Edit | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const hover = hoverState?.layout === layout ? hoverState : null;
  const edit = editState?.layout === layout && params ? editState : null;
  const hoveredUnit = useRef<number | null>(null);

  const reportUnit = useCallback((unit: number | null) => {
    if (hoveredUnit.current === unit) return;
    hoveredUnit.current = unit;
    onHoverUnit?.(unit);
  }, [onHoverUnit]);

  /** Pointer position relative to the root (tooltips live outside the scroller, unclipped). */
  const local = (e: { clientX: number; clientY: number }) => {
    const r = rootRef.current!.getBoundingClientRect();
    const c = contentRef.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top, cy: e.clientY - c.top, rootW: r.width };
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const t = e.target as Element;
    const p = local(e);
    const paramEl = t.closest('[data-param]');
    const layerEl = t.closest('[data-layer-link]');
    const unitEl = t.closest('[data-unit]');
    const blockEl = t.closest('[data-block]');
    if (paramEl) {
      const param = Number(paramEl.getAttribute('data-param'));
      if (hover?.kind !== 'param' || hover.param !== param) setHover({ layout, kind: 'param', param, x: p.x, y: p.y });
    } else if (layerEl) {
      const l = Number(layerEl.getAttribute('data-layer-link'));
      if (hover?.kind !== 'layer' || hover.layer !== l) setHover({ layout, kind: 'layer', layer: l, x: p.x, y: p.y });
    } else if (blockEl) {
      const column = Number(blockEl.getAttribute('data-block'));
      const u = blockUnit(geom, column, p.cy);
      if (u) {
        reportUnit(u.unit);
        const text = unitLabel(layout, column, u.index, inputLabels);
        if (hover?.kind !== 'unit' || hover.text !== text) setHover({ layout, kind: 'unit', text, x: p.x, y: p.y });
      }
      return;
    } else if (hover) {
      setHover(null);
    }
    reportUnit(unitEl ? Number(unitEl.getAttribute('data-unit')) : null);
  };

  const onPointerLeave = () => {
    setHover(null);
    reportUnit(null);
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const t = e.target as Element;
    const paramEl = t.closest('[data-param]');
    if (paramEl && params) {
      const p = local(e);
      const x = Math.max(4, Math.min(p.x - 20, p.rootW - EDITOR_W));
      setNotice(null);
      setHover(null);
      setEdit({ layout, param: Number(paramEl.getAttribute('data-param')), x, y: p.y + 12 });
      return;
    }
    const unitEl = t.closest('[data-unit]');
    if (unitEl) return onSelectUnit?.(Number(unitEl.getAttribute('data-unit')));
    const blockEl = t.closest('[data-block]');
    if (blockEl) {
      const u = blockUnit(geom, Number(blockEl.getAttribute('data-block')), local(e).cy);
      if (u) onSelectUnit?.(u.unit);
    }
  };

  /** Opens the value editor under a focused or clicked parameter element. */
  const openEditor = (el: Element) => {
    const r = rootRef.current!.getBoundingClientRect();
    const b = el.getBoundingClientRect();
    const x = Math.max(4, Math.min(b.left + b.width / 2 - r.left - 20, r.width - EDITOR_W));
    setNotice(null);
    setHover(null);
    setEdit({ layout, param: Number(el.getAttribute('data-param')), x, y: b.bottom - r.top + 6 });
  };

  /** Focus moves to the element of a parameter (roving: links and biases are tabIndex -1). */
  const focusParam = (param: number) => {
    const el = contentRef.current?.querySelector<SVGElement>(`[data-param="${param}"]`);
    el?.focus();
  };

  /** The weights into unit i of layer l, then its bias: what the arrow keys walk through. */
  const incoming = (l: number, i: number): number[] => {
    const L = layout.layers[l]!;
    return [...Array.from({ length: L.fanIn }, (_, j) => L.wOffset + i * L.fanIn + j), L.bOffset + i];
  };

  /**
   * Keyboard: Tab reaches each neuron; Enter or space opens its card. From a neuron, ← (or ↑/↓)
   * steps onto its incoming weights and bias; ↑/↓ walk through them, Enter edits the focused
   * one, → or Escape goes back to the neuron.
   */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const t = e.target as Element;
    const unit = t.getAttribute('data-unit');
    const block = t.getAttribute('data-block');
    const param = t.getAttribute('data-param');
    if (param !== null && geom.mode === 'expanded') {
      const ref = locateParam(layout, Number(param));
      if (!ref) return;
      const items = incoming(ref.layer, ref.i);
      const k = items.indexOf(Number(param));
      if (e.key === 'Enter' || e.key === ' ') {
        if (params) openEditor(t);
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        focusParam(items[(k + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]!);
      } else if (e.key === 'ArrowRight' || e.key === 'Escape') {
        const u = layout.layers[ref.layer]!.unitOffset + ref.i;
        contentRef.current?.querySelector<SVGElement>(`[data-unit="${u}"]`)?.focus();
      } else return;
      e.preventDefault();
      return;
    }
    if (unit !== null && geom.mode === 'expanded' && (e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      const u = Number(unit);
      const l = layout.layers.findIndex((L) => u >= L.unitOffset && u < L.unitOffset + L.fanOut);
      if (l < 0) return;
      const items = incoming(l, u - layout.layers[l]!.unitOffset);
      focusParam(e.key === 'ArrowUp' ? items[items.length - 1]! : items[0]!);
      e.preventDefault();
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    if (unit !== null) onSelectUnit?.(Number(unit));
    else if (block !== null) onSelectUnit?.(geom.blocks[Number(block)]!.unitOffset);
    else return;
    e.preventDefault();
  };

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const unit = e.target.getAttribute('data-unit');
    if (unit !== null) reportUnit(Number(unit));
    // A focused weight or bias shows its value like a hovered one: nothing is hover-only.
    const param = e.target.getAttribute('data-param');
    if (param !== null && rootRef.current) {
      const r = rootRef.current.getBoundingClientRect();
      const b = e.target.getBoundingClientRect();
      setHover({ layout, kind: 'param', param: Number(param), x: b.left + b.width / 2 - r.left, y: b.top + b.height / 2 - r.top });
    }
  };

  // Keyboard users land back on the weight they edited (the editor's input unmounts).
  const refocus = (param: number) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => focusParam(param));
  };
  const commit = (value: number) => {
    if (!edit) return;
    setEdit(null);
    onEditParam(edit.param, value);
    refocus(edit.param);
  };
  const cancel = (message?: string) => {
    if (edit) refocus(edit.param);
    setEdit(null);
    setNotice(message ?? null);
  };

  const hidden = layout.layers.length - 1;
  const ariaLabel = describeNet(layout);
  const common = {
    geom, layout, params, grid: props.grid, gridN: props.gridN, gridUnits: props.gridUnits,
    lutOutput, lutHidden, outputDomain: props.outputDomain, hiddenDomain: props.hiddenDomain, ariaLabel,
  };

  let tooltip: { text: string; hint?: string } | null = null;
  if (hover?.kind === 'param') {
    const ref = locateParam(layout, hover.param);
    const v = params ? params[hover.param]! : NaN;
    if (ref) tooltip = { text: `${paramLabel(layout, ref, inputLabels)} = ${params ? formatParam(v) : '—'}`, hint: params ? t('network.clickToEdit') : undefined };
  } else if (hover?.kind === 'layer') {
    const L = layout.layers[hover.layer]!;
    const mean = params ? meanAbsWeight(params, L.wOffset, L.fanIn * L.fanOut) : NaN;
    const name = hover.layer === hidden ? t('network.Output') : t('network.Layer', { n: hover.layer + 1 });
    tooltip = { text: t('network.meanWeight', { layer: name, from: L.fanIn, to: L.fanOut, v: params ? formatParam(mean) : '—' }) };
  } else if (hover?.kind === 'unit') {
    tooltip = { text: hover.text };
  }
  const editRef = edit ? locateParam(layout, edit.param) : null;

  return (
    <div className="nd" ref={rootRef} data-export-root="" data-built-hidden={props.builtHidden ?? undefined}>
      {!props.lockShape ? <LayerToolbar
        hiddenLayers={hidden} maxLayers={props.maxLayers ?? 64} compact={geom.mode === 'compact'}
        onAddLayer={props.onAddLayer} onRemoveLayer={props.onRemoveLayer}
        pickerWidths={pickerWidths} maxWidth={props.maxWidth ?? 128}
        onAddNeuron={props.onAddNeuron} onRemoveNeuron={props.onRemoveNeuron}
      >{props.toolbarExtra}</LayerToolbar> : props.toolbarExtra}
      <div className="nd-body">
      {props.inputColumn}
      <div className="nd-scroll" ref={scrollRef}>
        <div
          className="nd-content" ref={contentRef} data-mode={geom.mode}
          style={{ width: geom.width, height: geom.height }}
          onPointerMove={onPointerMove} onPointerLeave={onPointerLeave} onClick={onClick}
          onKeyDown={onKeyDown} onFocus={onFocus}
          onBlur={(e) => { reportUnit(null); if (e.target.hasAttribute('data-param')) setHover(null); }}
        >
          {geom.mode === 'expanded'
            ? <ExpandedNet {...common} inputLabels={inputLabels} highlight={edit?.param ?? (hover?.kind === 'param' ? hover.param : null)} inputFeatures={props.inputFeatures} extent={props.extent} />
            : <LayerBlocks {...common} highlightLayer={hover?.kind === 'layer' ? hover.layer : null} />}
          {!props.lockShape && <LayerButtons
            columns={geom.columns} maxWidth={props.maxWidth ?? 128}
            onAddNeuron={props.onAddNeuron} onRemoveNeuron={props.onRemoveNeuron} activations={props.activations}
          />}
        </div>
      </div>
      </div>
      <p className="nd-notice" role="status" aria-live="polite">{notice}</p>
      {tooltip && !edit && hover && <ParamTooltip x={hover.x} y={hover.y} text={tooltip.text} hint={tooltip.hint} />}
      {edit && editRef && (
        <ParamEditor
          key={edit.param} x={edit.x} y={edit.y} label={paramLabel(layout, editRef, inputLabels)}
          initial={params![edit.param]!} onCommit={commit} onCancel={cancel}
        />
      )}
    </div>
  );
});
