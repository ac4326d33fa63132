/**
 * The lesson's three steps as links. Each step is a URL hash (so it can be shared) with
 * `lesson=N`; the rail loads it with one click. The settings were chosen so that each
 * step's claim is true on the page it loads:
 * - 1, a neuron: no hidden layer, learning rate 1. AND and OR are solved within ~25 epochs;
 *   on XOR the weights shrink below 0.01 by epoch ~95 (BCE's optimum is w = 0, b = 0).
 * - 2, a hidden layer: XOR with 2 tanh units, Glorot init, init seed 7, rate 0.3. The hidden
 *   layer starts NOT linearly separable, becomes separable at epoch 92 and the output reaches
 *   100% at epoch 207 (found by a search over init seeds with the core; checked in
 *   lessonSteps.test.ts).
 * - 3, depth: 8-wide sigmoid layers with the standard init, on XOR quadrants. Width 8 is what
 *   makes "ReLU + He recovers" true (at width 4 most ReLUs die; DESIGN.md).
 */
import type { TrainConfig } from '../core';

export type StepId = 1 | 2 | 3;
export const STEPS: readonly StepId[] = [1, 2, 3];

/** The hash of each step (without '#'); `lesson=N` keeps the rail on that step. */
export const STEP_HASH: Record<StepId, string> = {
  1: 'dataset=and&hidden=&lr=1&seed=1&lesson=1',
  2: 'dataset=xor&hidden=2&activation=tanh&init=glorot-uniform&lr=0.3&seed=1&iseed=7&lesson=2',
  3: 'dataset=xor-quadrants&depth=1&width=8&activation=sigmoid&init=standard&lr=0.1&seed=1&lesson=3',
};

/** The width at which ReLU + He keeps the gradient flowing at depth (DESIGN.md facts). */
export const RECOVERY_WIDTH = 8;

/** Step 3's fix: ReLU with He initialization, same depth and width. */
export const RELU_HE: Partial<TrainConfig> = { activation: 'relu', init: 'he-normal' };

/** Layer 1 / output gradient ratios the step-3 checkpoints need (issue 10). */
export const VANISHED_BELOW = 1e-3;
export const RECOVERED_ABOVE = 1e-2;

/** Epochs a single neuron must have trained on XOR before "it fails" is a fair verdict. */
export const XOR_FAIL_EPOCHS = 100;

/** Keys that do not describe a setup: a link with only these still counts as a first visit. */
const VIEW_ONLY = new Set(['lang']);

/** True for a first visit (no hash, or only the language): it lands on step 1. */
export function isEmptyHash(hash: string): boolean {
  const keys = [...new URLSearchParams(hash.replace(/^#/, '')).keys()];
  return keys.every((k) => VIEW_ONLY.has(k));
}

/**
 * The link to load for a hash: a first visit becomes step 1, and a bare `lesson=N` (with at
 * most view-only keys such as `lang`) becomes step N's own setup, so a shared `#lesson=2`
 * opens the step's network and not the defaults. Any other hash is returned as it is: a
 * link that names settings keeps them.
 */
export function expandLessonHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  if (isEmptyHash(raw)) return raw === '' ? STEP_HASH[1] : `${STEP_HASH[1]}&${raw}`;
  const params = new URLSearchParams(raw);
  const keys = [...params.keys()];
  const lessons = params.getAll('lesson');
  const step = Number(lessons[0]);
  const onlyLesson = lessons.length === 1 && keys.every((k) => k === 'lesson' || VIEW_ONLY.has(k));
  if (!onlyLesson || !(STEPS as readonly number[]).includes(step)) return raw;
  params.delete('lesson');
  const rest = params.toString();
  return rest === '' ? STEP_HASH[step as StepId] : `${STEP_HASH[step as StepId]}&${rest}`;
}

/**
 * The training pace a person can follow: truth tables with small nets run at 30 epochs a
 * second unless the learner picked a speed (at full speed XOR is solved in under 0.4 s, far
 * too fast to watch). Bigger problems keep full speed. Returns epochs/s, or null for max.
 */
export function autoPace(c: Pick<TrainConfig, 'dataset' | 'hidden'>, truthTable: boolean): number | null {
  const units = c.hidden.reduce((s, w) => s + w, 0);
  return truthTable && units <= 16 ? WATCHABLE_PACE : null;
}
export const WATCHABLE_PACE = 30;
