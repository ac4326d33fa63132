/**
 * The one place that wires the store to the training worker and the URL hash:
 * config changes become build or settings messages, worker messages become one store set,
 * and the config is mirrored into the hash so a link reproduces the run.
 */
import { isLiveChange } from '../core';
import { createWorkerClient, type WorkerClient } from '../worker/client';
import type { FromWorker, ViewOptions } from '../worker/protocol';
import type { AppStore } from './createAppStore';
import { compareConfig } from './runSlice';
import { parseHash, formatHash } from './url';
import type { AppState } from './types';

export interface BridgeEnv {
  /** Creates the worker client; tests pass a fake. */
  makeClient(onMessage: (msg: FromWorker) => void): WorkerClient;
  /** Called once per animation frame; acknowledging there ties snapshots to the display rate. */
  raf(cb: () => void): void;
  getHash(): string;
  setHash(hash: string): void;
  onHashChange(cb: () => void): () => void;
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
});

/** What the worker must compute for the current UI. */
export function viewOf(s: AppState): ViewOptions {
  const layers = s.config.hidden.length;
  // Per-neuron thumbnails only while the diagram draws them (it collapses past ~8 layers).
  return { thumbnails: layers <= 8 && s.config.hidden.every((w) => w <= 12), hiddenLayer: null };
}

/** Connects store, worker and hash. Returns a disconnect function. */
export function connectBridge(store: AppStore, env: BridgeEnv): () => void {
  let ackPending = false;
  const client = env.makeClient((msg) => {
    store.getState().receive(msg);
    if (msg.type === 'snapshot' && !ackPending) {
      ackPending = true;
      env.raf(() => {
        ackPending = false;
        client.send({ type: 'ack' });
      });
    }
  });
  const build = (reason: string): void => {
    const s = store.getState();
    client.send({ type: 'view', view: viewOf(s) });
    client.send({ type: 'build', config: s.config, compare: compareConfig(s), reason });
  };
  store.setState({
    port: {
      send: (m) => client.send(m),
      restart: () => {
        client.restart();
        build('restart');
      },
    },
  });

  const fromHash = parseHash(env.getHash());
  store.getState().loadConfig(fromHash.config, fromHash.notices);
  env.setHash(formatHash(fromHash.config));
  build('load');

  const unsubStore = store.subscribe((s, prev) => {
    if (s.config === prev.config && s.compare === prev.compare) return;
    const nextB = compareConfig(s);
    const prevB = compareConfig(prev);
    const live = isLiveChange(prev.config, s.config) && (nextB && prevB ? isLiveChange(prevB, nextB) : nextB === prevB);
    if (live) client.send({ type: 'settings', config: s.config, compare: nextB });
    else build(describeChange(prev, s));
    env.setHash(formatHash(s.config));
  });
  const unsubHash = env.onHashChange(() => {
    const current = formatHash(store.getState().config);
    const next = parseHash(env.getHash());
    if (formatHash(next.config) !== current) store.getState().loadConfig(next.config, next.notices);
  });
  return () => {
    unsubStore();
    unsubHash();
    client.dispose();
  };
}

/** A short reason shown when the network is rebuilt ("hidden changed"). */
function describeChange(prev: AppState, s: AppState): string {
  if (s.compare !== prev.compare) return 'compare changed';
  const keys = (Object.keys(s.config) as (keyof AppState['config'])[]).filter(
    (k) => String(s.config[k]) !== String(prev.config[k]),
  );
  return keys.length ? `${keys.join(', ')} changed` : 'rebuilt';
}
