/**
 * The worker's inbox (Engine.receive): a burst of configs costs one build, of the last one,
 * and nothing the UI asked for is lost or reordered. The clock is a fake; the oracle is the
 * config the UI sent last and the core's own validation.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig, type TrainConfig } from '../core';
import { Engine } from './engine';
import type { ConfigMessage, FromWorker } from './protocol';

function harness() {
  const posted: FromWorker[] = [];
  let t = 0;
  const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 1) });
  const of = <T extends FromWorker['type']>(type: T) => posted.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type);
  return { engine, posted, of };
}

const cfg = (hidden: number[], extra: Partial<TrainConfig> = {}) => resolveConfig({ dataset: 'xor', hidden, activation: 'tanh', seed: 3, ...extra });
const msg = (config: TrainConfig, more: Partial<ConfigMessage> = {}): ConfigMessage => ({ type: 'config', config, compare: null, reason: 'hidden changed', ...more });

describe('Engine inbox: coalescing configs', () => {
  it('N queued configs build once, the last one, at the next turn', () => {
    const { engine, posted, of } = harness();
    // ReLU keeps the last net's heavy part small enough to come with its first snapshot (unsliced).
    for (let d = 1; d <= 20; d++) engine.receive(msg(cfg(Array(d).fill(4), { activation: 'relu' })));
    expect(posted).toEqual([]);
    expect(engine.hasWork).toBe(true);
    engine.tick();
    expect(of('built')).toHaveLength(1);
    expect(of('built')[0]!.models[0]!.config.hidden).toEqual(Array(20).fill(4));
    expect(of('built')[0]!.buildId).toBe(1);
    expect(engine.hasWork).toBe(false);
    // The build's own first snapshot follows it, for the net that was built.
    expect(of('snapshot')).toHaveLength(1);
    expect(of('snapshot')[0]!.snapshot.models[0]!.stats).toHaveLength(21);
  });

  it('a replaced config is never validated: its error is not reported', () => {
    const { engine, of } = harness();
    engine.receive(msg({ ...cfg([3]), lr: -1 }));
    engine.receive(msg(cfg([5])));
    engine.tick();
    expect(of('error')).toEqual([]);
    expect(of('built')[0]!.models[0]!.config.hidden).toEqual([5]);
  });

  it('the last config wins even when it is invalid: its error is reported and the built networks stay', () => {
    const { engine, of } = harness();
    engine.handle(msg(cfg([2]), { rebuild: true }));
    engine.receive(msg(cfg([5])));
    engine.receive(msg({ ...cfg([6]), lr: -1 }));
    engine.tick();
    expect(of('built')).toHaveLength(1);
    expect(of('error')).toHaveLength(1);
    expect(of('error')[0]!.field).toBe('lr');
    engine.handle({ type: 'ack' });
    engine.handle({ type: 'step', unit: 'epoch' });
    expect(of('snapshot').at(-1)!.snapshot.models[0]!.stats).toHaveLength(2); // still the [2] net
  });

  it('a replaced forced rebuild (reset) keeps the newer config forced', () => {
    const { engine, of } = harness();
    engine.handle(msg(cfg([3]), { rebuild: true, reason: 'load' }));
    engine.receive(msg(cfg([3]), { rebuild: true, reason: 'reset' }));
    engine.receive(msg(cfg([3], { lr: 0.1 }))); // a live change on its own
    engine.tick();
    expect(of('configured')).toEqual([]);
    expect(of('built').map((b) => b.reason)).toEqual(['load', 'reset']);
    expect(of('built')[1]!.models[0]!.config.lr).toBe(0.1);
  });

  it('keeps message order: a step after a queued config steps the new network', () => {
    const { engine, of } = harness();
    engine.handle(msg(cfg([2]), { rebuild: true }));
    engine.handle({ type: 'ack' });
    engine.receive(msg(cfg([4])));
    engine.receive({ type: 'step', unit: 'epoch' });
    expect(of('built')).toHaveLength(2);
    engine.handle({ type: 'ack' });
    const last = of('snapshot').at(-1)!.snapshot;
    expect(last.buildId).toBe(2);
    expect(last.models[0]!.epoch).toBe(1);
    expect(last.models[0]!.stats).toHaveLength(2);
    expect(of('built')[1]!.models[0]!.config.hidden).toEqual([4]);
  });

  it('sends no snapshot of networks about to be replaced; an ack does not build early', () => {
    const { engine, of } = harness();
    engine.handle(msg(cfg([2]), { rebuild: true }));
    engine.handle({ type: 'play' });
    engine.receive(msg(cfg([6])));
    const snaps = of('snapshot').length;
    engine.receive({ type: 'ack' });
    expect(of('snapshot')).toHaveLength(snaps);
    expect(of('built')).toHaveLength(1);
    engine.tick(); // the turn builds and trains nothing else
    expect(of('built')).toHaveLength(2);
    expect(of('snapshot').at(-1)!.snapshot.buildId).toBe(2);
    expect(of('snapshot').at(-1)!.snapshot.models[0]!.epoch).toBe(0);
  });
});
