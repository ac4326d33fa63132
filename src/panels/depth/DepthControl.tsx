/**
 * The depth slider and the width input: two views of config.hidden. The slider keeps
 * per-layer widths and adds layers of the last width; the width input sets every layer.
 * Both rebuild the network at once, so dragging the slider shows the gradients change live.
 */
import { t } from '../../i18n';
import { useEffect, useId, useRef, useState } from 'react';
import { commonWidth, DEFAULT_WIDTH, withDepth, withWidth } from '../../model/hiddenShape';
import './depth.css';

export interface DepthControlProps {
  hidden: readonly number[];
  maxLayers: number;
  maxWidth: number;
  onChange(hidden: number[]): void;
}

/** Depths worth landing on: the lesson's 1, 2 and 10 layers, the vanishing-gradient 20, powers of two. */
export const DEPTH_TICKS = [0, 1, 2, 4, 8, 10, 16, 20, 32, 48, 64] as const;
/**
 * The ticks labelled under the track. Centres must be a label's width plus a gap apart on the
 * narrowest track (TICK_TRACK_MIN_PX): 16 and 20 were 15 px apart and touched, so 20 has a
 * datalist tick and a PageUp stop but no label.
 */
export const TICK_LABELS = [0, 8, 16, 32, 48, 64] as const;
/** Narrowest track the labels are laid out for (260 px slider less its 8 px thumb insets). */
export const TICK_TRACK_MIN_PX = 244;
/** Where each label's centre sits on a track of `trackPx`, for ticks up to `max`. */
export function tickLabelCentres(max: number, trackPx: number): { d: number; x: number }[] {
  return TICK_LABELS.filter((d) => d <= max).map((d) => ({ d, x: (d / max) * trackPx }));
}

/** The next tick above (dir 1) or below (dir -1) `depth`, within [0, max]. */
export function nextTick(depth: number, dir: 1 | -1, max: number): number {
  const ticks = DEPTH_TICKS.filter((d) => d <= max);
  if (dir > 0) return ticks.find((d) => d > depth) ?? max;
  return [...ticks].reverse().find((d) => d < depth) ?? 0;
}

export function DepthControl({ hidden, maxLayers, maxWidth, onChange }: DepthControlProps) {
  const depthId = useId();
  const exactId = useId();
  const ticksId = useId();
  const widthId = useId();
  const depth = hidden.length;
  const common = commonWidth(hidden);
  // The width new layers get when there are none to copy (depth 0), remembered from the last edit.
  const spare = useRef(common ?? DEFAULT_WIDTH);
  const [draft, setDraft] = useState(common !== null ? String(common) : '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (common !== null) spare.current = common;
    setDraft(common !== null ? String(common) : depth === 0 ? String(spare.current) : '');
    setError(null);
  }, [common, depth]);

  const onWidth = (text: string) => {
    setDraft(text);
    const v = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
    if (!(v >= 1 && v <= maxWidth)) {
      setError(t('grad.widthError', { max: maxWidth }));
      return;
    }
    setError(null);
    spare.current = v;
    if (depth > 0 && v !== common) onChange(withWidth(hidden, v));
  };

  const [depthDraft, setDepthDraft] = useState<string | null>(null);
  const [depthError, setDepthError] = useState<string | null>(null);
  const setDepth = (d: number) => onChange(withDepth(hidden, d, depth === 0 ? spare.current : undefined));
  const onExact = (text: string) => {
    setDepthDraft(text);
    const v = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
    if (!(v >= 0 && v <= maxLayers)) {
      setDepthError(t('ux.depth.error', { max: maxLayers }));
      return;
    }
    setDepthError(null);
    if (v !== depth) setDepth(v);
  };

  const layersText = t('network.hiddenLayers', { count: depth });
  return (
    <div className="depth-ctl">
      <div className="depth-row depth-row-depth">
        <label htmlFor={depthId}>{t('grad.depth')}</label>
        <input
          id={exactId} type="number" min={0} max={maxLayers} step={1} inputMode="numeric"
          className="depth-exact" data-testid="depth-input" aria-label={t('ux.depth.exact')}
          value={depthDraft ?? String(depth)} aria-invalid={depthError ? true : undefined}
          aria-describedby={depthError ? `${exactId}-err` : undefined}
          onChange={(e) => onExact(e.target.value)} onBlur={() => { setDepthDraft(null); setDepthError(null); }}
        />
        <span className="depth-summary" data-testid="depth-value" data-value={depth} aria-live="polite">{layersText}</span>
      </div>
      <div className="depth-track">
        <input
          id={depthId} type="range" min={0} max={maxLayers} step={1} value={depth} data-testid="depth-slider"
          aria-valuetext={layersText} list={ticksId}
          onChange={(e) => { setDepthDraft(null); setDepthError(null); setDepth(Number(e.target.value)); }}
          onKeyDown={(e) => {
            // PageUp / PageDown jump between the useful depths; arrows step one layer (native).
            if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
            e.preventDefault();
            setDepth(nextTick(depth, e.key === 'PageUp' ? 1 : -1, maxLayers));
          }}
        />
        <datalist id={ticksId}>{DEPTH_TICKS.filter((d) => d <= maxLayers).map((d) => <option key={d} value={d} />)}</datalist>
        <div className="depth-ticks" aria-hidden="true">
          {TICK_LABELS.filter((d) => d <= maxLayers).map((d) => (
            <span key={d} className={d === depth ? 'depth-tick depth-tick-on' : 'depth-tick'} style={{ left: `${(d / maxLayers) * 100}%` }}>{d}</span>
          ))}
        </div>
      </div>
      {depthError && <p id={`${exactId}-err`} className="depth-error" role="alert">{depthError}</p>}
      <div className="depth-row">
        <label htmlFor={widthId}>{t('grad.width')}</label>
        <input
          id={widthId} type="number" min={1} max={maxWidth} step={1} inputMode="numeric" value={draft}
          placeholder={common === null && depth > 0 ? t('grad.mixed') : undefined} data-testid="width-input"
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${widthId}-err` : undefined}
          onChange={(e) => onWidth(e.target.value)}
        />
        <span className="depth-summary">
          {depth === 0 ? t('grad.single') : common !== null ? t('grad.shape', { depth, width: common }) : t('grad.mixedWidths')}
        </span>
      </div>
      {error && <p id={`${widthId}-err`} className="depth-error" role="alert">{error}</p>}
    </div>
  );
}
