/**
 * The story's presets as plain links: each is a URL hash, so choosing one changes the
 * address (back returns to the previous setup) and a teacher can copy it as it is.
 */
import { labHashExtras } from '../store/labHash';
import { selMeasure } from '../store/selectors';
import type { AppState } from '../store/types';
import { formatHash, parseHash } from '../store/url';
import { useApp } from './StoreContext';
import { useT } from '../i18n';

const NET = 'dataset=xor-quadrants&depth=10&width=8&lr=0.1';

export const PRESETS = [
  { id: 'vanishing', hash: `${NET}&activation=sigmoid&init=standard` },
  { id: 'fixed', hash: `${NET}&activation=relu&init=he-normal` },
  { id: 'compare', hash: `${NET}&activation=sigmoid&init=standard&compare=activation:relu,init:he-normal` },
] as const;

/** Each preset's canonical hash (without the measure, which a preset leaves alone). */
const CANONICAL = PRESETS.map((p) => {
  const h = parseHash(`#${p.hash}`);
  return formatHash(h.config, labHashExtras({ compare: h.compare, measure: 'gradZ' }));
});

/** The last answer per config object, so a store update that leaves the config alone formats nothing. */
const shownCache = new WeakMap<AppState['config'], { compare: AppState['compare']; index: number }>();

/**
 * Index of the preset the page shows, or -1. A selector, so the links redraw only when it
 * changes, not on every step of a depth drag (each formatted the whole hash).
 */
const selShownPreset = (s: AppState): number => {
  const hit = shownCache.get(s.config);
  if (hit && hit.compare === s.compare) return hit.index;
  const index = CANONICAL.indexOf(formatHash(s.config, labHashExtras({ compare: s.compare, measure: 'gradZ' })));
  shownCache.set(s.config, { compare: s.compare, index });
  return index;
};

export function Presets() {
  const shown = useApp(selShownPreset);
  const measure = useApp(selMeasure);
  const t = useT();
  return (
    <nav className="lab-presets" aria-label={t('app.presets.group')}>
      {PRESETS.map((p, i) => (
        <a
          key={p.id} href={`#${p.hash}&measure=${measure}`} title={t(`app.presets.${p.id}Title`)} data-testid={`preset-${p.id}`}
          aria-current={shown === i ? 'true' : undefined}
        >
          {t(`app.presets.${p.id}`)}
        </a>
      ))}
    </nav>
  );
}
