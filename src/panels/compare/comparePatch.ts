/**
 * Network B's patch over network A: kept minimal (a key equal to A's value is dropped), and
 * described in words for the compare panel.
 */
import { t } from '../../i18n';
import type { TrainConfig } from '../../core/config';

const same = (x: unknown, y: unknown): boolean =>
  Array.isArray(x) && Array.isArray(y) ? x.join(',') === y.join(',') : x === y;

/** The patch with `change` applied and every key that matches A removed. */
export function patchWith(a: TrainConfig, patch: Partial<TrainConfig>, change: Partial<TrainConfig>): Partial<TrainConfig> {
  const merged: Record<string, unknown> = { ...patch, ...change };
  for (const k of Object.keys(merged)) if (same(merged[k], a[k as keyof TrainConfig])) delete merged[k];
  return merged as Partial<TrainConfig>;
}

const NAMED = new Set<keyof TrainConfig>(['activation', 'init', 'hidden', 'optimizer', 'lr']);

function valueText(k: keyof TrainConfig, v: unknown): string {
  if (k === 'hidden') {
    const h = v as readonly number[];
    if (h.length === 0) return t('grad.compare.none');
    return h.every((w) => w === h[0]) ? `${h.length} × ${h[0]}` : h.join(', ');
  }
  return String(v);
}

/** "B differs in activation (relu) and init (he-normal)." and the shared-data reminder. */
export function describePatch(a: TrainConfig, patch: Partial<TrainConfig>): string {
  const keys = (Object.keys(patch) as (keyof TrainConfig)[]).filter((k) => !same(patch[k], a[k]));
  if (keys.length === 0) return t('grad.compare.copy');
  const parts = keys.map((k) => `${NAMED.has(k) ? t(`grad.compare.names.${k}`) : k} (${valueText(k, patch[k])})`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}${t('grad.compare.and')}${parts[parts.length - 1]}`;
  return t('grad.compare.differs', { list });
}
