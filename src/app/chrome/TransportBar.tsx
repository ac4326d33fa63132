/**
 * Phones only: a bar fixed to the bottom of the screen with play, step, the epoch, the loss and
 * a small live picture of the output, so a learner scrolling through the network or the
 * gradient lab never loses sight of what training does. Mounted only at phone widths.
 */
import { useEffect, useMemo, useRef } from 'react';
import { drawHeatmap } from '../../viz/drawHeatmap';
import { buildColorLUT } from '../../viz/colors';
import { buildClassLUT, classConfidenceGrid } from '../../viz/classMap';
import { outputDomain } from '../../viz/domains';
import { fmtInt, fmtLoss } from '../../viz/format';
import { outputLayer } from '../../core/layout';
import { useT } from '../../i18n';
import { useApp, useAppStore } from '../StoreContext';
import { selData, selModelA, selStatus } from '../../store/selectors';

function Preview({ label }: { label: string }) {
  const m = useApp(selModelA);
  const data = useApp(selData);
  const ref = useRef<HTMLCanvasElement>(null);
  const out = m ? outputLayer(m.info.layout) : null;
  const k = out?.fanOut ?? 1;
  const [d0, d1] = out ? (k > 1 ? [0, k] : outputDomain(out.fn, data?.classes ?? 2)) : [0, 1];
  const lut = useMemo(() => (k > 1 ? buildClassLUT(k) : buildColorLUT([d0, d1])), [k, d0, d1]);
  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || !m?.boundary || !m.boundaryN) return;
    const n = m.boundaryN;
    if (c.width !== n) { c.width = n; c.height = n; }
    const grid = k > 1 ? classConfidenceGrid(m.boundary, n * n, k, false) : m.boundary;
    drawHeatmap(ctx, grid, 0, n, lut, [d0, d1]);
  }, [m?.boundary, m?.boundaryN, k, lut, d0, d1]);
  return <canvas ref={ref} className="transport-preview" data-testid="transport-preview" role="img" aria-label={label} width={1} height={1} />;
}

export function TransportBar() {
  const t = useT();
  const status = useApp(selStatus);
  const m = useApp(selModelA);
  const store = useAppStore();
  const running = status === 'running';
  const epoch = m?.latest?.epoch ?? 0;
  return (
    <div className="transport" role="region" aria-label={t('ux.transport.region')} data-testid="transport">
      <button
        type="button" className="transport-play" data-testid="transport-play"
        aria-label={running ? t('ux.transport.pause') : t('ux.transport.play')}
        onClick={() => store.getState().togglePlay()}
      >
        <svg width="26" height="26" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d={running ? 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z' : 'M8 5.5v13a1 1 0 0 0 1.5.86l10.4-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5z'} />
        </svg>
      </button>
      <button
        type="button" className="transport-step" data-testid="transport-step" aria-label={t('ux.transport.step')} disabled={running}
        onClick={() => store.getState().step('epoch')}
      >
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M5 5.8v12.4a.8.8 0 0 0 1.2.7l9-6.2a.8.8 0 0 0 0-1.4l-9-6.2A.8.8 0 0 0 5 5.8zM17 5h2.5v14H17z" />
        </svg>
      </button>
      <dl className="transport-stats">
        <div><dt>{t('ux.transport.epoch')}</dt><dd data-testid="transport-epoch">{fmtInt(epoch)}</dd></div>
        <div><dt>{t('ux.transport.loss')}</dt><dd data-testid="transport-loss">{fmtLoss(m?.latest?.trainLoss ?? null)}</dd></div>
      </dl>
      <Preview label={t('ux.transport.preview')} />
    </div>
  );
}
