/**
 * The embed page (`embed=1`): only the panels named by `show=` are mounted, in a compact grid,
 * under a slim playback bar, with a link that opens the same run in the full playground.
 * Nothing that is not shown is rendered, so the embed loads and trains fast.
 */
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../StoreContext';
import { formatHash } from '../../store/url';
import { labHashExtras } from '../../store/labHash';
import { shownPanels, type EmbedPanel } from '../../model/embed';
import { NoticeBanner, StatusBanner } from '../Banners';
import { DataContainer } from '../containers/DataContainer';
import { NetworkContainer } from '../containers/NetworkContainer';
import { BoundaryContainer } from '../containers/BoundaryContainer';
import { PlaybackContainer } from '../containers/ControlsContainer';
import { LossChartContainer, MetricsContainer } from '../containers/MetricsContainer';
import { LazyGradientLab, LazyHiddenSpace } from '../containers/lazyPanels';
import { NeuronLessonContainer } from '../containers/NeuronLessonContainer';
import { TruthTableContainer } from '../containers/TruthTableContainer';
import type { AppState } from '../../store/types';
import { Shortcuts } from './Shortcuts';


/** The same run in the full playground: the settings, without the embed keys. */
const selLink = (s: AppState) => formatHash(s.config, { ...labHashExtras(s), ...(s.lang ? { lang: s.lang } : {}) });
const selEmbed = (s: AppState) => s.embed;

const PANELS: Record<EmbedPanel, () => ReactNode> = {
  data: () => <section className="panel col-data"><DataContainer /></section>,
  network: () => <section className="panel"><NetworkContainer /></section>,
  boundary: () => <section className="panel"><BoundaryContainer /></section>,
  metrics: () => <MetricsContainer />,
  truth: () => <section className="panel"><TruthTableContainer /></section>,
  loss: () => <section className="panel"><LossChartContainer /></section>,
  hidden: () => <section className="panel"><LazyHiddenSpace /></section>,
  neuron: () => <section className="panel"><NeuronLessonContainer /></section>,
  gradients: () => <LazyGradientLab />,
};

export function EmbedPage() {
  const t = useT();
  const embed = useApp(selEmbed);
  const link = useApp(selLink);
  const shown = shownPanels(embed);
  return (
    <main className="app app-embed" data-testid="embed">
      <StatusBanner />
      <NoticeBanner />
      <div className="embed-bar">
        <PlaybackContainer />
        <Shortcuts />
        <a className="embed-open" href={`./#${link}`} target="_blank" rel="noopener noreferrer" data-testid="embed-open">
          {t('ux.embed.open')}
        </a>
      </div>
      <div className="embed-grid">
        {[...shown].map((p) => <div key={p} className={`embed-cell embed-${p}`} data-panel={p}>{PANELS[p]()}</div>)}
      </div>
    </main>
  );
}
