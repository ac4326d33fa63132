/**
 * Names for what the diagram shows: parameter indices back to (layer, i, j), human labels for
 * tooltips and aria-labels, and value formatting. Pure, so the wording is tested once.
 */
import type { Layout } from '../../core/layout';
import { t } from '../../i18n';

export const DEFAULT_INPUT_LABELS: readonly string[] = ['x₁', 'x₂'];

export type ParamRef =
  | { kind: 'w'; layer: number; i: number; j: number }
  | { kind: 'b'; layer: number; i: number };

/** Inverse of the layout table: which weight or bias sits at flat index `param`. */
export function locateParam(layout: Layout, param: number): ParamRef | null {
  for (let l = 0; l < layout.layers.length; l++) {
    const L = layout.layers[l]!;
    const k = param - L.wOffset;
    if (k >= 0 && k < L.fanIn * L.fanOut) return { kind: 'w', layer: l, i: Math.floor(k / L.fanIn), j: k % L.fanIn };
    const b = param - L.bOffset;
    if (b >= 0 && b < L.fanOut) return { kind: 'b', layer: l, i: b };
  }
  return null;
}

/** "layer 2" for hidden layers (1-based), "output" for the last layer. */
export function layerName(layout: Layout, layer: number): string {
  return layer === layout.layers.length - 1 ? t('network.output') : t('network.layer', { n: layer + 1 });
}

/** Accessible name of a neuron: "Layer 2, neuron 3", "Output, neuron 1", "Input x₁". */
export function unitLabel(layout: Layout, column: number, index: number, inputLabels = DEFAULT_INPUT_LABELS): string {
  if (column === 0) return t('network.input', { name: inputLabels[index] ?? `x${index + 1}` });
  const name = column - 1 === layout.layers.length - 1 ? t('network.Output') : t('network.Layer', { n: column });
  return t('network.unit', { layer: name, n: index + 1 });
}

/** Tooltip name of a parameter: "w(layer 2: 3→1)", "w(layer 1: x₂→4)", "b(output, neuron 1)". */
export function paramLabel(layout: Layout, ref: ParamRef, inputLabels = DEFAULT_INPUT_LABELS): string {
  const name = layerName(layout, ref.layer);
  if (ref.kind === 'b') return t('network.bias', { layer: name, n: ref.i + 1 });
  const from = ref.layer === 0 ? (inputLabels[ref.j] ?? `x${ref.j + 1}`) : String(ref.j + 1);
  return t('network.weight', { layer: name, from, to: ref.i + 1 });
}

/** Four decimals for everyday values; exponents for tiny or huge ones; NaN stays "NaN". */
export function formatParam(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-4 || a >= 1e4)) return v.toExponential(3);
  return v.toFixed(4);
}

/** "1 neuron", "4 neurons". */
export function neuronsLabel(n: number): string {
  return t('network.neurons', { count: n });
}

/** "no hidden layers", "1 hidden layer", "2 hidden layers". */
export function hiddenLayersLabel(n: number): string {
  return t('network.hiddenLayers', { count: n });
}
