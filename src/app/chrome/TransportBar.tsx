/**
 * Phones only: a bar fixed to the bottom of the screen with play, step, the epoch, the loss and
 * a small live picture of the output, so a learner scrolling through the network or the
 * gradient lab never loses sight of what training does. Mounted only at phone widths.
 */
import { useEffect, useMemo, useRef } from 'react';
import { drawHeatmap } from '../../viz/drawHeatmap';
import { buildColorLUT } from '../../viz/colors';
import { buildClassLUT, classConfidenceGrid } from '../../viz/classMap';
import { fmtInt, fmtLoss } from '../../viz/format';
import { useApp, useAppStore } from '../StoreContext';
import { selData, selMain, selStatus } from '../../store/selectors';
import { outputDomain } from '../containers/domains';

export interface TransportLabels {
  play: string;
  pause: string;
  step: string;
  epoch: string;
  loss: string;
  preview: string;
}

function Preview({ label }: { label: string }) {
  const m = useApp(selMain);
  const data = useApp(selData);
  const ref = useRef<HTMLCanvasElement>(null);
  const out = m?.info.layers[m.info.layers.length - 1];
  const k = out?.fanOut ?? 1;
  const domain = out ? (k > 1 ? [0, k] as [number, number] : outputDomain(out.fn, data?.classes ?? 2)) : ([0, 1] as [number, number]);
  const lut = useMemo(() => (k > 1 ? buildClassLUT(k) : buildColorLUT(domain)), [k, domain[0], domain[1]]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || !m?.boundary || !m.boundaryN) return;
    const n = m.boundaryN;
    if (c.width !== n) { c.width = n; c.height = n; }
    const grid = k > 1 ? classConfidenceGrid(m.boundary, n * n, k, false) : m.boundary;
    drawHeatmap(ctx, grid, 0, n, lut, domain);
  }, [m?.boundary, m?.boundaryN, k, lut]); // eslint-disable-line react-hooks/exhaustive-deps
  return <canvas ref={ref} className="transport-preview" data-testid="transport-preview" role="img" aria-label={label} width={1} height={1} />;
}

export function TransportBar({ labels }: { labels: TransportLabels }) {
  const status = useApp(selStatus);
  const m = useApp(selMain);
  const store = useAppStore();
  const running = status === 'running';
  const epoch = m?.snap?.epoch ?? 0;
  return (
    <div className="transport" role="region" aria-label={labels.preview} data-testid="transport">
      <button
        type="button" className="transport-play" data-testid="transport-play" aria-label={running ? labels.pause : labels.play}
        onClick={() => store.getState().togglePlay()}
      >
        <svg width="26" height="26" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d={running ? 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z' : 'M8 5.5v13a1 1 0 0 0 1.5.86l10.4-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5z'} />
        </svg>
      </button>
      <button
        type="button" className="transport-step" data-testid="transport-step" aria-label={labels.step} disabled={running}
        onClick={() => store.getState().step('epoch')}
      >
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M5 5.8v12.4a.8.8 0 0 0 1.2.7l9-6.2a.8.8 0 0 0 0-1.4l-9-6.2A.8.8 0 0 0 5 5.8zM17 5h2.5v14H17z" />
        </svg>
      </button>
      <dl className="transport-stats">
        <div><dt>{labels.epoch}</dt><dd data-testid="transport-epoch">{fmtInt(epoch)}</dd></div>
        <div><dt>{labels.loss}</dt><dd data-testid="transport-loss">{fmtLoss(m?.snap?.trainLoss ?? null)}</dd></div>
      </dl>
      <Preview label={labels.preview} />
    </div>
  );
}
