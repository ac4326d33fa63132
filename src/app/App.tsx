/**
 * The playground page. The story runs left to right: data, network, output.
 * The store is created once per page and connected to the worker and the URL by the bridge.
 */
import { createAppStore, type AppStore } from '../store/createAppStore';
import { browserEnv, connectBridge } from '../store/bridge';
import { StoreProvider } from './StoreContext';
import { NoticeBanner, StatusBanner } from './Banners';
import { DataContainer } from './containers/DataContainer';
import { BackpropOpenButton, NetworkOrBackprop } from './containers/BackpropEntry';
import { BoundaryContainer } from './containers/BoundaryContainer';
import { HyperParamsContainer, PlaybackContainer, SpeedContainer } from './containers/ControlsContainer';
import { LossChartContainer, MetricsContainer } from './containers/MetricsContainer';
import { BuildNote } from './BuildNote';
import { LazyGradientLab, LazyHiddenSpace } from './containers/lazyPanels';
import { NeuronLessonContainer } from './containers/NeuronLessonContainer';
import { TruthTableContainer } from './containers/TruthTableContainer';
import { LangSwitch, syncLang } from './LangSwitch';
import { LessonContainer } from './containers/LessonContainer';
import { NewWeightsButton } from './NewWeights';
import { SymmetryNotice } from './FailureNotices';
import { useShownLang, useT } from '../i18n';
import { AboutLine } from './AboutLine';
import { Shortcuts } from './chrome/Shortcuts';
import { TransportBar } from './chrome/TransportBar';
import { useMediaQuery } from '../viz/useMediaQuery';
import { ShareDialog } from './chrome/ShareDialog';
import { EmbedPage } from './chrome/EmbedPage';
import { useApp } from './StoreContext';
import type { AppState } from '../store/types';

const selEmbedOn = (s: AppState) => s.embed.on;

/** Phone layout: the same width where app.css stacks the story into one column. */
const PHONE = '(max-width: 700px)';

/**
 * The store, connected to the worker and the URL before React's first render (see bootStore),
 * and what went wrong while connecting, shown by the error boundary instead of a blank page.
 */
export interface Boot {
  store: AppStore;
  error: unknown;
}

/**
 * Creates the store and connects it at once: the worker starts, and the link's config is on its
 * way, while React renders the first screen (the first decision boundary comes that much sooner).
 */
export function bootStore(): Boot {
  const store = createAppStore();
  syncLang(store);
  try {
    connectBridge(store, browserEnv());
    return { store, error: null };
  } catch (error) {
    return { store, error };
  }
}

export function App({ boot }: { boot: Boot }) {
  const { store, error } = boot;
  if (error) throw error;
  return (
    <StoreProvider store={store}>
      <Page />
    </StoreProvider>
  );
}

function Page() {
  const embed = useApp(selEmbedOn);
  const lang = useShownLang();
  // Keyed on the language: helpers that translate outside React (labels, notices) redraw too.
  return embed ? <EmbedPage key={lang} /> : <FullPage key={lang} />;
}

function FullPage() {
  const t = useT();
  const phone = useMediaQuery(PHONE);
  const hiddenFirst = useApp((s) => s.lessonStep === 2);
  const lessonRow = (
    <div className="lesson-row" aria-label={t('app.separabilityLessons')}>
      <LazyHiddenSpace />
      <NeuronLessonContainer />
    </div>
  );
  return (
    <main className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p>{t('app.tagline')}</p>
        <LangSwitch />
        <ShareDialog />
        <Shortcuts newWeights />
      </header>
      <LessonContainer />
      <StatusBanner />
      <NoticeBanner />
      <div className="toolbar">
        <PlaybackContainer />
        {phone ? (
          // Phones: the settings fold away, so the first screen shows the data and the network.
          <details className="toolbar-settings" data-testid="settings-disclosure">
            <summary>{t('ux.settings')}</summary>
            <SpeedContainer />
            <HyperParamsContainer />
          </details>
        ) : (
          <>
            <SpeedContainer />
            <HyperParamsContainer />
          </>
        )}
      </div>
      <div className="app-body">
        <div className="story">
          <section className="panel col-data">
            <DataContainer />
          </section>
          {/* Lesson step 2 is about the hidden space: it moves up under the panel's title (in the DOM too,
              so reading and tab order follow what is seen) and is on the first screen at 1280 x 800. */}
          <section className={`panel col-network${hiddenFirst ? ' hidden-first' : ''}`} aria-label={t('app.network')} data-testid="col-network">
            <div className="panel-head network-head">
              <h2>{t('app.network')}</h2>
              <div className="network-actions">
                <NewWeightsButton />
                <BackpropOpenButton />
              </div>
            </div>
            {hiddenFirst && lessonRow}
            <SymmetryNotice />
            <BuildNote />
            <NetworkOrBackprop />
            {!hiddenFirst && lessonRow}
          </section>
          <section className="panel col-output" aria-label={t('app.output')}>
            <BoundaryContainer />
            <MetricsContainer />
            <TruthTableContainer />
            <LossChartContainer />
          </section>
        </div>
        <LazyGradientLab />
      </div>
      {phone && <TransportBar />}
      <AboutLine />
    </main>
  );
}
