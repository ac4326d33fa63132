/**
 * The perceptron rule (Rosenblatt, 1958): a step-threshold neuron that learns one pattern at
 * a time. On AND and OR it stops after a few updates; on XOR its weights come back to a state
 * they had before, so it would loop forever, and the panel says why.
 */
import { t as tr } from '../../i18n';
import { useEffect, useMemo, useRef } from 'react';
import { TRUTH_TABLES } from '../../core/datasets';
import { short } from '../../viz/numbers';
import { PerceptronPlot } from './PerceptronPlot';
import { frameAt, tracePerceptron, type PerceptronFrame, type PerceptronTrace, type TableName } from './perceptronTrace';
import { SPEEDS, usePerceptronPlayer, type Speed } from './usePerceptronPlayer';
import './perceptron.css';

/** Trace rows kept on screen; a cycling replay can run on for ever. */
const MAX_ROWS = 40;

export interface PerceptronPanelProps {
  table: TableName;
  onTable(t: TableName): void;
}

export function PerceptronPanel({ table, onTable }: PerceptronPanelProps) {
  const trace = useMemo(() => tracePerceptron(table), [table]);
  const player = usePerceptronPlayer(trace);
  const frame = frameAt(trace, player.shown);
  const status = frame.done ? trace.result.status : player.shown === 0 ? 'ready' : 'running';
  return (
    <section className="pc" data-testid="perceptron" aria-label={tr('neuron.perceptron.title')}>
      <header className="pc-head">
        <h3>{tr('neuron.perceptron.title')} <span className="pc-year">{tr('neuron.perceptron.year')}</span></h3>
        <div className="pc-tables" role="radiogroup" aria-label={tr('neuron.perceptron.tables')}>
          {TRUTH_TABLES.map((t) => (
            <button key={t} type="button" role="radio" aria-checked={t === table} className={t === table ? 'pc-on' : undefined}
              onClick={() => onTable(t)} data-testid={`perceptron-table-${t}`}>{t.toUpperCase()}</button>
          ))}
        </div>
      </header>
      <p className="pc-rule">
        {tr('neuron.perceptron.rule')}
      </p>
      <div className="pc-body">
        <PerceptronPlot trace={trace} frame={frame} />
        <div className="pc-side">
          <dl className="pc-state">
            <dt>{tr('neuron.perceptron.presentations')}</dt><dd data-testid="perceptron-steps">{frame.shown}</dd>
            <dt>{tr('neuron.perceptron.updates')}</dt><dd data-testid="perceptron-updates">{frame.updates}</dd>
            <dt>w</dt><dd>({short(frame.w[0])}, {short(frame.w[1])})</dd>
            <dt>b</dt><dd>{short(frame.b)}</dd>
          </dl>
          <p className="pc-event">{eventText(trace, frame)}</p>
          <div className="pc-controls">
            <button type="button" onClick={player.toggle} data-testid="perceptron-play" className="pc-primary">
              {tr(player.playing ? 'neuron.perceptron.pause' : frame.done && status !== 'cycle' ? 'neuron.perceptron.replay' : 'neuron.perceptron.play')}
            </button>
            <button type="button" onClick={player.step} data-testid="perceptron-step" disabled={frame.done && status !== 'cycle'}>{tr('neuron.perceptron.step')}</button>
            <button type="button" onClick={player.finish} data-testid="perceptron-finish" disabled={frame.done}>{tr('neuron.perceptron.finish')}</button>
            <button type="button" onClick={player.reset} data-testid="perceptron-reset" disabled={player.shown === 0}>{tr('neuron.perceptron.reset')}</button>
            <select aria-label={tr('neuron.perceptron.speed')} value={player.speed} onChange={(e) => player.setSpeed(e.target.value as Speed)}>
              {(Object.keys(SPEEDS) as Speed[]).map((s) => <option key={s} value={s}>{tr(`neuron.perceptron.speeds.${s}`)}</option>)}
            </select>
          </div>
        </div>
      </div>
      <p className="pc-status" data-testid="perceptron-status" data-status={status}
        data-updates={frame.done ? trace.result.updates : undefined} role="status">
        {statusText(trace, frame, status)}
      </p>
      <TraceTable trace={trace} shown={player.shown} />
    </section>
  );
}

/** "(0, 1)": pattern i of the trace. */
function patternText(t: PerceptronTrace, i: number): string {
  return `(${short(t.points[2 * i]!)}, ${short(t.points[2 * i + 1]!)})`;
}

function eventText(t: PerceptronTrace, f: PerceptronFrame): string {
  const e = f.event;
  if (!e) return tr('neuron.perceptron.first');
  const v = { x: patternText(t, e.index), t: e.target, y: e.output };
  if (!e.updated) return tr('neuron.perceptron.right', v);
  return tr(e.target > e.output ? 'neuron.perceptron.mistakeToward' : 'neuron.perceptron.mistakeAway', v);
}

function statusText(t: PerceptronTrace, f: PerceptronFrame, status: string): string {
  const r = t.result;
  const wb = `w = (${short(r.w[0])}, ${short(r.w[1])}), b = ${short(r.b)}`;
  if (status === 'converged') {
    return tr('neuron.perceptron.converged', { updates: r.updates, steps: r.steps, wb });
  }
  if (status === 'cycle') {
    const lap = f.shown > t.events.length ? tr('neuron.perceptron.lap') : '';
    return tr('neuron.perceptron.cycle', { updates: r.updates, period: r.period, periodUpdates: r.periodUpdates }) + lap + tr('neuron.perceptron.notSeparable');
  }
  if (status === 'limit') return tr('neuron.perceptron.limit', { steps: r.steps });
  return tr(status === 'ready' ? 'neuron.perceptron.ready' : 'neuron.perceptron.learning');
}

/** The run so far, one row per presentation, mistakes marked; keeps the latest row in view. */
function TraceTable({ trace, shown }: { trace: PerceptronTrace; shown: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const from = Math.max(1, shown - MAX_ROWS + 1);
  const rows = [];
  for (let s = from; s <= shown; s++) {
    const f = frameAt(trace, s);
    const e = f.event!;
    rows.push(
      <tr key={s} className={e.updated ? 'pc-miss' : undefined}>
        <td>{s}</td><td>{patternText(trace, e.index)}</td><td>{e.target}</td><td>{e.output}</td>
        <td>{e.updated ? tr('neuron.perceptron.update') : '—'}</td><td>({short(e.w[0])}, {short(e.w[1])})</td><td>{short(e.b)}</td>
      </tr>,
    );
  }
  useEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [shown]);
  return (
    <div className="pc-trace" ref={ref}>
      <table>
        <thead><tr><th>#</th><th>x</th><th>t</th><th>y</th><th /><th>w</th><th>b</th></tr></thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
