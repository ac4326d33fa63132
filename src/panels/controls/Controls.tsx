/**
 * The control column: playback bar with keyboard shortcuts, then the hyper-parameters.
 * The parts are exported separately so the app can lay them out apart if it wants.
 */
import { HyperParams, type HyperParamsProps } from './HyperParams';
import { PlaybackBar, type PlaybackBarProps } from './PlaybackBar';
import { useShortcuts } from './useShortcuts';

export { HyperParams, type HyperParamsProps } from './HyperParams';
export { PlaybackBar, type PlaybackBarProps, type RunStatus } from './PlaybackBar';
export { useShortcuts, type ShortcutHandlers } from './useShortcuts';

export interface ControlsProps extends PlaybackBarProps, HyperParamsProps {
  /** Install the space / s / r shortcuts (default true; one Controls per page should). */
  shortcuts?: boolean;
}

export function Controls(props: ControlsProps) {
  const { running, onPlay, onPause, onStepEpoch, onReset, shortcuts = true } = props;
  useShortcuts({ onTogglePlay: running ? onPause : onPlay, onStep: onStepEpoch, onReset }, shortcuts);
  return (
    <div className="ctl">
      <PlaybackBar {...props} />
      <HyperParams config={props.config} onChange={props.onChange} errors={props.errors} />
    </div>
  );
}
