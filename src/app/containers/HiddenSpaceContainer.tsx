/**
 * The hidden-space panel wired to the store: the layer picked (the last by default; the
 * bridge tells the worker), and the model's last hidden view (kept by the snapshot slice).
 * What to draw is derived in panels/hiddenspace/hiddenSpaceView.
 */
import { selMilestones, selReplayFrame } from '../../store/railSlice';
import { t } from '../../i18n';
import { useMemo } from 'react';
import { isTruthTable } from '../../core/datasets';
import { linearSeparability } from '../../core/separability';
import { FEATURE_LABELS, isPlainInputs, mapFeatures } from '../../core/features';
import { HiddenSpace } from '../../panels/hiddenspace/HiddenSpace';
import { hiddenSpaceView, inputSeparable } from '../../panels/hiddenspace/hiddenSpaceView';
import { selPickedPoint, selShownHiddenLayer } from '../../store/lessonSlice';
import { selData, selModelA } from '../../store/selectors';
import { useApp, useAppStore } from '../StoreContext';
import { ExportPngButton } from '../ExportButtons';

export function HiddenSpaceContainer() {
  const m = useApp(selModelA);
  const data = useApp(selData);
  const layer = useApp(selShownHiddenLayer);
  const picked = useApp(selPickedPoint);
  const store = useAppStore();
  const separable = useMemo(() => (data ? inputSeparable(data) : null), [data]);
  const features = m?.info.config.features;
  const featureSpace = useMemo(() => {
    if (!features || isPlainInputs(features) || !data || data.classes !== 2 || data.trainY.length === 0) return null;
    const verdict = linearSeparability(mapFeatures(features, data.trainX, data.trainY.length), data.trainY, features.length).separable;
    return {
      names: `${t('byod.features.space')} (${features.map((f) => FEATURE_LABELS[f]).join(', ')})`,
      verdict,
      text: t(verdict ? 'byod.features.separableFeatures' : 'byod.features.notSeparableFeatures'),
    };
  }, [features, data]);
  const ms = useApp(selMilestones);
  const replayAt = useApp(selReplayFrame);
  const frame = replayAt !== null && m ? ms.frames[replayAt] ?? null : null;
  const info = m?.info;
  // Replaying: the kept picture (and its weights, for the next layer's lines) replaces the live one.
  const shown = frame ? { view: frame.view, params: frame.params ?? m?.hidden?.params ?? new Float32Array(0) } : m?.hidden ?? null;
  const classes = data?.classes ?? 2;
  const v = useMemo(() => (info ? hiddenSpaceView(info, shown, layer, classes) : null), [info, shown, layer, classes]);
  if (!info || !data || !v) return <div className="panel-placeholder" data-testid="hidden-space">{t('hidden.building')}</div>;
  return (
    <HiddenSpace
      widths={v.widths}
      layer={v.layer}
      onLayer={(l) => store.getState().setLesson({ hiddenLayerChoice: l === v.widths.length - 1 ? null : l })}
      view={v.view}
      labels={data.trainY}
      classes={data.classes}
      truthX={isTruthTable(info.config.dataset) ? data.trainX : null}
      fn={v.fn}
      lines={v.lines}
      decision={v.decision}
      inputSeparable={separable}
      featureSpace={featureSpace}
      epoch={frame ? frame.view.testedEpoch : m?.latest?.epoch ?? 0}
      separableEpoch={frame ? null : ms.separableEpoch}
      replay={ms.frames.length > 1 ? {
        count: ms.frames.length, index: frame ? replayAt : null, epoch: frame?.epoch ?? null,
        onChange: (i) => store.getState().setReplayFrame(i),
      } : null}
      picked={picked === null ? 0 : picked.which === 'train' ? picked.index : null}
      onPick={(index) => store.getState().setLesson({ pickedPoint: { which: 'train', index } })}
      tools={v.layer !== null ? <ExportPngButton name={`hidden-space-layer-${v.layer + 1}`} panel="hidden" epoch={frame?.epoch} /> : undefined}
    />
  );
}
