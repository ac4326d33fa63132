/**
 * Expanded view: a thumbnail per neuron, a path per weight, a bias marker per unit.
 * Returns a fragment of two absolutely positioned layers: HTML canvases underneath and the SVG
 * on top (links end at thumbnail edges, so only frames and markers overlap the pictures).
 * Pointer and focus events are handled by the parent through data-param / data-unit.
 */
import { memo, useMemo } from 'react';
import type { DiagramParams as Params, DiagramViewProps, LinkGeom } from './geometry';
import { linkWidth, signColor } from './linkStyle';
import { DEFAULT_INPUT_LABELS, neuronsLabel, paramLabel, unitLabel } from './paramLabels';
import { t } from '../../i18n';
import { InputThumbnail, UnitThumbnail } from './UnitThumbnail';

export interface ExpandedNetProps extends DiagramViewProps {
  inputLabels?: readonly string[];
  /** Parameter under the pointer or being edited: drawn outlined on top. */
  highlight: number | null;
}

/** Visible strokes: the only part that re-renders when params change. */
const LinkPaths = memo(function LinkPaths({ links, params }: { links: LinkGeom[]; params: Params }) {
  return (
    <g className="nd-links" fill="none">
      {links.map((k) => {
        const w = params ? params[k.param]! : NaN;
        return (
          <path
            key={k.param}
            className="nd-link"
            d={k.d}
            stroke={params ? signColor(w) : '#d0d5db'}
            strokeWidth={params ? linkWidth(w) : 1}
            strokeDasharray={params && Number.isNaN(w) ? '3 2' : undefined}
          />
        );
      })}
    </g>
  );
});

/**
 * Wide transparent strokes so a thin link is still easy to hover; static per geometry. Each is
 * also a keyboard target (roving: tabIndex -1, reached with the arrow keys from its neuron, see
 * NetworkDiagram), so a net of 1,000 weights is not 1,000 Tab stops.
 */
const LinkHits = memo(function LinkHits({ links, label }: { links: LinkGeom[]; label(k: LinkGeom): string }) {
  return (
    <g className="nd-hits" fill="none" stroke="transparent" strokeWidth={8}>
      {links.map((k) => <path key={k.param} d={k.d} data-param={k.param} tabIndex={-1} role="button" aria-label={label(k)} />)}
    </g>
  );
});

export function ExpandedNet(props: ExpandedNetProps) {
  const { geom, layout, params, grid, gridN, gridUnits, highlight, ariaLabel } = props;
  const inputLabels = props.inputLabels ?? DEFAULT_INPUT_LABELS;
  const s = geom.nodeSize;
  const outCol = geom.columns.length - 1;
  const linkByParam = useMemo(() => new Map(geom.links.map((k) => [k.param, k])), [geom.links]);
  const hot = highlight === null ? undefined : linkByParam.get(highlight);
  const linkLabel = useMemo(
    () => (k: LinkGeom) => paramLabel(layout, { kind: 'w', layer: k.layer, i: k.i, j: k.j }, inputLabels),
    [layout, inputLabels],
  );
  const [o0, o1] = props.outputDomain;
  const [h0, h1] = props.hiddenDomain;

  return (
    <>
      <div className="nd-layer">
        {geom.nodes.map((n) => n.column === 0
          ? <InputThumbnail key={`in${n.index}`} index={n.index} x={n.x} y={n.y} size={s} />
          : (
            <UnitThumbnail
              key={n.unit} grid={grid} unit={n.unit} gridUnits={gridUnits} n={gridN}
              lut={n.column === outCol ? props.lutOutput : props.lutHidden}
              d0={n.column === outCol ? o0 : h0} d1={n.column === outCol ? o1 : h1}
              x={n.x} y={n.y} size={s}
            />
          ))}
      </div>
      <svg className="nd-svg" width={geom.width} height={geom.height} role="group" aria-label={ariaLabel}>
        <LinkPaths links={geom.links} params={params} />
        {hot && (
          <path className="nd-link-hot" d={hot.d} fill="none" strokeWidth={linkWidth(params ? params[hot.param]! : NaN) + 3} />
        )}
        <LinkHits links={geom.links} label={linkLabel} />
        {geom.columns.map((c) => c.labelled && (
          <text key={c.column} className="nd-col-label" x={c.x} y={c.labelY} textAnchor="middle">
            {geom.labelStyle === 'short' ? c.units : c.kind === 'input' ? t('network.colInputs') : c.kind === 'output' ? t('network.colOutput') : neuronsLabel(c.units)}
          </text>
        ))}
        {geom.nodes.map((n) => (
          <g
            key={n.column === 0 ? `in${n.index}` : n.unit}
            className="nd-node"
            tabIndex={0}
            role={n.column === 0 ? 'img' : 'button'}
            aria-label={unitLabel(layout, n.column, n.index, inputLabels)}
            data-unit={n.column === 0 ? undefined : n.unit}
          >
            <rect x={n.x - s / 2} y={n.y - s / 2} width={s} height={s} rx={4} />
            {n.column === 0 && (
              <text className="nd-input-label" x={n.x - s / 2 - 5} y={n.y} textAnchor="end" dominantBaseline="central">
                {inputLabels[n.index] ?? `x${n.index + 1}`}
              </text>
            )}
          </g>
        ))}
        {geom.biases.map((b) => {
          const v = params ? params[b.param]! : NaN;
          return (
            <g
              key={b.param} className="nd-bias" data-param={b.param} tabIndex={-1} role="button"
              aria-label={paramLabel(layout, { kind: 'b', layer: b.layer, i: b.i }, inputLabels)}
            >
              <rect x={b.x - 8} y={b.y - 8} width={16} height={16} fill="transparent" />
              <rect
                className={highlight === b.param ? 'nd-bias-mark nd-bias-hot' : 'nd-bias-mark'}
                x={b.x - b.size / 2} y={b.y - b.size / 2} width={b.size} height={b.size} rx={1.5}
                fill={params ? signColor(v) : '#d0d5db'}
              />
            </g>
          );
        })}
      </svg>
    </>
  );
}
