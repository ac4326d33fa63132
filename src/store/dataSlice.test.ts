/**
 * The data slice: click editing with undo and redo, CSV imports that either apply whole or
 * change nothing, model files that load or are refused without a trace, and the mark on a run
 * whose weights were edited by hand.
 */
import { describe, expect, it } from 'vitest';
import { createTrainer, modelToJson, trainEpoch, writeCsv } from '../core';
import { Engine } from '../worker/engine';
import type { FromWorker, ToWorker } from '../worker/protocol';
import { createAppStore } from './createAppStore';

function setup() {
  const store = createAppStore();
  const sent: ToWorker[] = [];
  store.setState({ port: { send: (m) => sent.push(m), restart: () => {} } });
  // The points a worker would report for the default xor truth table.
  store.setState({ data: { classes: 2, extent: [-0.5, 1.5, -0.5, 1.5], trainX: new Float64Array([0, 0, 0, 1, 1, 0, 1, 1]), trainY: new Float64Array([0, 1, 1, 0]), testX: new Float64Array([0, 0, 0, 1, 1, 0, 1, 1]), testY: new Float64Array([0, 1, 1, 0]) } });
  return { store, sent };
}

describe('placing points by click', () => {
  it('the first click turns the shown set into a custom one with the new point', () => {
    const { store } = setup();
    store.getState().setDataEdit({ editClass: 0 });
    store.getState().addPoint(0.5, 0.5);
    const c = store.getState().config;
    expect(c.dataset).toBe('custom');
    expect(c.custom).toEqual({ x: [0, 0, 0, 1, 1, 0, 1, 1, 0.5, 0.5], y: [0, 1, 1, 0, 0], classes: 2 });
  });

  it('a third class switches the head to softmax; removing it switches back', () => {
    const { store } = setup();
    store.getState().setDataEdit({ editClass: 2 });
    store.getState().addPoint(3, 3);
    expect(store.getState().config.output).toBe('softmax');
    store.getState().removePoint(4);
    expect(store.getState().config.custom!.classes).toBe(2);
    expect(store.getState().config.output).toBe('sigmoid');
  });

  it('undo and redo walk back to the generated set and forward again', () => {
    const { store } = setup();
    store.getState().addPoint(1, 2);
    store.getState().addPoint(3, 4);
    store.getState().removePoint(0);
    expect(store.getState().config.custom!.y.length).toBe(5);
    store.getState().undoData();
    store.getState().undoData();
    expect(store.getState().config.custom!.x.slice(-2)).toEqual([1, 2]);
    store.getState().undoData();
    expect(store.getState().config.dataset).toBe('xor');
    expect(store.getState().config.custom).toBeNull();
    store.getState().redoData();
    store.getState().redoData();
    expect(store.getState().config.custom!.y.length).toBe(6);
    // A new edit clears what could be redone.
    store.getState().addPoint(0, 0);
    store.getState().redoData();
    expect(store.getState().config.custom!.y.length).toBe(7);
  });

  it('regression sets take the target value', async () => {
    const { store } = setup();
    await store.getState().importCsv('x1,x2,label\n0,0,0.5\n1,1,1.5\n', false);
    store.getState().setDataEdit({ editTarget: -2.25 });
    store.getState().addPoint(2, 2);
    expect(store.getState().config.custom!.y).toEqual([0.5, 1.5, -2.25]);
    expect(store.getState().config.output).toBe('linear');
  });
});

describe('CSV import', () => {
  it('a malformed file names the line and leaves the data exactly as it was', async () => {
    const { store } = setup();
    await store.getState().importCsv('0,0,0\n1,1,1\n', false);
    const before = store.getState().config;
    for (const bad of ['x1,x2,label\n1,2,0\n3,oops,1\n', '', '0,0,0\n1,1,7\n', 'x1,x2\n1,2\n']) {
      expect(await store.getState().importCsv(bad, false)).toBe(false);
      expect(store.getState().config).toBe(before);
    }
    const n = store.getState().notices;
    expect(n.at(-4)).toMatch(/line 3: x2 "oops" is not a finite number\. The data is unchanged/);
    expect(n.at(-3)).toMatch(/empty/);
    expect(n.at(-2)).toMatch(/line 2: label 7 fits no task/);
    expect(n.at(-1)).toMatch(/line 1: missing column label/);
  });

  it('a good file replaces the data, and rescaling says what it did', async () => {
    const { store } = setup();
    expect(await store.getState().importCsv(writeCsv({ x: [100, 0, 300, 0], y: [0, 1], classes: 2 }), true)).toBe(true);
    expect(store.getState().config.custom!.x).toEqual([-5, 0, 5, 0]);
    expect(store.getState().notices.join(' ')).toMatch(/Imported 2 points.*rescaled by ×0\.05/);
  });
});

describe('model files', () => {
  it('a refused file changes nothing', () => {
    const { store, sent } = setup();
    const before = store.getState().config;
    expect(store.getState().loadModelText('{"format":"backprop-playground-model","version":7}')).toBe(false);
    expect(store.getState().config).toBe(before);
    expect(store.getState().restore).toBeNull();
    expect(sent).toEqual([]);
    expect(store.getState().notices.at(-1)).toMatch(/version 7 is not supported.*Nothing was changed/);
  });

  it('a good file sets its config and waits to be resumed; the built run is marked loaded', () => {
    const { store } = setup();
    const tr = createTrainer({ dataset: 'moons', hidden: [3], lr: 0.1 });
    trainEpoch(tr);
    const json = modelToJson(tr);
    expect(store.getState().loadModelText(json)).toBe(true);
    expect(store.getState().config).toEqual(tr.config);
    expect(store.getState().restore).toBe(json);
    store.getState().receive({ type: 'built', buildId: 1, reason: 'model loaded', models: [], data: null as never });
    expect(store.getState().runMark).toBe('loaded');
  });

  it('a hand-edited weight marks the run until the next build from the link', () => {
    const { store } = setup();
    store.getState().editParam(0, 1, 0.5);
    expect(store.getState().runMark).toBe('edited');
    store.getState().receive({ type: 'built', buildId: 2, reason: 'reset', models: [], data: null as never });
    expect(store.getState().runMark).toBeNull();
  });

  it('the worker answers saveModel with a file that resumes its trainer', () => {
    const posts: FromWorker[] = [];
    const engine = new Engine({ post: (m) => posts.push(m), now: () => 0 });
    engine.handle({ type: 'config', config: createTrainer({ dataset: 'xor' }).config, compare: null, reason: 't' });
    engine.handle({ type: 'step', unit: 'epoch' });
    engine.handle({ type: 'saveModel', model: 0 });
    const msg = posts.find((m) => m.type === 'model');
    expect(msg && msg.type === 'model' && JSON.parse(msg.json).epoch).toBe(1);
  });
});
