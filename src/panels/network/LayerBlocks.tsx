/**
 * Compact view for deep or wide nets: one narrow block per layer showing its units as small
 * stacked pictures, and one connector per weighted layer whose width is the layer's mean |w|.
 * No per-link lines (see the thresholds in geometry.ts). Same two-layer structure as
 * ExpandedNet: canvases below, SVG on top, events handled by the parent via data attributes.
 */
import { memo, useEffect, useRef } from 'react';
import { BLOCK_CELL, fillBlockPixels } from './blockPixels';
import type { BlockGeom, DiagramParams as Params, DiagramViewProps } from './geometry';
import { linkWidth, meanAbsWeight } from './linkStyle';
import { inputGradient } from './UnitThumbnail';
import { neuronsLabel } from './paramLabels';
import { t } from '../../i18n';

export interface LayerBlocksProps extends DiagramViewProps {
  /** Weighted layer whose connector is hovered. */
  highlightLayer: number | null;
}

interface BlockCanvasProps {
  block: BlockGeom;
  grid: Float32Array | null;
  gridN: number;
  gridUnits: number;
  lut: Uint8ClampedArray;
  d0: number;
  d1: number;
}

const BlockCanvas = memo(function BlockCanvas({ block, grid, gridN, gridUnits, lut, d0, d1 }: BlockCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const m = Math.max(1, Math.min(BLOCK_CELL, gridN));
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || gridN <= 0) return;
    const img = ctx.createImageData(m, m * block.units);
    fillBlockPixels(img.data, grid, block.unitOffset, block.units, gridUnits, gridN, m, lut, [d0, d1]);
    ctx.putImageData(img, 0, 0);
  }, [grid, gridN, gridUnits, lut, d0, d1, m, block.unitOffset, block.units]);
  return (
    <canvas
      ref={ref}
      className="nd-block-img"
      width={m}
      height={m * block.units}
      style={{ left: block.x, top: block.y, width: block.w, height: block.h }}
      aria-hidden="true"
    />
  );
});

export function LayerBlocks(props: LayerBlocksProps) {
  const { geom, layout, params, grid, gridN, gridUnits, highlightLayer, ariaLabel } = props;
  const outCol = geom.columns.length - 1;
  const [o0, o1] = props.outputDomain;
  const [h0, h1] = props.hiddenDomain;
  const footerY = Math.max(...geom.blocks.map((b) => b.y + b.h)) + 13;

  return (
    <>
      <div className="nd-layer">
        {geom.blocks.map((b) => b.kind === 'input'
          ? Array.from({ length: b.units }, (_, k) => (
            <div
              key={`in${k}`} className="nd-block-img" aria-hidden="true"
              style={{ left: b.x, top: b.y + k * b.cellH, width: b.w, height: b.cellH, background: inputGradient(k) }}
            />
          ))
          : (
            <BlockCanvas
              key={b.column} block={b} grid={grid} gridN={gridN} gridUnits={gridUnits}
              lut={b.column === outCol ? props.lutOutput : props.lutHidden}
              d0={b.column === outCol ? o0 : h0} d1={b.column === outCol ? o1 : h1}
            />
          ))}
      </div>
      <svg className="nd-svg" width={geom.width} height={geom.height} role="group" aria-label={ariaLabel}>
        {geom.connectors.map((c) => {
          const L = layout.layers[c.layer]!;
          const mean = params ? meanAbsWeight(params, L.wOffset, L.fanIn * L.fanOut) : NaN;
          return (
            <g key={c.layer} className="nd-connector" data-layer-link={c.layer}>
              <line
                x1={c.x1} x2={c.x2} y1={c.y} y2={c.y}
                className={highlightLayer === c.layer ? 'nd-connector-line nd-connector-hot' : 'nd-connector-line'}
                strokeWidth={linkWidth(mean)}
              />
              <line x1={c.x1} x2={c.x2} y1={c.y} y2={c.y} stroke="transparent" strokeWidth={14} />
            </g>
          );
        })}
        {geom.columns.map((c) => c.labelled && (
          <text key={c.column} className="nd-col-label" x={c.x} y={c.labelY} textAnchor="middle">{c.units}</text>
        ))}
        {geom.blocks.map((b) => (
          <g key={b.column}>
            <rect
              className="nd-block"
              x={b.x} y={b.y} width={b.w} height={b.h} rx={3}
              tabIndex={b.kind === 'input' ? undefined : 0}
              role={b.kind === 'input' ? 'img' : 'button'}
              aria-label={b.kind === 'input'
                ? t('network.inputs', { n: b.units })
                : t('network.blockName', { layer: b.kind === 'output' ? t('network.outputLayer') : t('network.Layer', { n: b.column }), neurons: neuronsLabel(b.units) })}
              data-block={b.kind === 'input' ? undefined : b.column}
            />
            {b.footer && (
              <text className="nd-block-label" x={b.x + b.w / 2} y={footerY} textAnchor="middle">
                {b.kind === 'input' ? t('network.blockIn') : b.kind === 'output' ? t('network.blockOut') : b.column}
              </text>
            )}
          </g>
        ))}
      </svg>
    </>
  );
}
