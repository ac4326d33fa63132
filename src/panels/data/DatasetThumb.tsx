/** One dataset button: a small canvas of its points and its name. */
import { memo, useEffect, useRef } from 'react';
import type { DatasetName } from '../../core/datasets';
import { drawThumb, thumbData } from './thumbnails';
import { useT } from '../../i18n';
import { whenIdle } from '../../viz/whenIdle';

export interface DatasetThumbProps {
  name: DatasetName;
  selected: boolean;
  onPick(name: DatasetName): void;
}

/** CSS size; the canvas has twice the pixels so dots stay crisp on high-density screens. */
const CSS_SIZE = 56;
const PIXELS = 2 * CSS_SIZE;

export const DatasetThumb = memo(function DatasetThumb({ name, selected, onPick }: DatasetThumbProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  // Generating a dataset for its picture takes a few ms each: in idle time, after the first screen.
  useEffect(() => whenIdle(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) drawThumb(ctx, thumbData(name), PIXELS);
  }), [name]);
  const t = useT();
  const label = t(`data.name.${name}`);
  return (
    <button
      type="button"
      className="data-thumb"
      aria-pressed={selected}
      aria-label={t('data.dataset', { name: label })}
      data-testid={`dataset-${name}`}
      title={label}
      onClick={() => onPick(name)}
    >
      <canvas ref={ref} width={PIXELS} height={PIXELS} style={{ width: CSS_SIZE, height: CSS_SIZE }} aria-hidden="true" />
      <span className="data-thumb-name">{label}</span>
    </button>
  );
});
