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

export function DepthControl({ hidden, maxLayers, maxWidth, onChange }: DepthControlProps) {
  const depthId = useId();
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

  const layersText = t('network.hiddenLayers', { count: depth });
  return (
    <div className="depth-ctl">
      <div className="depth-row">
        <label htmlFor={depthId}>{t('grad.depth')}</label>
        <input
          id={depthId} type="range" min={0} max={maxLayers} step={1} value={depth} data-testid="depth-slider"
          aria-valuetext={layersText}
          onChange={(e) => onChange(withDepth(hidden, Number(e.target.value), depth === 0 ? spare.current : undefined))}
        />
        <output htmlFor={depthId} className="depth-value" data-testid="depth-value">{depth}</output>
      </div>
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
