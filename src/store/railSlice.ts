/**
 * The lesson rail's state: which step is open (URL key `lesson`; 0 is the free playground),
 * what each step's live checkpoint has seen, the training milestones of the current build
 * (when the hidden layer became separable, when the output reached 100%), the bounded
 * history of hidden-space pictures for the replay, and whether the learner chose a pace.
 * The tracker that fills it lives in milestones.ts.
 */
import type { StateCreator } from 'zustand';
import type { HiddenView } from '../worker/protocol';
import type { AppState } from './types';

export type LessonStep = 0 | 1 | 2 | 3;

/** What the checkpoints have seen so far; a passed check stays passed. */
export interface LessonChecks {
  /** Step 1: AND and OR each reached 100% with one neuron. */
  and: boolean;
  or: boolean;
  /** Step 1: XOR with one neuron trained and stayed at 75% or below. */
  xorFails: boolean;
  /** Step 2: the hidden layer became linearly separable, then the output reached 100%. */
  separable: boolean;
  solved: boolean;
  /** Step 3: layer 1 got < 1e-3 of the output's gradient (with sigmoid), at this depth. */
  vanished: boolean;
  vanishedDepth: number;
  /** Step 3: after the fix, > 1e-2 at the same depth or deeper. */
  recovered: boolean;
}

export const NO_CHECKS: LessonChecks = {
  and: false, or: false, xorFails: false, separable: false, solved: false, vanished: false, vanishedDepth: 0, recovered: false,
};

/** One picture of the hidden layer, kept for the replay. */
export interface HiddenFrame {
  epoch: number;
  view: HiddenView;
  /** The weights it was drawn with (for the next layer's lines); null for big nets. */
  params: Float32Array | null;
}

/** Events of the current build, reset on every rebuild. */
export interface Milestones {
  buildId: number;
  /** The hidden layer's verdict on the first picture (before or at the start of training). */
  initialSeparable: boolean | null;
  /** First epoch the shown hidden layer tested separable after testing not separable, or null. */
  separableEpoch: number | null;
  /** First epoch the training accuracy was 100%, or null. */
  solvedEpoch: number | null;
  /** Bounded, evenly spread history of hidden-space pictures (oldest first). */
  frames: HiddenFrame[];
  /** Epochs between kept frames; doubles whenever the history is thinned. */
  stride: number;
}

export const emptyMilestones = (buildId: number): Milestones => ({
  buildId, initialSeparable: null, separableEpoch: null, solvedEpoch: null, frames: [], stride: 1,
});

export interface RailSlice {
  lessonStep: LessonStep;
  lessonChecks: LessonChecks;
  milestones: Milestones;
  /** Replay position in milestones.frames, or null for the live picture. */
  replayFrame: number | null;
  /** True once the learner picked a speed; until then the pace follows the problem (autoPace). */
  speedChosen: boolean;
  setLessonStep(step: LessonStep): void;
  setReplayFrame(i: number | null): void;
}

export const createRailSlice: StateCreator<AppState, [], [], RailSlice> = (set) => ({
  lessonStep: 0,
  lessonChecks: NO_CHECKS,
  milestones: emptyMilestones(0),
  replayFrame: null,
  speedChosen: false,
  setLessonStep: (lessonStep) => set({ lessonStep }),
  setReplayFrame: (replayFrame) => set({ replayFrame }),
});

/** Whether each step's checkpoint has passed. */
export function stepsDone(c: LessonChecks): Record<1 | 2 | 3, boolean> {
  return { 1: c.xorFails, 2: c.separable && c.solved, 3: c.vanished && c.recovered };
}

export const selLessonStep = (s: AppState) => s.lessonStep;
export const selLessonChecks = (s: AppState) => s.lessonChecks;
export const selMilestones = (s: AppState) => s.milestones;
export const selReplayFrame = (s: AppState) => s.replayFrame;
