/**
 * The lesson rail's state: which step is open (URL key `lesson`; 0 is the free playground),
 * what each step's live checkpoint has seen, the training milestones of the current build
 * (when the hidden layer became separable, when the output reached 100%), the bounded
 * history of hidden-space pictures for the replay, and whether the learner chose a pace.
 * The tracker that fills it lives in milestones.ts.
 */
import type { StateCreator } from 'zustand';
import type { AppState, LessonChecks, Milestones, RailSlice } from './types';

export type { HiddenFrame, LessonChecks, LessonStep, Milestones } from './types';

export const NO_CHECKS: LessonChecks = {
  and: false, or: false, xorFails: false, separable: false, solved: false, vanished: false, vanishedDepth: 0, recovered: false,
};

export const emptyMilestones = (buildId: number): Milestones => ({
  buildId, initialSeparable: null, separableEpoch: null, solvedEpoch: null, frames: [], stride: 1,
});

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
