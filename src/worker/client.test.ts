import { describe, expect, it } from 'vitest';
import { createWorkerClient } from './client';
import type { FromWorker } from './protocol';

/** A stand-in for a Worker: records posts and lets the test fire its events. */
class FakeWorker {
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((ev: { data: FromWorker }) => void) | null = null;
  onerror: ((ev: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('worker client', () => {
  it('turns a worker crash into an error message instead of an exception', () => {
    const workers: FakeWorker[] = [];
    const got: FromWorker[] = [];
    const client = createWorkerClient((m) => got.push(m), () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    let prevented = false;
    workers[0]!.onerror!({ message: 'boom', preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(got[0]).toMatchObject({ type: 'error', field: 'worker' });
    expect((got[0] as { message: string }).message).toContain('boom');

    client.restart();
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    client.send({ type: 'play' });
    expect(workers[1]!.posted).toEqual([{ type: 'play' }]);
  });
});

describe('worker client failures', () => {
  function setup(factory?: () => Worker) {
    const workers: FakeWorker[] = [];
    const got: FromWorker[] = [];
    const client = createWorkerClient((m) => got.push(m), factory ?? (() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    }));
    return { workers, got, client };
  }

  it('an error before the worker said ready is a script that failed to load', () => {
    const { workers, got } = setup();
    workers[0]!.onerror!({ message: '', preventDefault: () => {} });
    expect(got[0]).toMatchObject({ type: 'error', field: 'worker', code: 'load' });
  });

  it('an error after ready is a crash', () => {
    const { workers, got } = setup();
    workers[0]!.onmessage!({ data: { type: 'ready' } });
    workers[0]!.onerror!({ message: 'out of memory', preventDefault: () => {} });
    expect(got.at(-1)).toMatchObject({ type: 'error', field: 'worker', code: 'crashed', message: 'out of memory' });
  });

  it('a worker that cannot even be constructed is reported as a failed load, not thrown', () => {
    const { got, client } = setup(() => {
      throw new Error('refused by policy');
    });
    expect(got[0]).toMatchObject({ type: 'error', field: 'worker', code: 'load', message: 'refused by policy' });
    expect(() => client.send({ type: 'play' })).not.toThrow();
  });

  it('kill terminates silently; restart starts a fresh worker', () => {
    const { workers, got, client } = setup();
    client.kill();
    expect(workers[0]!.terminated).toBe(true);
    expect(got).toEqual([]);
    client.restart();
    expect(workers).toHaveLength(2);
  });
});
