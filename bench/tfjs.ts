/**
 * The W1 and W2 training workloads on TensorFlow.js (pure-JS CPU backend), for a ratio
 * measured in the same run. Same architecture, data, SGD lr, batch size and loss
 * (1/2 squared error, mean over the batch). A hand-written step loop with
 * optimizer.minimize, not model.fit, whose per-batch callbacks would dominate at batch 10.
 * TF.js computes in float32; the core in float64.
 */
import type * as TF from '@tensorflow/tfjs';
import type { Trainer } from '../src/core/trainer';
import { measure, type Rate, type Timing } from './measure';
import { BATCH, LR } from './workloads';

let tfModule: typeof TF | null = null;

/**
 * Loads TF.js once, selecting the CPU backend. Its Node banner (recommending tfjs-node) and
 * any other console output go to stderr so `--json` stdout stays one object.
 */
export async function loadTf(): Promise<typeof TF> {
  if (tfModule) return tfModule;
  const saved = { log: console.log, info: console.info, warn: console.warn };
  const toStderr = (...a: unknown[]): void => void process.stderr.write(a.map(String).join(' ') + '\n');
  console.log = console.info = console.warn = toStderr;
  try {
    const tf = await import('@tensorflow/tfjs');
    await tf.setBackend('cpu');
    await tf.ready();
    tf.tensor([0]).dataSync(); // the banner may wait for the first kernel
    tfModule = tf;
    return tf;
  } finally {
    Object.assign(console, saved);
  }
}

interface StepJob { step: (x: TF.Tensor2D, t: TF.Tensor2D) => void; batches: [TF.Tensor2D, TF.Tensor2D][]; b: number }

/** One minibatch step, cycling through the epoch's batches. */
function tfStep(j: StepJob): number {
  const [x, t] = j.batches[j.b]!;
  j.step(x, t);
  j.b = (j.b + 1) % j.batches.length;
  return BATCH;
}

/** Examples per second of TF.js on the trainer's architecture and training data. */
export async function tfjsTrainRate(tr: Trainer, timing?: Timing): Promise<Rate> {
  const tf = await loadTf();
  const layers = tr.net.layout.layers;
  const model = tf.sequential();
  layers.forEach((l, i) => {
    model.add(tf.layers.dense({
      units: l.fanOut, activation: l.fn as 'tanh' | 'sigmoid' | 'linear',
      kernelInitializer: 'glorotUniform', biasInitializer: 'zeros',
      ...(i === 0 ? { inputShape: [l.fanIn] } : {}),
    }));
  });
  const opt = tf.train.sgd(LR);
  // One epoch of fixed minibatches from the same points and targets as the core's trainer.
  const n = tr.data.train.n;
  const k = layers[layers.length - 1]!.fanOut;
  const batches: [TF.Tensor2D, TF.Tensor2D][] = [];
  for (let from = 0; from + BATCH <= n; from += BATCH) {
    batches.push([
      tf.tensor2d(Float32Array.from(tr.data.train.x.subarray(2 * from, 2 * (from + BATCH))), [BATCH, 2]),
      tf.tensor2d(Float32Array.from(tr.trainT.subarray(k * from, k * (from + BATCH))), [BATCH, k]),
    ]);
  }
  const step = (x: TF.Tensor2D, t: TF.Tensor2D): void => {
    tf.tidy(() => {
      opt.minimize(() => {
        const y = model.apply(x) as TF.Tensor;
        return tf.mul(0.5, tf.mean(tf.sum(tf.square(tf.sub(y, t)), 1))) as TF.Scalar;
      });
    });
  };
  try {
    return measure(tfStep, { step, batches, b: 0 }, timing);
  } finally {
    for (const [x, t] of batches) { x.dispose(); t.dispose(); }
    model.dispose();
    opt.dispose();
  }
}
