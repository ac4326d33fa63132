/**
 * Embed and classroom mode, from the link: `embed=1` renders a compact page for a lesson or a
 * blog post, `show=` names the panels it shows (nothing else is mounted), `hide=` names the
 * controls a learner may not change (a teacher fixes them). The URL rows (store/url.ts) read
 * them through the field table's list rules, like every other key.
 */

/** Panels an embed can show, in page order. */
export const EMBED_PANELS = ['data', 'network', 'boundary', 'metrics', 'truth', 'loss', 'hidden', 'neuron', 'gradients'] as const;
export type EmbedPanel = (typeof EMBED_PANELS)[number];

/** What an embed shows when `show=` is absent: the story's core. */
export const DEFAULT_EMBED_PANELS: readonly EmbedPanel[] = ['network', 'boundary', 'metrics', 'loss'];

/** Controls `hide=` can remove: playback, the network's shape (+/- layers and neurons), then the toolbar's settings by URL key. */
export const EMBED_CONTROLS = [
  'play', 'step', 'reset', 'speed', 'layers', 'lr', 'schedule', 'activation', 'output', 'loss', 'init', 'optimizer', 'momentum', 'batch', 'l1', 'l2',
] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

export interface EmbedSpec {
  /** `embed=1`: the compact page. */
  on: boolean;
  /** Panels to show (embed) in page order; null = the default set. */
  show: EmbedPanel[] | null;
  /** Controls hidden (embed or not: a classroom link can fix settings on the full page too). */
  hide: EmbedControl[];
}

export const NO_EMBED: EmbedSpec = Object.freeze({ on: false, show: null, hide: [] }) as EmbedSpec;

/** The panels an embed mounts. */
export function shownPanels(e: EmbedSpec): ReadonlySet<EmbedPanel> {
  return new Set(e.on ? (e.show ?? DEFAULT_EMBED_PANELS) : EMBED_PANELS);
}

/** Hash entries for a spec (empty when it is the default), so links stay canonical. */
export function embedHashExtras(e: EmbedSpec): Record<string, string> {
  const out: Record<string, string> = {};
  if (e.on) out.embed = '1';
  if (e.on && e.show) out.show = e.show.join(',');
  if (e.hide.length) out.hide = e.hide.join(',');
  return out;
}
