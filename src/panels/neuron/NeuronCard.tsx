/**
 * The neuron card: one unit's arithmetic at a chosen point, live. Inputs x_i times weights
 * w_i, plus the bias, give z; the activation f gives the output a. Beside it, the unit's
 * output over the whole plane and the gradient of the loss for each of its parameters.
 */
import { useT } from '../../i18n';
import type { ReactNode } from 'react';
import { NeuronDiagram } from './NeuronDiagram';
import { ACTIVATION_FACTS } from '../../core/activations';
import { subscript, type NeuronTerms } from './neuronMath';
import { grad, num } from '../../viz/numbers';
import { UnitHeatmap, type UnitHeatmapProps } from './UnitHeatmap';
import './neuron.css';

/** Rows of the sum table; the rest are summarized (the sum z still includes them). */
const MAX_ROWS = 8;

export interface NeuronCardProps {
  terms: NeuronTerms;
  /** "hidden layer 1, neuron 2" or "the output neuron". */
  title: string;
  /** Which point the values are for, e.g. "(0, 1) → class 1". */
  pointText: string;
  /** Output colour range, and the inputs' range (null for raw x inputs). */
  domain: [number, number];
  inputDomain: [number, number] | null;
  heatmap: Omit<UnitHeatmapProps, 'size' | 'domain'>;
  /** Extra controls in the header (e.g. "back to the output neuron"). */
  actions?: ReactNode;
}

export function NeuronCard({ terms, title, pointText, domain, inputDomain, heatmap, actions }: NeuronCardProps) {
  const t = useT();
  const rows = terms.inputs.slice(0, MAX_ROWS);
  const hidden = terms.inputs.length - rows.length;
  const rest = terms.inputs.slice(MAX_ROWS).reduce((s, i) => s + i.w * i.x, 0);
  return (
    <section className="nc" data-testid="neuron-card" data-layer={terms.layer} data-index={terms.index} aria-label={t('neuron.card', { title })}>
      <header className="nc-head">
        <h3>{title}</h3>
        <span className="nc-fn" title={ACTIVATION_FACTS[terms.fn].formula}>{terms.fn}</span>
        {actions}
      </header>
      <p className="nc-point">
        {t('neuron.at')} <strong data-testid="neuron-point">{pointText}</strong>
        <span className="nc-hint">{t('neuron.hint')}</span>
      </p>
      <div className="nc-figure">
        <NeuronDiagram terms={terms} domain={domain} inputDomain={inputDomain} />
        <figure className="nc-plane">
          <UnitHeatmap {...heatmap} domain={domain} size={84} />
          <figcaption>{t('neuron.plane')}</figcaption>
        </figure>
      </div>
      <table className="nc-math" data-testid="neuron-math">
        <thead>
          <tr>
            <th>{t('neuron.input')}</th><th className="nc-num">xᵢ</th><th className="nc-num">× wᵢ</th><th className="nc-num">= wᵢxᵢ</th>
            <th className="nc-num" title={t('neuron.gradTitle')}>∂L/∂wᵢ</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i, k) => (
            <tr key={k}>
              <td>{i.label}</td><td className="nc-num">{num(i.x)}</td><td className="nc-num">{num(i.w)}</td>
              <td className="nc-num">{num(i.w * i.x)}</td><td className="nc-num nc-grad">{grad(i.gradW)}</td>
            </tr>
          ))}
          {hidden > 0 && (
            <tr className="nc-more"><td colSpan={3}>{t('neuron.more', { n: hidden })}</td><td className="nc-num">{num(rest)}</td><td /></tr>
          )}
          <tr>
            <td>{t('neuron.bias')}</td><td /><td /><td className="nc-num">{num(terms.bias)}</td>
            <td className="nc-num nc-grad" data-testid="neuron-grad-b">{grad(terms.gradB)}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr className="nc-sum">
            <td colSpan={3}>z = Σ wᵢxᵢ + b</td><td className="nc-num" data-testid="neuron-z" data-value={terms.z}>{num(terms.z)}</td><td />
          </tr>
          <tr className="nc-out">
            <td colSpan={3}>a = {terms.fn === 'linear' ? 'z' : `${fnLabel(terms.fn)}(z)`}</td>
            <td className="nc-num" data-testid="neuron-output" data-value={terms.a}>{num(terms.a)}</td><td />
          </tr>
        </tfoot>
      </table>
      <p className="nc-note">
        {t('neuron.note', { f: ACTIVATION_FACTS[terms.fn].formula })}
      </p>
    </section>
  );
}

function fnLabel(fn: NeuronTerms['fn']): string {
  return fn === 'sigmoid' ? 'σ' : fn;
}
