/**
 * Notices a training worker that went silent. A worker can die without an error event (the
 * browser killed it, a tab crash); the page must not keep saying "running" with a frozen epoch.
 * Every message the UI sends that the worker must answer (a config, play, pause, or an ack
 * while running, after which a snapshot is due within milliseconds) starts a wait; any message
 * from the worker ends it. A wait longer than STALL_MS is reported as a 'stalled' worker.
 * Hidden tabs send no acks (no animation frames), so they never look stalled.
 */
import type { FromWorker, ToWorker } from '../worker/protocol';

/** Silence (ms) after which a worker that owes an answer counts as dead: a few seconds. */
export const STALL_MS = 5000;
/** How often the check runs (ms). */
export const CHECK_MS = 1000;

export interface Liveness {
  /** Feed every message sent to the worker, with whether the run is playing. */
  sent(msg: ToWorker, running: boolean): void;
  /** Feed every message from the worker. */
  heard(msg: FromWorker): void;
  /** True (once) when the worker has owed an answer for longer than STALL_MS. */
  check(now: number): boolean;
  /** A fresh worker owes nothing yet. */
  reset(): void;
}

export function createLiveness(now: () => number): Liveness {
  let since: number | null = null;
  return {
    sent(msg, running) {
      const answered = msg.type === 'config' || msg.type === 'play' || msg.type === 'pause' || (msg.type === 'ack' && running);
      if (answered && since === null) since = now();
    },
    heard() {
      since = null;
    },
    check(t) {
      if (since === null || t - since <= STALL_MS) return false;
      since = null;
      return true;
    },
    reset() {
      since = null;
    },
  };
}
