/**
 * The playground page. The story runs left to right: data, network, output.
 * The store is created once per page and connected to the worker and the URL by the bridge.
 */
import { useEffect, useState } from 'react';
import { createAppStore } from '../store/createAppStore';
import { browserEnv, connectBridge } from '../store/bridge';
import { StoreProvider } from './StoreContext';
import { NoticeBanner, StatusBanner } from './Banners';
import { DataContainer } from './containers/DataContainer';
import { BackpropOpenButton, NetworkOrBackprop } from './containers/BackpropEntry';
import { BoundaryContainer } from './containers/BoundaryContainer';
import { HyperParamsContainer, PlaybackContainer, SpeedContainer } from './containers/ControlsContainer';
import { LossChartContainer, MetricsContainer } from './containers/MetricsContainer';
import { BuildNote } from './BuildNote';
import { HiddenSpaceContainer } from './containers/HiddenSpaceContainer';
import { NeuronLessonContainer } from './containers/NeuronLessonContainer';
import { TruthTableContainer } from './containers/TruthTableContainer';
import { GradientLab } from './containers/GradientLab';
import { LangSwitch, syncLang, useShownLang } from './LangSwitch';
import { useT } from '../i18n';
import { AboutLine } from './AboutLine';

export function App() {
  const [store] = useState(() => {
    const s = createAppStore();
    syncLang(s);
    return s;
  });
  useEffect(() => connectBridge(store, browserEnv()), [store]);
  return (
    <StoreProvider store={store}>
      <Page />
    </StoreProvider>
  );
}

function Page() {
  const t = useT();
  const lang = useShownLang();
  return (
    // Keyed on the language: helpers that translate outside React (labels, notices) redraw too.
    <main className="app" key={lang}>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p>{t('app.tagline')}</p>
        <LangSwitch />
      </header>
      <StatusBanner />
      <NoticeBanner />
      <div className="toolbar">
        <PlaybackContainer />
        <SpeedContainer />
        <HyperParamsContainer />
      </div>
      <div className="story">
        <section className="panel col-data">
          <DataContainer />
        </section>
        <section className="panel col-network" aria-label={t('app.network')}>
          <div className="panel-head">
            <h2>{t('app.network')}</h2>
            <BackpropOpenButton />
          </div>
          <BuildNote />
          <NetworkOrBackprop />
          <div className="lesson-row" aria-label={t('app.separabilityLessons')}>
            <HiddenSpaceContainer />
            <NeuronLessonContainer />
          </div>
        </section>
        <section className="panel col-output" aria-label={t('app.output')}>
          <BoundaryContainer />
          <MetricsContainer />
          <TruthTableContainer />
          <LossChartContainer />
        </section>
      </div>
      <GradientLab />
      <AboutLine />
    </main>
  );
}
