/**
 * The URL hash is the shareable state. The config's keys, bounds and defaults come from the
 * core's field table (every row with a `url` key); the gradient lab's keys are rows of the
 * same shape here. Reading a hash is a total function: it never throws, a bad value falls back
 * to its default, and every rejected key is named in a notice.
 */
import {
  BASE_CONFIG, CONFIG_KEYS, ConfigError, CUSTOM, defaultHead, FIELDS, formatText, parseText, resolveConfig,
  type BoolSpec, type ConfigKey, type EnumSpec, type FieldSpec, type ListSpec, type NumberSpec, type TrainConfig,
} from '../core';
import { commonWidth, DEFAULT_WIDTH, uniformHidden } from '../model/hiddenShape';
import { DEFAULT_MEASURE, MEASURES, type Measure } from '../model/measures';
import { isLang, LANGS, t, withLang, type Lang } from '../i18n';
import { clip, notices as say } from './linkNotices';
import { DEPTH, readCompare, resolveCompare, WIDTH, type CompareSpec } from './labHash';
import { EMBED_CONTROLS, EMBED_PANELS, NO_EMBED, type EmbedControl, type EmbedPanel, type EmbedSpec } from '../model/embed';

/** URL key -> config key, for every config row that has a URL key. */
const URL_TO_CONFIG: ReadonlyMap<string, ConfigKey> = new Map(
  CONFIG_KEYS.flatMap((k) => {
    const url = (FIELDS[k] as FieldSpec).url;
    return url ? [[url, k] as const] : [];
  }),
);

/** The config keys a hash carries, in the order formatHash writes them. */
export const HASH_KEYS: ConfigKey[] = [...URL_TO_CONFIG.values()];

const MEASURE: EnumSpec = { kind: 'enum', values: MEASURES, default: DEFAULT_MEASURE, url: 'measure', doc: "the gradient panel's measure" };
/** The lesson step open (URL key `lesson`); 0 is the free playground. */
export type LessonStep = 0 | 1 | 2 | 3;

/** The lesson step a link opens (1 to 3); absent or 0 is the free playground. */
const LESSON: NumberSpec = { kind: 'int', default: 0, min: 0, max: 3, url: 'lesson', doc: 'the lesson step the link opens (0 = playground)' };
/** Written only when chosen, so a link keeps the reader's language otherwise. */
const LANG: EnumSpec = { kind: 'enum', values: LANGS, default: 'en', url: 'lang', doc: "the page's language" };
/** Embed and classroom mode (model/embed.ts): the compact page, its panels, the controls a teacher fixes. */
const EMBED: BoolSpec = { kind: 'bool', default: false, url: 'embed', doc: 'embed mode: a compact page with only the panels in `show`' };
const SHOW: ListSpec = {
  kind: 'list', default: [], maxLength: EMBED_PANELS.length, item: { kind: 'enum', values: EMBED_PANELS }, itemName: 'panels', url: 'show',
  doc: 'the panels an embed shows',
};
const HIDE: ListSpec = {
  kind: 'list', default: [], maxLength: EMBED_CONTROLS.length, item: { kind: 'enum', values: EMBED_CONTROLS }, itemName: 'controls', url: 'hide',
  doc: 'controls a classroom link hides, so they cannot be changed',
};

/**
 * The view keys (not TrainConfig), rows of the same shape as the config's: depth and width
 * build `hidden` when the link has none; measure and lang are views.
 */
const VIEW_KEYS: ReadonlyMap<string, FieldSpec> = new Map<string, FieldSpec>([
  ['depth', DEPTH], ['width', WIDTH], ['measure', MEASURE], ['lang', LANG], ['embed', EMBED], ['show', SHOW], ['hide', HIDE], ['lesson', LESSON],
]);

/** Reserved keys that are not parsed yet, not errors. */
const EXTRA_KEYS: ReadonlySet<string> = new Set(['view', 'preset']);

export interface HashState {
  config: TrainConfig;
  /** One line per rejected key or value, for a visible notice. Every rejected key is named. */
  notices: string[];
  /** Network B's patch in compare mode, or null. */
  compare: Partial<TrainConfig> | null;
  measure: Measure;
  /** The language named by the link, or null (keep the current one). */
  lang: Lang | null;
  /** Embed and classroom mode (`embed`, `show`, `hide`). */
  embed: EmbedSpec;
  /** The lesson step the link opens; 0 (the playground) when the link has no `lesson`. */
  lesson: LessonStep;
}

/**
 * Parses a location hash ("#dataset=xor&hidden=4,4"). Unknown keys and bad values are named
 * in notices and fall back to defaults; the config always validates. Never throws: anything
 * unexpected falls back to `base` with a notice.
 */
export function parseHash(hash: string, base: TrainConfig = BASE_CONFIG): HashState {
  try {
    const text = String(hash);
    // The link's own `lang` is the language its notices are read in (the caller has loaded
    // its strings: see linkLang).
    const lang = linkLang(text);
    return lang ? withLang(lang, () => readHash(text, base)) : readHash(text, base);
  } catch (e) {
    return {
      config: base, compare: null, measure: DEFAULT_MEASURE, lang: null, embed: NO_EMBED, lesson: 0,
      notices: [say.unreadable(e instanceof Error ? e.message : String(e))],
    };
  }
}

/**
 * The language a hash names (its last valid `lang`), or null. Read before parseHash, so the
 * caller can fetch that language's strings first and the link's notices are worded in it.
 */
export function linkLang(hash: string): Lang | null {
  return new URLSearchParams(String(hash).replace(/^#/, '')).getAll('lang').filter(isLang).pop() ?? null;
}

function readHash(hash: string, base: TrainConfig): HashState {
  const notices: string[] = [];
  const patch: Partial<Record<ConfigKey, unknown>> = Object.create(null);
  const view: { depth?: number; width?: number; measure?: Measure; lang?: Lang; embed?: boolean; show?: string[]; hide?: string[]; lesson?: number } = {};
  let compareSpec: CompareSpec | null = null;
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const [key, raw] of new URLSearchParams(hash.replace(/^#/, ''))) {
    // Map lookups only: a key such as "constructor" or "__proto__" never reaches an object member.
    const ck = URL_TO_CONFIG.get(key);
    const vk = VIEW_KEYS.get(key);
    if (ck !== undefined || vk !== undefined || key === 'compare') {
      // A key given twice: the last one counts (even when it is invalid and falls back), said once.
      if (seen.has(key) && !repeated.has(key)) {
        repeated.add(key);
        notices.push(say.repeated(key));
      }
      seen.add(key);
      if (ck !== undefined) delete patch[ck];
      else if (vk !== undefined) delete (view as Record<string, unknown>)[key];
    }
    if (ck !== undefined) {
      const r = parseText(FIELDS[ck], raw);
      if (r.ok) patch[ck] = r.value;
      else notices.push(say.badValue(key, raw, FIELDS[ck]));
    } else if (vk !== undefined) {
      const r = parseText(vk, raw);
      if (r.ok) (view as Record<string, unknown>)[key] = r.value;
      else notices.push(say.badValue(key, raw, vk));
    } else if (key === 'compare') {
      const r = readCompare(raw);
      if (r.ok) compareSpec = r.spec;
      else {
        compareSpec = null;
        notices.push(say.badCompare(raw, r.problem));
      }
    } else if (!EXTRA_KEYS.has(key)) {
      notices.push(say.unknown(key));
    }
  }
  if (patch.hidden === undefined && (view.depth !== undefined || view.width !== undefined)) {
    patch.hidden = uniformHidden(view.depth ?? base.hidden.length, view.width ?? commonWidth(base.hidden) ?? DEFAULT_WIDTH);
  }
  if (patch.dataset === CUSTOM && !patch.custom) {
    notices.push(say.customWithoutData());
    delete patch.dataset;
  }
  const config = resolveHead(base, patch as Partial<TrainConfig>, notices);
  const compare = compareSpec ? resolveCompare(compareSpec, config) : null;
  return { config, notices, compare, measure: view.measure ?? DEFAULT_MEASURE, lang: view.lang ?? null, embed: embedOf(view), lesson: (view.lesson ?? 0) as LessonStep };
}

/** The embed spec of a link's view keys: names in page order, each once; the default when none. */
function embedOf(view: { embed?: boolean; show?: string[]; hide?: string[] }): EmbedSpec {
  const show = view.show?.length ? EMBED_PANELS.filter((p) => view.show!.includes(p)) : null;
  const hide = EMBED_CONTROLS.filter((c) => view.hide?.includes(c) ?? false);
  if (!view.embed && hide.length === 0) return NO_EMBED;
  return { on: view.embed ?? false, show: show as EmbedPanel[] | null, hide: hide as EmbedControl[] };
}

/**
 * The config a link describes, with the CLI's head rules (resolveConfig): output and loss
 * follow the dataset, and the loss follows the output when the link names only the output.
 * A pair the dataset cannot use falls back to the dataset's natural head with a notice.
 */
function resolveHead(base: TrainConfig, patch: Partial<TrainConfig>, notices: string[]): TrainConfig {
  const { output: _o, loss: _l, ...rest } = base;
  const merged: Partial<TrainConfig> = { ...rest, ...patch };
  try {
    return resolveConfig(merged);
  } catch (e) {
    const head = defaultHead(merged.dataset ?? base.dataset, merged.custom);
    const detail = e instanceof ConfigError && e.field === 'loss'
      ? t('link.lossMismatch', { loss: clip(String(merged.loss)), output: merged.output ?? head.output })
      : t('link.outputMismatch', { output: clip(String(merged.output)), dataset: merged.dataset ?? base.dataset });
    notices.push(say.badHead(detail, head.output, head.loss));
    try {
      return resolveConfig({ ...merged, ...head });
    } catch {
      notices.push(say.defaults());
      return base;
    }
  }
}

/**
 * Formats the config as a hash (without '#'): every contract key in a fixed order. Absent
 * optional keys, and keys marked urlWhenChanged that hold their default, are left out.
 */
export function formatHash(c: TrainConfig, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const [url, k] of URL_TO_CONFIG) {
    const row: FieldSpec = FIELDS[k];
    // Arrays (features) compare by their text, so an equal list counts as unchanged.
    if (c[k] === undefined || (row.urlWhenChanged && formatText(row, c[k]) === formatText(row, row.default))) continue;
    p.set(url, formatText(row, c[k]));
  }
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  // URLSearchParams encodes ',' as %2C; keep widths readable in shared links.
  return p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
