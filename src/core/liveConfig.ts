/**
 * Settings that change while a network trains (learning rate, optimizer, batch size, schedule,
 * L1/L2): which config fields they are (the field table's `live` column), whether a new config
 * differs only in them, and applying one to a trainer without a rebuild.
 */
import type { TrainConfig } from './config';
import { CONFIG_KEYS, FIELDS } from './fields';
import { settingsOf, type Trainer } from './trainer';

/** Config fields that change without rebuilding the network or the data. */
export const LIVE_FIELDS = CONFIG_KEYS.filter((k) => 'live' in FIELDS[k] && FIELDS[k].live);

/**
 * True when `next` differs from the trainer's config only in LIVE_FIELDS. Keys present in
 * either config count, so removing an optional field (initSeed) is a change too.
 */
export function isLiveChange(current: TrainConfig, next: TrainConfig): boolean {
  const live = new Set<string>(LIVE_FIELDS);
  for (const k of new Set([...Object.keys(current), ...Object.keys(next)]) as Set<keyof TrainConfig>) {
    if (live.has(k)) continue;
    const a = current[k];
    const b = next[k];
    if (Array.isArray(a) && Array.isArray(b) ? a.join(',') !== b.join(',') : a !== b) return false;
  }
  return true;
}

/**
 * Applies a config that differs only in live fields (see isLiveChange): optimizer settings
 * and batch size take effect at the next step; weights, data and optimizer moments stay.
 */
export function applyLiveConfig(tr: Trainer, next: TrainConfig): void {
  tr.config = next;
  tr.settings = { ...tr.settings, ...settingsOf(next) };
}
