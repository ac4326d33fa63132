/**
 * Node harness: runs the worker's Engine on a real clock the way training.worker.ts does
 * (receive, tick, ack after every snapshot) and reports the longest tasks, split by phase.
 * Usage: tsx bench/workerTasks.ts [seconds] [case...]
 */
import { Engine } from '../src/worker/engine';
import { parseHash } from '../src/store/url';
import type { FromWorker } from '../src/worker/protocol';
import { TRAIN_CASES as CASES } from './ui/trainCases.mjs';

const seconds = Number(process.argv[2] ?? 4);
const only = process.argv.slice(3);
const phases = ['flushInbox', 'runJob', 'requestSnapshot', 'build', 'addHeavyParts', 'postSliced', 'bigStepTurn', 'startTurn'] as const;

for (const c of CASES.filter((c: { id: string }) => only.length === 0 || only.includes(c.id))) {
  const posted: FromWorker[] = [];
  let acks = 0;
  const engine = new Engine({ post: (m) => { posted.push(m); if (m.type === 'snapshot') acks++; }, now: () => performance.now() });
  const time: Record<string, number> = {};
  const e = engine as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const p of phases) {
    const orig = e[p]!.bind(engine);
    e[p] = (...a: unknown[]) => { const t = performance.now(); try { return orig(...a); } finally { time[p] = (time[p] ?? 0) + performance.now() - t; } };
  }
  const tasks: { ms: number; label: string }[] = [];
  const run = (label: string, f: () => void) => {
    for (const p of phases) time[p] = 0;
    const t = performance.now();
    f();
    const ms = performance.now() - t;
    const parts = Object.entries(time).filter(([, v]) => v > 1).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    tasks.push({ ms, label: `${label}${parts ? ` (${parts})` : ''}` });
  };
  const st = parseHash(c.hash);
  const hidden = st.config.hidden.length;
  run('config', () => engine.receive({ type: 'config', config: st.config, compare: st.compare ? { ...st.config, ...st.compare } : null, reason: 'bench', rebuild: true }));
  run('view', () => engine.receive({ type: 'view', view: { thumbnails: true, hiddenLayer: hidden > 0 ? hidden : null, epochsPerSecond: null } }));
  run('play', () => engine.receive({ type: 'play' }));
  const end = performance.now() + seconds * 1000;
  let seen = 0;
  while (performance.now() < end) {
    if (acks > seen) { seen = acks; run('ack', () => engine.receive({ type: 'ack' })); }
    run('tick', () => engine.tick());
  }
  tasks.sort((a, b) => b.ms - a.ms);
  const over = tasks.filter((t) => t.ms > 50).length;
  console.log(`${c.name}: ${tasks.length} tasks, ${over} over 50 ms, epoch ${(posted.filter((m) => m.type === 'snapshot').at(-1) as any)?.snapshot.models[0].epoch}`);
  for (const t of tasks.slice(0, 6)) console.log(`  ${t.ms.toFixed(1).padStart(7)} ms  ${t.label}`);
}
