/**
 * Coalesces config messages so the worker is never flooded: at most one is in flight (until
 * the worker answers 'built', 'configured' or a config error), and meanwhile only the newest
 * is kept; a pending forced rebuild (reset) stays forced when a newer config replaces it. Dragging the depth slider asks for a
 * build per pixel; a 64 x 128 net takes hundreds of milliseconds to build, so without this
 * the worker would work through a backlog of nets nobody wants any more.
 */
import type { ConfigMessage, FromWorker } from '../worker/protocol';

export type BuildMessage = ConfigMessage;

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
      if (inFlight) pending = pending?.rebuild && !msg.rebuild ? { ...msg, rebuild: true, reason: pending.reason } : msg;
      else dispatch(msg);
    },
    onMessage(msg) {
      // A build that fails reports an error instead of 'built'; a rejected hand-edited
      // parameter ('param') or a crash ('worker', handled by restart) is not a build's answer.
      const done = msg.type === 'built' || msg.type === 'configured' || (msg.type === 'error' && msg.field !== 'param' && msg.field !== 'worker');
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
