/** The training pace the worker is asked for: the learner's choice, or one that fits the problem. */
import { isTruthTable } from '../core';
import { autoPace } from './lessonSteps';
import type { AppState } from './types';

/** Epochs per second, or null for as fast as possible. */
export const selPace = (s: Pick<AppState, 'speed' | 'speedChosen' | 'config'>): number | null =>
  s.speedChosen ? s.speed : autoPace(s.config, isTruthTable(s.config.dataset));
