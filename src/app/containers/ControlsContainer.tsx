/** Playback bar and hyper-parameters wired to the store, plus the keyboard shortcuts. */
import { useCallback, useMemo } from 'react';
import type { TrainConfig } from '../../core';
import { PlaybackBar } from '../../panels/controls/PlaybackBar';
import { HyperParams } from '../../panels/controls/HyperParams';
import { useShortcuts } from '../../panels/controls/useShortcuts';
import { SpeedSelect } from '../../panels/controls/SpeedSelect';
import { useApp, useAppStore } from '../StoreContext';
import { selConfig, selEpoch, selStatus } from '../../store/selectors';
import { selPace } from '../../store/pace';

export function PlaybackContainer() {
  const status = useApp(selStatus);
  const epoch = useApp(selEpoch);
  const store = useAppStore();
  const actions = useMemo(() => {
    const s = () => store.getState();
    return {
      onPlay: () => s().play(),
      onPause: () => s().pause(),
      onTogglePlay: () => s().togglePlay(),
      onStepEpoch: () => s().step('epoch'),
      onStepBatch: () => s().step('batch'),
      onReset: () => s().reset(),
    };
  }, [store]);
  useShortcuts({ onTogglePlay: actions.onTogglePlay, onStep: actions.onStepEpoch, onReset: actions.onReset });
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
    />
  );
}

export function SpeedContainer() {
  const speed = useApp(selPace);
  const store = useAppStore();
  const onChange = useCallback((v: number | null) => store.getState().setUi({ speed: v }), [store]);
  return <SpeedSelect speed={speed} onChange={onChange} />;
}

export function HyperParamsContainer() {
  const config = useApp(selConfig);
  const store = useAppStore();
  const onChange = useCallback((patch: Partial<TrainConfig>) => store.getState().setConfig(patch), [store]);
  return <HyperParams config={config} onChange={onChange} />;
}
