/**
 * What the hidden-space panel shows for one model: the hidden widths, the layer shown, its
 * activation, the worker's last view with the next layer's lines from the same weights, and
 * the output's decision colouring above the last hidden layer. Pure, so the container only
 * wires the store to the panel.
 */
import type { LayerFn } from '../../core/activations';
import { outputLayer } from '../../core/layout';
import { linearSeparability } from '../../core/separability';
import type { DataInfo, HiddenView, ModelInfo } from '../../core/snapshotTypes';
import { outputDomain } from '../../viz/domains';
import { nextLayerLines, type UnitLine } from './hiddenGeometry';

export interface HiddenSpaceView {
  /** Width of every hidden layer. */
  widths: number[];
  /** The hidden layer shown (0-based), or null without hidden layers. */
  layer: number | null;
  /** Its activation ('linear' when there is none). */
  fn: LayerFn;
  /** The worker's last view (possibly of another layer until the worker answers), or null. */
  view: HiddenView | null;
  /** The next layer's lines in this space, from the weights the view was computed with. */
  lines: UnitLine[];
  /** Above the last hidden layer with one output: colour the plane by the output. */
  decision: { fn: LayerFn; domain: [number, number] } | null;
}

/**
 * The view for the store's `layer` choice (already clamped to the layers that exist, or null)
 * and `shown`, the last hidden view with its weights (ModelView.hidden).
 */
export function hiddenSpaceView(
  info: ModelInfo, shown: { view: HiddenView; params: ArrayLike<number> } | null, layer: number | null, classes: number,
): HiddenSpaceView {
  const layers = info.layout.layers;
  const widths = layers.slice(0, -1).map((l) => l.fanOut);
  const at = layer !== null && layer < widths.length ? layer : widths.length ? widths.length - 1 : null;
  const view = shown?.view ?? null;
  const lines = shown && !shown.view.projection ? nextLayerLines(info, shown.params, shown.view.layer) : [];
  const out = outputLayer(info.layout);
  const aboveLast = view !== null && view.layer === layers.length - 2;
  const decision = aboveLast && out.fanOut === 1 && !view.projection ? { fn: out.fn, domain: outputDomain(out.fn, classes) } : null;
  return { widths, layer: at, fn: at !== null ? layers[at]!.fn : 'linear', view, lines, decision };
}

/** Exact linear separability of the raw inputs (two-class data only; null otherwise). */
export function inputSeparable(data: DataInfo): boolean | null {
  return data.classes === 2 && data.trainY.length > 0 ? linearSeparability(data.trainX, data.trainY, 2).separable : null;
}
