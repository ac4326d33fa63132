/**
 * The +/- controls: one pair for the number of hidden layers (toolbar) and one pair per
 * hidden layer for its width (positioned over each column by the geometry). Real HTML
 * buttons, 28 px square, so they work with touch, keyboard and screen readers alike.
 */
import type { ColumnGeom } from './geometry';
import { BUTTON_SIZE } from './geometry';
import { hiddenLayersLabel } from './paramLabels';
import { t } from '../../i18n';

export interface LayerToolbarProps {
  hiddenLayers: number;
  maxLayers: number;
  compact: boolean;
  onAddLayer(): void;
  onRemoveLayer(): void;
}

export function LayerToolbar({ hiddenLayers, maxLayers, compact, onAddLayer, onRemoveLayer }: LayerToolbarProps) {
  return (
    <div className="nd-toolbar">
      <button
        type="button" className="nd-btn" data-testid="remove-layer" aria-label={t('network.removeLayer')}
        title={t('network.removeLayer')} disabled={hiddenLayers <= 0} onClick={onRemoveLayer}
      >−</button>
      <button
        type="button" className="nd-btn" data-testid="add-layer" aria-label={t('network.addLayer')}
        title={t('network.addLayer')} disabled={hiddenLayers >= maxLayers} onClick={onAddLayer}
      >+</button>
      <span className="nd-count" data-testid="layer-count">{hiddenLayersLabel(hiddenLayers)}</span>
      {compact && <span className="nd-mode">{t('network.compact')}</span>}
    </div>
  );
}

export interface LayerButtonsProps {
  columns: ColumnGeom[];
  maxWidth: number;
  onAddNeuron(layer: number): void;
  onRemoveNeuron(layer: number): void;
}

export function LayerButtons({ columns, maxWidth, onAddNeuron, onRemoveNeuron }: LayerButtonsProps) {
  return (
    <div className="nd-buttons">
      {columns.map((c) => {
        if (!c.buttons) return null;
        const L = c.column; // hidden columns are numbered 1..H
        return (
          <div key={L} role="group" aria-label={t('network.layerWidth', { n: L })}>
            <button
              type="button" className="nd-btn" data-testid={`remove-neuron-${L}`}
              aria-label={t('network.removeNeuron', { n: L })} title={t('network.removeNeuron', { n: L })}
              disabled={c.units <= 1} onClick={() => onRemoveNeuron(L)}
              style={{ left: c.buttons.remove.x, top: c.buttons.remove.y, width: BUTTON_SIZE, height: BUTTON_SIZE }}
            >−</button>
            <button
              type="button" className="nd-btn" data-testid={`add-neuron-${L}`}
              aria-label={t('network.addNeuron', { n: L })} title={t('network.addNeuron', { n: L })}
              disabled={c.units >= maxWidth} onClick={() => onAddNeuron(L)}
              style={{ left: c.buttons.add.x, top: c.buttons.add.y, width: BUTTON_SIZE, height: BUTTON_SIZE }}
            >+</button>
          </div>
        );
      })}
    </div>
  );
}
