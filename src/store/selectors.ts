/** Module-level selectors, so components subscribe to stable functions. */
import type { AppState } from './types';

export const selConfig = (s: AppState) => s.config;
export const selStatus = (s: AppState) => s.status;
export const selMessage = (s: AppState) => s.message;
export const selNotices = (s: AppState) => s.notices;
export const selData = (s: AppState) => s.data;
export const selModels = (s: AppState) => s.models;
export const selModelA = (s: AppState) => s.models[0] ?? null;
export const selEpoch = (s: AppState) => s.models[0]?.latest?.epoch ?? 0;
export const selEpochsPerSecond = (s: AppState) => s.epochsPerSecond;
export const selBuildReason = (s: AppState) => s.buildReason;
export const selDiscretize = (s: AppState) => s.discretize;
export const selSpeed = (s: AppState) => s.speed;
export const selHoverUnit = (s: AppState) => s.hoverUnit;
export const selMeasure = (s: AppState) => s.measure;
export const selCompare = (s: AppState) => s.compare;
