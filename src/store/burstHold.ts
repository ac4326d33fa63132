/**
 * Holds the worker's builds back while the learner is still reshaping the net (a depth-slider
 * drag sends a config per pixel, and the worker answers each with 'built' and snapshots).
 * Every build drawn in full (diagram, gradient panels, hidden space, boundary) costs tens of
 * milliseconds of main thread at 64 layers; drawn for each intermediate depth they left no
 * frame for the slider (issue 13 §1: p95 frame 50 ms during a drag). Held messages are applied
 * together, in order, at most every MAX_HOLD_MS during the burst and QUIET_MS after its last
 * config, so the built net still follows the drag a few times a second and settles at once.
 * Builds a newer build has replaced are dropped unseen: their snapshots were stale anyway.
 *
 * A burst is configs less than QUIET_MS apart; a lone change that reshapes the net (a click on
 * + layer, one arrow-key step) is held FIRST_MS at most, in case a drag follows. Only a burst
 * that builds is held: live changes (a learning-rate drag while training) get no
 * 'built', so their snapshots pass as they come. Messages of other types never overtake held
 * ones: they first release what is held.
 */
import type { FromWorker } from '../worker/protocol';

/** A burst ends when no config was sent for this long (ms). */
export const QUIET_MS = 200;
/**
 * A reshaping change waits this long (ms) for a second one before its build is drawn: a drag's
 * first step is then not drawn for itself (at a few layers that is the expanded diagram, a path
 * per weight, about 150 ms of main thread), while a click's build shows this much later at most.
 */
export const FIRST_MS = 80;
/** During a long burst, what is held is applied at least this often (ms). */
export const MAX_HOLD_MS = 1000;

export interface BurstHold {
  /**
   * A config message went to the worker at `now` (ms); `rebuilds` when it changes the net's
   * shape (hidden layers), which always rebuilds: its burst is held from its first config on,
   * before any 'built' comes back.
   */
  configSent(now: number, rebuilds?: boolean): void;
  /**
   * A worker message arrived at `now`: true when it is held (it will reach `apply` later, in
   * order), false when the caller should apply it now. Releases what is held before any
   * message that may not wait, so order is kept.
   */
  offer(msg: FromWorker, now: number): boolean;
  /** Drops what is held (the worker restarted). */
  reset(): void;
}

/**
 * @param apply receives held messages, in their order, when they are released
 * @param later runs a callback once after `ms` (the release timer)
 * @param now the clock `later` runs on (ms)
 */
export function createBurstHold(apply: (msg: FromWorker) => void, later: (ms: number, cb: () => void) => void, now: () => number): BurstHold {
  let lastConfigAt = -Infinity;
  /** Configs sent in the current burst: one alone (a click) is never held. */
  let count = 0;
  /** A 'built' arrived during the current burst: it rebuilds, so its messages are held. */
  let building = false;
  let held: FromWorker[] = [];
  let firstHeldAt = 0;
  let timer = 0; // generation of the live timer; a stale one does nothing

  /** How long after the last config the burst lasts: a lone reshaping change gets FIRST_MS. */
  const span = (): number => (count >= 2 ? QUIET_MS : building ? FIRST_MS : 0);
  const inBurst = (t: number): boolean => t - lastConfigAt < span();

  const release = (): void => {
    const out = supersede(held);
    held = [];
    timer++;
    for (const m of out) apply(m);
  };

  const arm = (): void => {
    const t = now();
    const due = Math.min(lastConfigAt + span(), firstHeldAt + MAX_HOLD_MS);
    const gen = ++timer;
    later(Math.max(0, due - t), () => {
      if (gen !== timer) return;
      const t2 = now();
      if (!inBurst(t2) || t2 - firstHeldAt >= MAX_HOLD_MS) release();
      else arm();
    });
  };

  return {
    configSent(t, rebuilds = false) {
      if (t - lastConfigAt < QUIET_MS) count++;
      else {
        count = 1;
        building = false;
      }
      if (rebuilds) building = true;
      lastConfigAt = t;
    },
    offer(msg, t) {
      const buildMsg = msg.type === 'built' || msg.type === 'snapshot';
      if (!buildMsg) {
        if (held.length) release();
        return false;
      }
      if (!inBurst(t)) {
        building = false;
        if (held.length) release();
        return false;
      }
      if (msg.type === 'built') building = true;
      if (!building) return false;
      if (!held.length) {
        firstHeldAt = t;
        held.push(msg);
        arm();
        return true;
      }
      held.push(msg);
      if (t - firstHeldAt >= MAX_HOLD_MS) release();
      return true;
    },
    reset() {
      held = [];
      timer++;
      building = false;
    },
  };
}

/**
 * The messages worth applying: from the last 'built' on (an earlier build's 'built' and
 * snapshots are replaced by it), keeping anything that is not a build's.
 */
export function supersede(msgs: readonly FromWorker[]): FromWorker[] {
  let last = -1;
  msgs.forEach((m, i) => { if (m.type === 'built') last = i; });
  if (last <= 0) return [...msgs];
  return msgs.filter((m, i) => i >= last || (m.type !== 'built' && m.type !== 'snapshot'));
}
