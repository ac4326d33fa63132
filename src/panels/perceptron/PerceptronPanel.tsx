/**
 * The perceptron rule (Rosenblatt, 1958): a step-threshold neuron that learns one pattern at
 * a time. On AND and OR it stops after a few updates; on XOR its weights come back to a state
 * they had before, so it would loop forever, and the panel says why.
 */
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
    <section className="pc" data-testid="perceptron" aria-label="Perceptron rule">
      <header className="pc-head">
        <h3>Perceptron rule <span className="pc-year">(Rosenblatt, 1958)</span></h3>
        <div className="pc-tables" role="radiogroup" aria-label="Truth table">
          {TRUTH_TABLES.map((t) => (
            <button key={t} type="button" role="radio" aria-checked={t === table} className={t === table ? 'pc-on' : undefined}
              onClick={() => onTable(t)} data-testid={`perceptron-table-${t}`}>{t.toUpperCase()}</button>
          ))}
        </div>
      </header>
      <p className="pc-rule">
        A step neuron fires (outputs 1) when w·x + b &gt; 0. Patterns come one at a time; on a mistake,
        w ← w + (t − y)·x and b ← b + (t − y). Start at zero, rate 1.
      </p>
      <div className="pc-body">
        <PerceptronPlot trace={trace} frame={frame} />
        <div className="pc-side">
          <dl className="pc-state">
            <dt>presentations</dt><dd data-testid="perceptron-steps">{frame.shown}</dd>
            <dt>updates</dt><dd data-testid="perceptron-updates">{frame.updates}</dd>
            <dt>w</dt><dd>({short(frame.w[0])}, {short(frame.w[1])})</dd>
            <dt>b</dt><dd>{short(frame.b)}</dd>
          </dl>
          <p className="pc-event">{eventText(trace, frame)}</p>
          <div className="pc-controls">
            <button type="button" onClick={player.toggle} data-testid="perceptron-play" className="pc-primary">
              {player.playing ? 'Pause' : frame.done && status !== 'cycle' ? 'Replay' : 'Play'}
            </button>
            <button type="button" onClick={player.step} data-testid="perceptron-step" disabled={frame.done && status !== 'cycle'}>Step</button>
            <button type="button" onClick={player.finish} data-testid="perceptron-finish" disabled={frame.done}>To the end</button>
            <button type="button" onClick={player.reset} data-testid="perceptron-reset" disabled={player.shown === 0}>Reset</button>
            <select aria-label="Speed" value={player.speed} onChange={(e) => player.setSpeed(e.target.value as Speed)}>
              {(Object.keys(SPEEDS) as Speed[]).map((s) => <option key={s} value={s}>{s}</option>)}
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
  if (!e) return 'Press Play or Step to present the first pattern.';
  const x = patternText(t, e.index);
  return e.updated
    ? `Pattern ${x}: target ${e.target}, the unit said ${e.output}: a mistake, so the weights move ${e.target > e.output ? 'toward' : 'away from'} it.`
    : `Pattern ${x}: target ${e.target}, the unit said ${e.output}: right, no change.`;
}

function statusText(t: PerceptronTrace, f: PerceptronFrame, status: string): string {
  const r = t.result;
  const wb = `w = (${short(r.w[0])}, ${short(r.w[1])}), b = ${short(r.b)}`;
  if (status === 'converged') {
    return `Converged after ${r.updates} updates (${r.steps} presentations): ${wb}. A full pass over the four patterns made no mistake, so the line splits them.`;
  }
  if (status === 'cycle') {
    const lap = f.shown > t.events.length ? ' It is going round that loop now.' : '';
    return `Cycle after ${r.updates} updates: the weights came back to a state they had ${r.period} presentations earlier, so the rule repeats the same ${r.periodUpdates} updates forever.${lap} ${capitalize(r.message)}.`;
  }
  if (status === 'limit') return r.message;
  return status === 'ready' ? 'Not started.' : 'Learning…';
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
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
        <td>{e.updated ? 'update' : '—'}</td><td>({short(e.w[0])}, {short(e.w[1])})</td><td>{short(e.b)}</td>
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
