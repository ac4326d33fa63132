/**
 * Compare mode's switch and its settings table: network A is the main config, network B is
 * A plus a patch. Each row shows A's value and lets B differ; choosing A's value again
 * drops the key, so the patch (and the shared link) only ever names real differences.
 */
import { t } from '../../i18n';
import { useId } from 'react';
import { ACTIVATIONS } from '../../core/activations';
import { LIMITS, type TrainConfig } from '../../core/config';
import { INITS } from '../../core/init';
import { OPTIMIZERS } from '../../core/optimizers';
import { commonWidth, withDepth, withWidth } from '../../model/hiddenShape';
import { patchWith, describePatch } from './comparePatch';
import './compare.css';

export interface CompareEditorProps {
  config: TrainConfig;
  patch: Partial<TrainConfig> | null;
  onChange(patch: Partial<TrainConfig> | null): void;
  /** Learning rates offered for B (the same menu as the controls'; passed in so panels stay apart). */
  lrOptions: readonly number[];
}

const WIDTHS = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128];
const DEPTHS = Array.from({ length: LIMITS.maxLayers + 1 }, (_, i) => i);

interface RowProps<T extends string | number> {
  label: string;
  a: T;
  b: T;
  options: readonly T[];
  format?: (v: T) => string;
  testId: string;
  onPick(v: T): void;
}

function Row<T extends string | number>({ label, a, b, options, format = String, testId, onPick }: RowProps<T>) {
  const id = useId();
  const all = options.includes(b) ? options : [...options, b];
  return (
    <tr className={a !== b ? 'cmp-diff' : undefined} data-differs={a !== b}>
      <th scope="row"><label htmlFor={id}>{label}</label></th>
      <td>{format(a)}</td>
      <td>
        <select id={id} value={String(b)} data-testid={testId} onChange={(e) => onPick(all.find((o) => String(o) === e.target.value)!)}>
          {all.map((o) => <option key={String(o)} value={String(o)}>{format(o)}</option>)}
        </select>
      </td>
    </tr>
  );
}

export function CompareEditor({ config, patch, onChange, lrOptions }: CompareEditorProps) {
  const on = patch !== null;
  const b: TrainConfig = { ...config, ...(patch ?? {}) };
  const set = (p: Partial<TrainConfig>) => onChange(patchWith(config, patch ?? {}, p));
  const aWidth = commonWidth(config.hidden);
  const bWidth = commonWidth(b.hidden);
  const fmtWidth = (w: number) => (w === 0 ? t('grad.mixed') : String(w));
  return (
    <div className="cmp">
      <label className="cmp-switch">
        <input type="checkbox" checked={on} data-testid="compare-toggle" onChange={(e) => onChange(e.target.checked ? {} : null)} />
        {t('grad.compare.toggle')}
      </label>
      {on && (
        <>
          <table className="cmp-table">
            <thead>
              <tr><th scope="col">{t('grad.compare.setting')}</th><th scope="col"><span className="cmp-badge cmp-badge-A">A</span></th><th scope="col"><span className="cmp-badge cmp-badge-B">B</span></th></tr>
            </thead>
            <tbody>
              <Row label={t('grad.compare.activation')} a={config.activation} b={b.activation} options={ACTIVATIONS} testId="compare-activation" onPick={(activation) => set({ activation })} />
              <Row label={t('grad.compare.init')} a={config.init} b={b.init} options={INITS} testId="compare-init" onPick={(init) => set({ init })} />
              <Row label={t('grad.compare.depth')} a={config.hidden.length} b={b.hidden.length} options={DEPTHS} testId="compare-depth" onPick={(d) => set({ hidden: withDepth(b.hidden, d) })} />
              <Row
                label={t('grad.compare.width')} a={aWidth ?? 0} b={bWidth ?? 0} options={WIDTHS} format={fmtWidth} testId="compare-width"
                onPick={(w) => w > 0 && set({ hidden: withWidth(b.hidden, w) })}
              />
              <Row label={t('grad.compare.optimizer')} a={config.optimizer} b={b.optimizer} options={OPTIMIZERS} testId="compare-optimizer" onPick={(optimizer) => set({ optimizer })} />
              <Row label={t('grad.compare.rate')} a={config.lr} b={b.lr} options={lrOptions} testId="compare-lr" onPick={(lr) => set({ lr })} />
            </tbody>
          </table>
          <p className="cmp-note" data-testid="compare-summary">{describePatch(config, patch ?? {})}</p>
        </>
      )}
    </div>
  );
}
