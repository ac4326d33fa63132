/**
 * The story's presets as plain links: each is a URL hash, so choosing one changes the
 * address (back returns to the previous setup) and a teacher can copy it as it is.
 */
import { useMemo } from 'react';
import { labHashExtras } from '../store/labHash';
import { selCompare, selConfig, selMeasure } from '../store/selectors';
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

export function Presets() {
  const config = useApp(selConfig);
  const compare = useApp(selCompare);
  const measure = useApp(selMeasure);
  const t = useT();
  const current = useMemo(() => formatHash(config, labHashExtras({ compare, measure: 'gradZ' })), [config, compare]);
  return (
    <nav className="lab-presets" aria-label={t('app.presets.group')}>
      {PRESETS.map((p, i) => (
        <a
          key={p.id} href={`#${p.hash}&measure=${measure}`} title={t(`app.presets.${p.id}Title`)} data-testid={`preset-${p.id}`}
          aria-current={CANONICAL[i] === current ? 'true' : undefined}
        >
          {t(`app.presets.${p.id}`)}
        </a>
      ))}
    </nav>
  );
}
