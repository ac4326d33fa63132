/**
 * The one place that wires the store to the training worker and the URL hash:
 * config changes become config messages (the worker decides live change or rebuild), worker
 * messages become one store set,
 * and the config is mirrored into the hash so a link reproduces the run. A liveness check
 * turns a worker that went silent into the crash banner (see liveness.ts).
 */
import { createWorkerClient, type WorkerClient } from '../worker/client';
import type { FromWorker, ViewOptions } from '../worker/protocol';
import type { AppStore } from './createAppStore';
import { compareConfig } from './runSlice';
import { parseHash, formatHash, linkLang } from './url';
import { hasLang, loadLang } from '../i18n';
import { embedHashExtras } from '../model/embed';
import { selShownHiddenLayer } from './lessonSlice';
import { createBuildQueue } from './buildQueue';
import { createBurstHold } from './burstHold';
import { expandLessonHash } from './lessonSteps';
import { selPace } from './pace';
import { trackMilestones } from './milestones';
import { labHashExtras } from './labHash';
import type { AppState } from './types';
import { RESTORE_REASON } from './dataSlice';
import { CHECK_MS, STALL_MS, createLiveness } from './liveness';

/** Hooks an automated browser may call (the e2e drills); see browserEnv. */
export interface TestHooks {
  /** Kills the training worker silently, as a browser would. */
  terminateWorker(): void;
}

export interface BridgeEnv {
  /** Creates the worker client; tests pass a fake. */
  makeClient(onMessage: (msg: FromWorker) => void): WorkerClient;
  /** Called once per animation frame; acknowledging there ties snapshots to the display rate. */
  raf(cb: () => void): void;
  getHash(): string;
  setHash(hash: string): void;
  onHashChange(cb: () => void): () => void;
  /** Milliseconds, for the liveness check (absent: no liveness check, e.g. in unit tests). */
  now?(): number;
  /** Runs cb every ms milliseconds; returns a stop function. */
  every?(ms: number, cb: () => void): () => void;
  /** Offers test hooks; returns a function that withdraws them. */
  exposeHooks?(hooks: TestHooks): () => void;
  /** Runs cb once after ms milliseconds (absent: worker messages are applied one by one as they come). */
  later?(ms: number, cb: () => void): void;
}

export const browserEnv = (): BridgeEnv => ({
  makeClient: (onMessage) => createWorkerClient(onMessage),
  raf: (cb) => requestAnimationFrame(cb),
  getHash: () => window.location.hash,
  setHash: (hash) => history.replaceState(null, '', `#${hash}`),
  onHashChange: (cb) => {
    window.addEventListener('hashchange', cb);
    return () => window.removeEventListener('hashchange', cb);
  },
  now: () => performance.now(),
  later: (ms, cb) => setTimeout(cb, ms),
  every: (ms, cb) => {
    const id = setInterval(cb, ms);
    return () => clearInterval(id);
  },
  // Only automated browsers (navigator.webdriver, set by Playwright and every WebDriver) get
  // the hooks: a plain object on window, no script injection, so the CSP stays as strict.
  exposeHooks: (hooks) => {
    if (!navigator.webdriver) return () => {};
    const w = window as unknown as { __bp?: TestHooks };
    w.__bp = hooks;
    return () => {
      if (w.__bp === hooks) delete w.__bp;
    };
  },
});

/** What the worker must compute for the current UI. */
export function viewOf(s: AppState): ViewOptions {
  // Thumbnails feed both diagram views (compact blocks draw them small); the worker shrinks
  // their resolution for deep nets, so they stay cheap.
  return { thumbnails: true, hiddenLayer: selShownHiddenLayer(s), epochsPerSecond: selPace(s) };
}

/** Shortest time between two writes of the address bar's hash (ms). */
const HASH_MS = 200;

/** Longest wait for the snapshot that follows a 'built' (it is posted in the same worker task). */
const HOLD_BUILT_MS = 250;

/** Connects store, worker and hash. Returns a disconnect function. */
export function connectBridge(store: AppStore, env: BridgeEnv): () => void {
  let ackPending = false;
  // At most one build in flight; while it runs only the newest config waits (depth slider drags).
  const builds = createBuildQueue((m) => client.send(m));
  const liveness = createLiveness(() => env.now?.() ?? 0);
  // The worker posts a build's 'built' and its first snapshot in one task: holding 'built' until
  // the next message puts both into one store update, and React draws the new network once,
  // with its boundary, instead of twice (about 90 ms of main-thread time sooner to the first
  // boundary). The timer only guards against a snapshot that never comes; order is kept.
  let heldBuilt: FromWorker | null = null;
  const releaseBuilt = (): void => {
    const b = heldBuilt;
    heldBuilt = null;
    if (b) store.getState().receive(b);
  };
  const apply = (msg: FromWorker): void => {
    releaseBuilt();
    if (msg.type === 'built' && env.later) {
      heldBuilt = msg;
      env.later(HOLD_BUILT_MS, () => {
        if (heldBuilt === msg) releaseBuilt();
      });
    } else store.getState().receive(msg);
  };
  // A depth-slider drag: intermediate builds are applied a few times a second, not each one.
  const burst = env.now && env.later ? createBurstHold(apply, env.later, env.now) : null;
  const raw = env.makeClient((msg) => {
    liveness.heard(msg);
    if (!burst?.offer(msg, env.now!())) apply(msg);
    builds.onMessage(msg);
    if (msg.type === 'snapshot' && !ackPending) {
      ackPending = true;
      env.raf(() => {
        ackPending = false;
        client.send({ type: 'ack' });
      });
    }
  });
  const client = {
    ...raw,
    send: (m: Parameters<WorkerClient['send']>[0]) => {
      liveness.sent(m, store.getState().status === 'running');
      raw.send(m);
    },
  };
  const stopChecks = env.every?.(CHECK_MS, () => {
    // A failure already on screen is not reported again as a silence.
    if (!env.now || !liveness.check(env.now()) || store.getState().status === 'error') return;
    store.getState().receive({
      type: 'error', field: 'worker', code: 'stalled',
      message: `no answer for ${STALL_MS / 1000} s`,
    });
  });
  const withdrawHooks = env.exposeHooks?.({ terminateWorker: () => raw.kill() });
  // A view message makes the worker redraw the current net's grids: only send a change. The
  // view is read from the few fields it depends on, compared one by one (no serialization).
  let sentView: ViewOptions | null = null;
  const syncView = (): void => {
    const view = viewOf(store.getState());
    if (sentView && sameView(sentView, view)) return;
    sentView = view;
    client.send({ type: 'view', view });
  };
  const sendConfig = (reason: string, rebuild: boolean): void => {
    syncView();
    const s = store.getState();
    const restore = s.restore;
    builds.request({
      type: 'config', config: s.config, compare: compareConfig(s),
      ...(restore ? { reason: RESTORE_REASON, rebuild: true, restore } : { reason, rebuild }),
    });
    if (restore) store.setState({ restore: null });
  };
  store.setState({
    port: {
      send: (m) => (m.type === 'config' ? builds.request(m) : client.send(m)),
      restart: () => {
        client.restart();
        liveness.reset();
        builds.reset();
        burst?.reset();
        sentView = null;
        sendConfig('restart', true);
      },
    },
  });

  // A first visit (no hash at all) lands on the lesson's first step; a bare `lesson=N` on step N's setup.
  const untrack = trackMilestones(store);
  const fromHash = parseHash(expandLessonHash(env.getHash()));
  store.getState().loadHash(fromHash);
  env.setHash(hashOf(store.getState()));
  sendConfig('load', true);

  // A drag changes the config per pixel and history.replaceState costs a few ms each (Chromium
  // also throttles floods of them): the first change is written at once, then at most one
  // write per HASH_MS, of the newest state.
  let hashTimer = false;
  let hashDue = false;
  let connected = true;
  const writeHash = (): void => {
    if (!env.later) return env.setHash(hashOf(store.getState()));
    if (hashTimer) {
      hashDue = true;
      return;
    }
    env.setHash(hashOf(store.getState()));
    hashTimer = true;
    env.later(HASH_MS, () => {
      hashTimer = false;
      if (!hashDue || !connected) return;
      hashDue = false;
      writeHash();
    });
  };
  let loadingStep = false;
  const unsubStore = store.subscribe((s, prev) => {
    if (s.config === prev.config && s.compare === prev.compare) {
      if (s.measure !== prev.measure || s.lang !== prev.lang || s.embed !== prev.embed || s.lessonStep !== prev.lessonStep) writeHash();
      return;
    }
    burst?.configSent(env.now!(), s.config.hidden !== prev.config.hidden);
    // A lesson step the learner just opened sets up its own network: that is no news to them.
    sendConfig(loadingStep ? LESSON_REASON : describeChange(prev, s), false);
    writeHash();
  });
  // The view (the hidden layer picked for the hidden-space panel, the pace) changes without a
  // rebuild; only the fields it is made of are watched.
  const unsubView = store.subscribe((s, prev) => {
    if (selPace(s) !== selPace(prev) || selShownHiddenLayer(s) !== selShownHiddenLayer(prev)) syncView();
  });
  const unsubHash = env.onHashChange(() => {
    // A link typed while the page runs may name a language not fetched yet: fetch it first, so
    // its notices are worded in it (the page meanwhile stays as it is).
    const lang = linkLang(env.getHash());
    if (lang && !hasLang(lang)) {
      void loadLang(lang).catch(() => undefined).then(() => { if (connected) readLink(); });
      return;
    }
    readLink();
  });
  function readLink() {
    const current = hashOf(store.getState());
    const next = parseHash(expandLessonHash(env.getHash()));
    if (hashOf(next) !== current) {
      loadingStep = next.lesson > 0;
      try {
        store.getState().loadHash(next);
      } finally {
        loadingStep = false;
      }
      return;
    }
    // Same settings (say "…&bogus=1"): no rebuild, but the same notices as on load, and the
    // address bar shows the canonical link instead of the rejected text.
    if (next.notices.length > 0) store.setState((s) => ({ notices: [...s.notices, ...next.notices] }));
    if (env.getHash().replace(/^#/, '') !== current) env.setHash(current);
  }
  return () => {
    connected = false;
    unsubStore();
    unsubView();
    unsubHash();
    stopChecks?.();
    withdrawHooks?.();
    untrack();
    client.dispose();
  };
}

function sameView(a: ViewOptions, b: ViewOptions): boolean {
  return a.thumbnails === b.thumbnails && a.hiddenLayer === b.hiddenLayer && a.epochsPerSecond === b.epochsPerSecond;
}

/** The hash for a state: the config keys, then the gradient lab's (measure, compare). */
function hashOf(s: Pick<AppState, 'config' | 'compare' | 'measure' | 'lang' | 'embed'> & { lessonStep?: number; lesson?: number }): string {
  const lesson = s.lessonStep ?? s.lesson ?? 0;
  return formatHash(s.config, {
    ...labHashExtras(s), ...(s.lang ? { lang: s.lang } : {}), ...embedHashExtras(s.embed), ...(lesson > 0 ? { lesson: String(lesson) } : {}),
  });
}

/** The build reason of a lesson step's own setup; the build note stays quiet for it. */
export const LESSON_REASON = 'lesson';

/** A short reason shown when the network is rebuilt ("hidden changed"). */
function describeChange(prev: AppState, s: AppState): string {
  if (s.compare !== prev.compare) return 'compare changed';
  const keys = (Object.keys(s.config) as (keyof AppState['config'])[]).filter(
    // By value, not String(): imported data is an object ("[object Object]" both times) and a
    // new import read as "nothing changed" ("Network rebuilt (rebuilt)").
    (k) => s.config[k] !== prev.config[k] && JSON.stringify(s.config[k]) !== JSON.stringify(prev.config[k]),
  );
  return keys.length ? `${keys.join(', ')} changed` : 'rebuilt';
}
