/// <reference lib="webworker" />
/**
 * The training worker: a thin shell that feeds messages to the Engine and keeps it ticking.
 * Slices are chained through a MessageChannel rather than setTimeout(0), which browsers
 * clamp to 4 ms once nested, wasting a quarter of the worker's time.
 */
import { Engine } from './engine';
import type { FromWorker, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const engine = new Engine({
  post: (msg: FromWorker, transfer: ArrayBuffer[]) => self.postMessage(msg, transfer),
  now: () => performance.now(),
});

/**
 * The longest task this worker has run (ms), what it was (a message type or 'tick') and when
 * (ms since the worker started), and how many ran over 50 ms (issue 13's limit): bench:ui
 * reads them from the worker's global scope. Two clock reads per task.
 */
const tasks = { longestMs: 0, longestWhat: '', longestAtMs: 0, over50: 0, count: 0 };
(self as unknown as { __workerTasks: typeof tasks }).__workerTasks = tasks;
function timed(what: string, run: () => void): void {
  const t0 = performance.now();
  try {
    run();
  } finally {
    const ms = performance.now() - t0;
    tasks.count++;
    if (ms > tasks.longestMs) Object.assign(tasks, { longestMs: ms, longestWhat: what, longestAtMs: t0 });
    if (ms > 50) tasks.over50++;
  }
}

const channel = new MessageChannel();
let scheduled = false;
channel.port1.onmessage = () => {
  scheduled = false;
  try {
    timed('tick', () => engine.tick());
  } catch (e) {
    report(e);
    return;
  }
  schedule();
};

function schedule(): void {
  if (scheduled || !(engine.isRunning || engine.hasWork)) return;
  scheduled = true;
  // At a chosen pace the engine may have nothing to do yet: sleep instead of spinning. A queued
  // build goes at the next turn, after the messages already waiting (a newer config replaces it).
  const delay = engine.hasWork ? 0 : engine.nextDelay();
  if (delay > 0) setTimeout(() => channel.port2.postMessage(null), delay);
  else channel.port2.postMessage(null);
}

function report(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  self.postMessage({ type: 'error', message: `worker error: ${message}`, field: null } satisfies FromWorker);
}

self.onmessage = (ev: MessageEvent<ToWorker>) => {
  try {
    timed(String(ev.data?.type), () => engine.receive(ev.data));
  } catch (e) {
    report(e);
  }
  schedule();
};

self.postMessage({ type: 'ready' } satisfies FromWorker);
