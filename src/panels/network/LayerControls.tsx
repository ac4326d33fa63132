/**
 * The +/- controls: one pair for the number of hidden layers (toolbar) and one pair per
 * hidden layer for its width (positioned over each column by the geometry). Real HTML
 * buttons, so they work with touch, keyboard and screen readers alike. When the columns are
 * too narrow for per-layer buttons (a deep net fitted to a phone), the toolbar's layer picker
 * edits any layer's width instead, so nothing is lost by fitting the view.
 */
import { useState } from 'react';
import type { ColumnGeom } from './geometry';
import { hiddenLayersLabel, neuronsLabel } from './paramLabels';
import { t } from '../../i18n';

export interface LayerToolbarProps {
  hiddenLayers: number;
  maxLayers: number;
  compact: boolean;
  onAddLayer(): void;
  onRemoveLayer(): void;
  /** Given when some layer has no buttons of its own: the widths of the hidden layers. */
  pickerWidths?: readonly number[];
  maxWidth?: number;
  onAddNeuron?(layer: number): void;
  onRemoveNeuron?(layer: number): void;
}

export function LayerToolbar(props: LayerToolbarProps) {
  const { hiddenLayers, maxLayers, compact, onAddLayer, onRemoveLayer, pickerWidths } = props;
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
      {pickerWidths && pickerWidths.length > 0 && <LayerPicker {...props} widths={pickerWidths} />}
    </div>
  );
}

function LayerPicker({ widths, maxWidth = 128, onAddNeuron, onRemoveNeuron }: LayerToolbarProps & { widths: readonly number[] }) {
  const [chosen, setChosen] = useState(widths.length);
  const layer = Math.min(Math.max(1, chosen), widths.length);
  const units = widths[layer - 1]!;
  return (
    <span className="nd-picker" role="group" aria-label={t('ux.picker.group')}>
      <label>
        <span>{t('ux.picker.layer')}</span>
        <select data-testid="layer-picker" value={layer} onChange={(e) => setChosen(Number(e.target.value))}>
          {widths.map((_, i) => <option key={i} value={i + 1}>{i + 1}</option>)}
        </select>
      </label>
      <button
        type="button" className="nd-btn" data-testid="picker-remove-neuron" aria-label={t('network.removeNeuron', { n: layer })}
        disabled={units <= 1} onClick={() => onRemoveNeuron?.(layer)}
      >−</button>
      <span className="nd-picker-units" aria-live="polite">{neuronsLabel(units)}</span>
      <button
        type="button" className="nd-btn" data-testid="picker-add-neuron" aria-label={t('network.addNeuron', { n: layer })}
        disabled={units >= maxWidth} onClick={() => onAddNeuron?.(layer)}
      >+</button>
    </span>
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
        const { w, h } = c.buttons;
        return (
          <div key={L} role="group" aria-label={t('network.layerWidth', { n: L })}>
            <button
              type="button" className="nd-btn" data-testid={`remove-neuron-${L}`}
              aria-label={t('network.removeNeuron', { n: L })} title={t('network.removeNeuron', { n: L })}
              disabled={c.units <= 1} onClick={() => onRemoveNeuron(L)}
              style={{ left: c.buttons.remove.x, top: c.buttons.remove.y, width: w, height: h, minWidth: w }}
            >−</button>
            <button
              type="button" className="nd-btn" data-testid={`add-neuron-${L}`}
              aria-label={t('network.addNeuron', { n: L })} title={t('network.addNeuron', { n: L })}
              disabled={c.units >= maxWidth} onClick={() => onAddNeuron(L)}
              style={{ left: c.buttons.add.x, top: c.buttons.add.y, width: w, height: h, minWidth: w }}
            >+</button>
          </div>
        );
      })}
    </div>
  );
}
