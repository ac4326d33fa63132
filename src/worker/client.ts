/**
 * The main-thread side of the training worker. It owns the Worker instance (which never
 * enters the store), and turns a crash into an ordinary error message so the page survives.
 */
import type { FromWorker, ToWorker } from './protocol';

export interface WorkerClient {
  send(msg: ToWorker): void;
  /** Terminates the worker and starts a fresh one (after a crash). */
  restart(): void;
  dispose(): void;
}

export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: 'training' });

export function createWorkerClient(onMessage: (msg: FromWorker) => void, factory: WorkerFactory = defaultFactory): WorkerClient {
  let worker: Worker | null = null;

  const start = (): void => {
    worker = factory();
    worker.onmessage = (ev: MessageEvent<FromWorker>) => onMessage(ev.data);
    worker.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      onMessage({ type: 'error', message: `The training worker crashed: ${ev.message || 'unknown error'}. Press reset to start a new one.`, field: 'worker' });
    };
    worker.onmessageerror = () => {
      onMessage({ type: 'error', message: 'A message from the training worker could not be read.', field: 'worker' });
    };
  };
  start();

  return {
    send: (msg) => worker?.postMessage(msg),
    restart: () => {
      worker?.terminate();
      start();
    },
    dispose: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
