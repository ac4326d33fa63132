/**
 * The main-thread side of the training worker. It owns the Worker instance (which never
 * enters the store), and turns a crash into an ordinary error message so the page survives.
 * A worker announces itself with 'ready' once its script has run, so an error before that is
 * reported as a script that failed to load, not as a crash.
 */
import type { FromWorker, ToWorker, WorkerFailure } from './protocol';

export interface WorkerClient {
  send(msg: ToWorker): void;
  /** Terminates the worker and starts a fresh one (after a crash, a silence or a failed load). */
  restart(): void;
  /**
   * Terminates the worker without a word, as a browser killing it would (the e2e drill and
   * tests use it to check that the liveness check notices).
   */
  kill(): void;
  dispose(): void;
}

export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: 'training' });

export function createWorkerClient(onMessage: (msg: FromWorker) => void, factory: WorkerFactory = defaultFactory): WorkerClient {
  let worker: Worker | null = null;

  // With a code, the message is only the detail: the UI words the rest in its language.
  const fail = (code: WorkerFailure, detail: string): void => onMessage({ type: 'error', field: 'worker', code, message: detail });

  const start = (): void => {
    let ready = false;
    let w: Worker;
    try {
      w = factory();
    } catch (e) {
      // A refused script URL (policy, bad origin) throws at construction.
      worker = null;
      fail('load', e instanceof Error ? e.message : String(e));
      return;
    }
    worker = w;
    w.onmessage = (ev: MessageEvent<FromWorker>) => {
      if (ev.data?.type === 'ready') ready = true;
      onMessage(ev.data);
    };
    w.onerror = (ev: ErrorEvent) => {
      ev.preventDefault?.();
      // A script that 404s or does not parse fires a bare error event before it ever ran.
      if (!ready) fail('load', ev.message || 'the script failed to load or to start');
      else fail('crashed', ev.message || 'no details were given');
    };
    w.onmessageerror = () => {
      fail('crashed', 'a message from it could not be read');
    };
  };
  start();

  return {
    send: (msg) => worker?.postMessage(msg),
    restart: () => {
      worker?.terminate();
      start();
    },
    kill: () => worker?.terminate(),
    dispose: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
