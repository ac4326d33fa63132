/**
 * The input features as toggles beside the diagram's input column: each shows its picture
 * over the plane and its name; the pressed ones are the network's inputs. The last pressed
 * one cannot be released (a network needs an input), and the caller explains why.
 */
import { FEATURE_LABELS, FEATURES, type FeatureName } from '../../core/features';
import { FeatureThumbnail } from './UnitThumbnail';

export interface FeatureTogglesProps {
  active: readonly FeatureName[];
  extent: readonly [number, number, number, number];
  title: string;
  /** Accessible name of a toggle, e.g. "Feed x₁x₂ to the network". */
  toggleLabel(label: string): string;
  onToggle(f: FeatureName, on: boolean): void;
}

export function FeatureToggles({ active, extent, title, toggleLabel, onToggle }: FeatureTogglesProps) {
  return (
    <fieldset className="nd-features" data-testid="feature-toggles">
      <legend>{title}</legend>
      {FEATURES.map((f) => {
        const on = active.includes(f);
        return (
          <button
            key={f} type="button" className="nd-feature" data-testid={`feature-${f}`} aria-pressed={on}
            title={toggleLabel(FEATURE_LABELS[f])} aria-label={toggleLabel(FEATURE_LABELS[f])}
            onClick={() => onToggle(f, !on)}
          >
            <FeatureThumbnail feature={f} extent={extent} className="" />
            <span>{FEATURE_LABELS[f]}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
