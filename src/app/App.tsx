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
import { NetworkContainer } from './containers/NetworkContainer';
import { BoundaryContainer } from './containers/BoundaryContainer';
import { HyperParamsContainer, PlaybackContainer, SpeedContainer } from './containers/ControlsContainer';
import { LossChartContainer, MetricsContainer } from './containers/MetricsContainer';
import { BuildNote } from './BuildNote';
import { HiddenSpaceContainer } from './containers/HiddenSpaceContainer';
import { NeuronLessonContainer } from './containers/NeuronLessonContainer';
import { TruthTableContainer } from './containers/TruthTableContainer';
import { GradientLab } from './containers/GradientLab';
import { Shortcuts } from './chrome/Shortcuts';
import { TransportBar } from './chrome/TransportBar';
import { useMediaQuery } from '../viz/useMediaQuery';

/** Phone layout: the same width where app.css stacks the story into one column. */
const PHONE = '(max-width: 700px)';
const TRANSPORT_LABELS = { play: 'Play', pause: 'Pause', step: 'Step one epoch', epoch: 'Epoch', loss: 'Loss', preview: 'Training at a glance' };

export function App() {
  const [store] = useState(createAppStore);
  useEffect(() => connectBridge(store, browserEnv()), [store]);
  const phone = useMediaQuery(PHONE);
  return (
    <StoreProvider store={store}>
      <main className="app">
        <header className="app-header">
          <h1>Backprop Playground</h1>
          <p>Watch a neural network learn, one gradient step at a time.</p>
          <Shortcuts />
        </header>
        <StatusBanner />
        <NoticeBanner />
        <div className="toolbar">
          <PlaybackContainer />
          <SpeedContainer />
          <HyperParamsContainer />
        </div>
        <div className="app-body">
          <div className="story">
            <section className="panel col-data">
              <DataContainer />
            </section>
            <section className="panel col-network" aria-label="Network">
              <h2>Network</h2>
              <BuildNote />
              <NetworkContainer />
              <div className="lesson-row" aria-label="Separability lessons">
                <HiddenSpaceContainer />
                <NeuronLessonContainer />
              </div>
            </section>
            <section className="panel col-output" aria-label="Output">
              <BoundaryContainer />
              <MetricsContainer />
              <TruthTableContainer />
              <LossChartContainer />
            </section>
          </div>
          <GradientLab />
        </div>
        {phone && <TransportBar labels={TRANSPORT_LABELS} />}
      </main>
    </StoreProvider>
  );
}
