/**
 * The hidden-space panel wired to the store: the layer picked (the last by default; the
 * bridge tells the worker), and the model's last hidden view (kept by the snapshot slice).
 * What to draw is derived in panels/hiddenspace/hiddenSpaceView.
 */
import { t } from '../../i18n';
import { useMemo } from 'react';
import { isTruthTable } from '../../core/datasets';
import { HiddenSpace } from '../../panels/hiddenspace/HiddenSpace';
import { hiddenSpaceView, inputSeparable } from '../../panels/hiddenspace/hiddenSpaceView';
import { selPickedPoint, selShownHiddenLayer } from '../../store/lessonSlice';
import { selData, selModelA } from '../../store/selectors';
import { useApp, useAppStore } from '../StoreContext';

export function HiddenSpaceContainer() {
  const m = useApp(selModelA);
  const data = useApp(selData);
  const layer = useApp(selShownHiddenLayer);
  const picked = useApp(selPickedPoint);
  const store = useAppStore();
  const separable = useMemo(() => (data ? inputSeparable(data) : null), [data]);
  const info = m?.info;
  const shown = m?.hidden ?? null;
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
      epoch={m?.latest?.epoch ?? 0}
      picked={picked === null ? 0 : picked.which === 'train' ? picked.index : null}
      onPick={(index) => store.getState().setLesson({ pickedPoint: { which: 'train', index } })}
    />
  );
}
