/**
 * The +/- controls: one pair for the number of hidden layers (toolbar) and one pair per
 * hidden layer for its width (positioned over each column by the geometry). Real HTML
 * buttons, 28 px square, so they work with touch, keyboard and screen readers alike.
 */
import type { ReactNode } from 'react';
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

export function LayerToolbar({ hiddenLayers, maxLayers, compact, onAddLayer, onRemoveLayer, children }: LayerToolbarProps & { children?: ReactNode }) {
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
      {children}
    </div>
  );
}

export interface LayerButtonsProps {
  columns: ColumnGeom[];
  maxWidth: number;
  onAddNeuron(layer: number): void;
  onRemoveNeuron(layer: number): void;
  /** Per-layer activation pickers on the hidden columns' headers (absent: none). */
  activations?: LayerActivationProps;
}

export interface LayerActivationProps {
  /** Activation of hidden layer l (0-based). */
  values: readonly string[];
  options: readonly string[];
  /** Accessible name of the picker of 1-based hidden layer `layer`. */
  label(layer: number): string;
  onChange(layer: number, fn: string): void;
}

const PICKER_W = 78;

export function LayerButtons({ columns, maxWidth, onAddNeuron, onRemoveNeuron, activations }: LayerButtonsProps) {
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
            {activations && (
              <select
                className="nd-act" data-testid={`activation-${L}`} aria-label={activations.label(L)} title={activations.label(L)}
                value={activations.values[L - 1] ?? ''} onChange={(e) => activations.onChange(L, e.target.value)}
                style={{ left: c.x - PICKER_W / 2, top: c.labelY + 4, width: PICKER_W }}
              >
                {activations.options.map((o) => <option key={o} value={o}>{o}</option>)}
              </select>
            )}
          </div>
        );
      })}
    </div>
  );
}
