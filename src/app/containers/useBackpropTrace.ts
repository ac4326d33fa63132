/**
 * The walk-through's numbers for the store's current state: the core traces the picked
 * example (the neuron card's selection) on the latest snapshot's weights. One example on a
 * small net is cheap, so it runs on the main thread; training is paused while the mode is
 * open and the worker stays the only clock.
 */
import { useMemo } from 'react';
import { encodeTarget, layerSignals, phaseSequence, traceExample, type ExampleTrace, type LayerSignal, type Phase } from '../../core';
import { resolvePoint, type PickedPoint } from '../../panels/neuron/pickedPoint';
import { selBpPhase } from '../../store/backpropSlice';
import { selPickedPoint } from '../../store/lessonSlice';
import { selData, selModelA } from '../../store/selectors';
import type { ModelInfo } from '../../worker/protocol';
import { useApp } from '../StoreContext';

export interface BackpropView {
  trace: ExampleTrace;
  phases: Phase[];
  /** The shown phase's index, clamped to this net's sequence. */
  index: number;
  phase: Phase;
  signals: LayerSignal[];
  point: PickedPoint;
  classes: number;
  info: ModelInfo;
}

export function useBackpropTrace(): BackpropView | null {
  const m = useApp(selModelA);
  const data = useApp(selData);
  const picked = useApp(selPickedPoint);
  const bpPhase = useApp(selBpPhase);
  const info = m?.info ?? null;
  const params = m?.latest?.params ?? null;
  const point = useMemo(() => resolvePoint(data, picked), [data, picked]);
  const traced = useMemo(() => {
    if (!info || !params || !point || !data || params.length !== info.layout.paramCount) return null;
    const spec = info.spec;
    const t = new Float64Array(spec.outputs);
    encodeTarget(spec.output, data.classes, point.y, t);
    const trace = traceExample({ spec, loss: info.config.loss, params, x: [point.x1, point.x2], t });
    return { trace, signals: layerSignals(trace), phases: phaseSequence(info.layout.layers.length) };
  }, [info, params, point, data]);
  if (!traced || !point || !data || !info) return null;
  const index = Math.max(0, Math.min(traced.phases.length - 1, bpPhase));
  return { ...traced, index, phase: traced.phases[index]!, point, classes: data.classes, info };
}
