/**
 * The gradient lab, the second half of the story, below the main row: depth and width,
 * the measure, compare mode and presets on the left; the gradient panels on the right.
 */
import { DeadUnitsNotice } from '../FailureNotices';
import { t } from '../../i18n';
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
        <h2 id="lab-title">{t('grad.lab')}</h2>
        <p>{t('grad.intro')}</p>
        <Presets />
      </header>
      <div className="lab-grid">
        <aside className="panel lab-controls" aria-label={t('grad.settings')}>
          <DepthContainer />
          <DeadUnitsNotice />
          <GradientMeasureContainer />
          <CompareContainer />
          <CompareLossContainer />
        </aside>
        <GradientPanels />
      </div>
    </section>
  );
}
