/** Play/pause (big), step one epoch, step one batch, reset, and the epoch counter. */
import { epochText, fmtInt } from '../../viz/format';
import { currentLang, useT } from '../../i18n';
import './controls.css';

export type RunStatus = 'idle' | 'running' | 'paused' | 'diverged' | 'error';

export interface PlaybackBarProps {
  running: boolean;
  epoch: number;
  onPlay(): void;
  onPause(): void;
  onStepEpoch(): void;
  onStepBatch(): void;
  onReset(): void;
  status?: RunStatus;
  /** Controls a classroom link hides (`hide=play,step,reset`). */
  hide?: ReadonlySet<string>;
}

const STATUS_KEY: Partial<Record<RunStatus, string>> = {
  diverged: 'app.playback.diverged',
  error: 'app.playback.error',
};

const Icon = ({ d, size = 18 }: { d: string; size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d={d} fill="currentColor" /></svg>
);
const PLAY = 'M8 5.5v13a1 1 0 0 0 1.5.86l10.4-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5z';
const PAUSE = 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z';
const STEP = 'M5 5.8v12.4a.8.8 0 0 0 1.2.7l9-6.2a.8.8 0 0 0 0-1.4l-9-6.2A.8.8 0 0 0 5 5.8zM17 5h2.5v14H17z';
const STEP_SMALL = 'M9 7.5v9a.7.7 0 0 0 1.1.6l6.2-4.5a.7.7 0 0 0 0-1.2l-6.2-4.5A.7.7 0 0 0 9 7.5z';
const RESET = 'M12 5a7 7 0 1 1-6.93 8h2.03A5 5 0 1 0 12 7v3L7.5 6 12 2z';

export function PlaybackBar({ running, epoch, onPlay, onPause, onStepEpoch, onStepBatch, onReset, status, hide }: PlaybackBarProps) {
  const shown = (name: string) => !hide?.has(name);
  const t = useT();
  const key = status ? STATUS_KEY[status] : undefined;
  const message = key ? t(key) : undefined;
  return (
    <div className="ctl-playback" role="group" aria-label={t('app.playback.group')}>
      {shown('reset') && (
        <button type="button" className="ctl-round ctl-small" data-testid="reset" aria-label={t('app.playback.reset')} title={t('app.playback.resetTitle')} onClick={onReset}>
          <Icon d={RESET} />
        </button>
      )}
      {shown('play') && <button
        type="button" className="ctl-round ctl-play" data-testid="play"
        aria-label={t(running ? 'app.playback.pause' : 'app.playback.play')} title={t(running ? 'app.playback.pauseTitle' : 'app.playback.playTitle')}
        onClick={running ? onPause : onPlay}
      >
        <Icon d={running ? PAUSE : PLAY} size={30} />
      </button>}
      {shown('step') && <button type="button" className="ctl-pill" data-testid="step" aria-label={t('app.playback.stepEpoch')} title={t('app.playback.stepEpochTitle')} disabled={running} onClick={onStepEpoch}>
        <Icon d={STEP} size={16} />
        <span aria-hidden="true">{t('app.playback.epoch')}</span>
      </button>}
      {shown('step') && <button type="button" className="ctl-pill" data-testid="step-batch" aria-label={t('app.playback.stepBatch')} title={t('app.playback.stepBatch')} disabled={running} onClick={onStepBatch}>
        <Icon d={STEP_SMALL} size={16} />
        <span aria-hidden="true">{t('app.playback.batch')}</span>
      </button>}
      {/* Fixed slot, tabular figures: growing digits never push the settings sideways. */}
      <div className="ctl-epoch" title={t('app.playback.epochs', { n: fmtInt(epoch) })}>
        <span className="ctl-epoch-label">{t('app.playback.epoch')}</span>
        <output className="ctl-epoch-value" data-testid="metric-epoch" data-value={String(epoch)} aria-live="off">
          {epochText(epoch, currentLang())}
        </output>
      </div>
      {message && <p className={`ctl-status ctl-status-${status}`} role="status">{message}</p>}
    </div>
  );
}
