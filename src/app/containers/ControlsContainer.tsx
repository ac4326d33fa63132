/** Playback bar and hyper-parameters wired to the store (the shortcuts live in app/chrome). */
import { useCallback, useMemo } from 'react';
import type { TrainConfig } from '../../core';
import { PlaybackBar } from '../../panels/controls/PlaybackBar';
import { HyperParams } from '../../panels/controls/HyperParams';
import { SpeedSelect } from '../../panels/controls/SpeedSelect';
import { useApp, useAppStore } from '../StoreContext';
import { selConfig, selEpoch, selStatus } from '../../store/selectors';
import type { AppState } from '../../store/types';

/** Controls a classroom link hides, as a set (stable per embed spec). */
const hiddenSets = new WeakMap<object, ReadonlySet<string>>();
const selHide = (s: AppState): ReadonlySet<string> => {
  let h = hiddenSets.get(s.embed);
  if (!h) hiddenSets.set(s.embed, (h = new Set(s.embed.hide)));
  return h;
};

export { selHide };
import { selPace } from '../../store/pace';

export function PlaybackContainer() {
  const status = useApp(selStatus);
  const epoch = useApp(selEpoch);
  const hide = useApp(selHide);
  const store = useAppStore();
  const actions = useMemo(() => {
    const s = () => store.getState();
    return {
      onPlay: () => s().play(),
      onPause: () => s().pause(),
      onStepEpoch: () => s().step('epoch'),
      onStepBatch: () => s().step('batch'),
      onReset: () => s().reset(),
    };
  }, [store]);
  return (
    <PlaybackBar
      running={status === 'running'}
      epoch={epoch}
      // The status banner explains divergence and errors once, above everything.
      onPlay={actions.onPlay}
      onPause={actions.onPause}
      onStepEpoch={actions.onStepEpoch}
      onStepBatch={actions.onStepBatch}
      onReset={actions.onReset}
      hide={hide}
    />
  );
}

export function SpeedContainer() {
  const speed = useApp(selPace);
  const hide = useApp(selHide);
  const store = useAppStore();
  const onChange = useCallback((v: number | null) => store.getState().setUi({ speed: v }), [store]);
  return hide.has('speed') ? null : <SpeedSelect speed={speed} onChange={onChange} />;
}

/**
 * A lesson step shows only what the step is about: the rate schedule stays out of its toolbar
 * (one more row would push the step's picture below the first screen) unless its link sets one.
 */
const selLessonHidesSchedule = (s: AppState): boolean => s.lessonStep !== 0 && s.config.schedule === 'constant';
const withSchedule = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

export function HyperParamsContainer() {
  const config = useApp(selConfig);
  const embedHide = useApp(selHide);
  const lessonHides = useApp(selLessonHidesSchedule);
  const store = useAppStore();
  const onChange = useCallback((patch: Partial<TrainConfig>) => store.getState().setConfig(patch), [store]);
  let hide = embedHide;
  if (lessonHides) {
    hide = withSchedule.get(embedHide) ?? new Set([...embedHide, 'schedule']);
    withSchedule.set(embedHide, hide);
  }
  return <HyperParams config={config} onChange={onChange} hide={hide} />;
}
