/**
 * Coalesces build requests so the worker is never flooded: at most one build is in flight,
 * and while it runs only the newest request is kept. Dragging the depth slider asks for a
 * build per pixel; a 64 x 128 net takes hundreds of milliseconds to build, so without this
 * the worker would work through a backlog of nets nobody wants any more.
 */
import type { FromWorker, ToWorker } from '../worker/protocol';

export type BuildMessage = Extract<ToWorker, { type: 'build' }>;

export interface BuildQueue {
  /** Sends the build now, or keeps it as the one pending build while another is in flight. */
  request(msg: BuildMessage): void;
  /** Feed every worker message: a 'built' (or a failed build's error) ends the one in flight. */
  onMessage(msg: FromWorker): void;
  /** After a worker restart nothing is in flight any more. */
  reset(): void;
  /** True while a build is waiting for its 'built' (tests, diagnostics). */
  readonly busy: boolean;
}

export function createBuildQueue(send: (msg: BuildMessage) => void): BuildQueue {
  let inFlight = false;
  let pending: BuildMessage | null = null;
  const dispatch = (msg: BuildMessage): void => {
    inFlight = true;
    send(msg);
  };
  return {
    request(msg) {
      if (inFlight) pending = msg;
      else dispatch(msg);
    },
    onMessage(msg) {
      // A build that fails reports an error instead of 'built'; a rejected hand-edited
      // parameter ('param') or a crash ('worker', handled by restart) is not a build's answer.
      const done = msg.type === 'built' || (msg.type === 'error' && msg.field !== 'param' && msg.field !== 'worker');
      if (!done || !inFlight) return;
      inFlight = false;
      if (pending) {
        const next = pending;
        pending = null;
        dispatch(next);
      }
    },
    reset() {
      inFlight = false;
      pending = null;
    },
    get busy() {
      return inFlight;
    },
  };
}
