/**
 * The gradient lab, the second half of the story, below the main row: depth and width,
 * the measure, compare mode and presets on the left; the gradient panels on the right.
 */
import { Presets } from '../Presets';
import { CompareContainer, CompareLossContainer } from './CompareContainer';
import { DepthContainer } from './DepthContainer';
import { GradientMeasureContainer } from './GradientMeasureContainer';
import { GradientPanels } from './GradientPanels';
import './GradientLab.css';

export function GradientLab() {
  return (
    <section className="lab" aria-labelledby="lab-title" id="gradient-lab">
      <header className="lab-head">
        <h2 id="lab-title">Gradient lab</h2>
        <p>
          Backpropagation multiplies one factor per layer on the way back. Make the net deeper and watch how much
          of the output layer's gradient still reaches layer 1.
        </p>
        <Presets />
      </header>
      <div className="lab-grid">
        <aside className="panel lab-controls" aria-label="Gradient lab settings">
          <DepthContainer />
          <GradientMeasureContainer />
          <CompareContainer />
          <CompareLossContainer />
        </aside>
        <GradientPanels />
      </div>
    </section>
  );
}
