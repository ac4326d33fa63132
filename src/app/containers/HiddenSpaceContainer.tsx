/**
 * The hidden-space panel wired to the store: the layer picked (the last by default; the
 * bridge tells the worker), the worker's view of it, the next layer's lines from the same
 * snapshot's weights, and the exact separability test of the raw inputs.
 */
import { selMilestones, selReplayFrame } from '../../store/railSlice';
import { t } from '../../i18n';
import { useMemo, useRef } from 'react';
import { isTruthTable } from '../../core/datasets';
import { linearSeparability } from '../../core/separability';
import { HiddenSpace } from '../../panels/hiddenspace/HiddenSpace';
import { nextLayerLines } from '../../panels/hiddenspace/hiddenGeometry';
import { selPickedPoint, selShownHiddenLayer } from '../../store/lessonSlice';
import { selData, selModelA } from '../../store/selectors';
import type { ModelView } from '../../store/types';
import type { HiddenView } from '../../core/snapshotTypes';
import { useApp, useAppStore } from '../StoreContext';
import { outputDomain } from '../../viz/domains';
import { outputLayer } from '../../core/layout';

interface Shown {
  info: ModelView['info'];
  view: HiddenView;
  params: Float32Array;
}

/**
 * The latest hidden view with the weights it was computed from. Snapshots that skip the grid
 * work (to save the worker's time) carry none, so the last one is kept until a new one comes.
 */
function useLatestView(m: ModelView | null): Shown | null {
  const last = useRef<Shown | null>(null);
  if (!m) return null;
  if (last.current && last.current.info !== m.info) last.current = null;
  const snap = m.latest;
  if (snap?.hidden) last.current = { info: m.info, view: snap.hidden, params: snap.params };
  return last.current;
}

export function HiddenSpaceContainer() {
  const m = useApp(selModelA);
  const data = useApp(selData);
  const layer = useApp(selShownHiddenLayer);
  const picked = useApp(selPickedPoint);
  const store = useAppStore();
  const latest = useLatestView(m);
  const ms = useApp(selMilestones);
  const replayAt = useApp(selReplayFrame);
  const frame = replayAt !== null && m ? ms.frames[replayAt] ?? null : null;
  // Replaying: the kept picture (and its weights, for the next layer's lines) replaces the live one.
  const shown = frame && m ? { info: m.info, view: frame.view, params: frame.params ?? latest?.params ?? m.latest?.params ?? new Float32Array(0) } : latest;
  const inputSeparable = useMemo(
    () => (data && data.classes === 2 && data.trainY.length > 0 ? linearSeparability(data.trainX, data.trainY, 2).separable : null),
    [data],
  );
  const info = m?.info;
  const widths = useMemo(() => (info ? info.layout.layers.slice(0, -1).map((l) => l.fanOut) : []), [info]);
  const view = shown?.view ?? null;
  const lines = useMemo(
    () => (shown && !shown.view.projection ? nextLayerLines(shown.info, shown.params, shown.view.layer) : []),
    [shown?.view, shown?.params, shown?.info],
  );
  if (!info || !data) return <div className="panel-placeholder" data-testid="hidden-space">{t('hidden.building')}</div>;
  const out = outputLayer(info.layout);
  const shownLayer = layer !== null && layer < widths.length ? layer : widths.length ? widths.length - 1 : null;
  const aboveLast = view !== null && view.layer === info.layout.layers.length - 2;
  const decision = aboveLast && out.fanOut === 1 && !view.projection ? { fn: out.fn, domain: outputDomain(out.fn, data.classes) } : null;
  return (
    <HiddenSpace
      widths={widths}
      layer={shownLayer}
      onLayer={(l) => store.getState().setLesson({ hiddenLayerChoice: l === widths.length - 1 ? null : l })}
      view={view}
      labels={data.trainY}
      classes={data.classes}
      truthX={isTruthTable(info.config.dataset) ? data.trainX : null}
      fn={shownLayer !== null ? info.layout.layers[shownLayer]!.fn : 'linear'}
      lines={lines}
      decision={decision}
      inputSeparable={inputSeparable}
      epoch={frame ? frame.view.testedEpoch : m?.latest?.epoch ?? 0}
      separableEpoch={frame ? null : ms.separableEpoch}
      replay={ms.frames.length > 1 ? {
        count: ms.frames.length, index: frame ? replayAt : null, epoch: frame?.epoch ?? null,
        onChange: (i) => store.getState().setReplayFrame(i),
      } : null}
      picked={picked === null ? 0 : picked.which === 'train' ? picked.index : null}
      onPick={(index) => store.getState().setLesson({ pickedPoint: { which: 'train', index } })}
    />
  );
}
