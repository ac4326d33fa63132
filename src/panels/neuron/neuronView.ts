/**
 * What the neuron card shows: the unit clicked in the network (the output neuron by default)
 * evaluated at the picked point, its title, and the colour domains of its output and inputs.
 */
import { t } from '../../i18n';
import type { DataInfo, ModelInfo } from '../../core/snapshotTypes';
import type { Pass } from '../../model/pointPass';
import { fnDomain, outputDomain } from '../../viz/domains';
import { neuronTerms, unitAt, type NeuronTerms } from './neuronMath';

export interface NeuronView {
  terms: NeuronTerms;
  title: string;
  /** The unit's global index (hidden units first, output last): its image in the unit grids. */
  unit: number;
  domain: [number, number];
  /** The inputs' domain: null for the network's own inputs. */
  inputDomain: [number, number] | null;
  /** The net has hidden layers (so other neurons can be opened). */
  deep: boolean;
}

/**
 * The card for unit `selected` (null, or a unit that no longer exists: the first output unit)
 * at row 0 of `pass`, a forward pass of the picked point with `params`.
 */
export function neuronView(
  info: ModelInfo, params: ArrayLike<number>, grads: ArrayLike<number> | undefined, pass: Pass, selected: number | null, data: DataInfo,
): NeuronView {
  const layers = info.layout.layers;
  const outLayer = layers.length - 1;
  const at = (selected !== null ? unitAt(info, selected) : null) ?? { layer: outLayer, index: 0 };
  const terms = neuronTerms(info, params, grads, pass, 0, at.layer, at.index);
  const L = layers[at.layer]!;
  const title = terms.isOutput
    ? outLayer === 0 ? t('neuron.single') : L.fanOut > 1 ? t('neuron.outputN', { n: at.index + 1 }) : t('neuron.output')
    : t('neuron.hiddenN', { layer: at.layer + 1, n: at.index + 1 });
  return {
    terms, title, unit: L.unitOffset + at.index,
    domain: terms.isOutput ? outputDomain(L.fn, data.classes) : fnDomain(L.fn),
    inputDomain: at.layer === 0 ? null : fnDomain(layers[at.layer - 1]!.fn),
    deep: outLayer > 0,
  };
}
