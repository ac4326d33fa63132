/**
 * The truth table, live: each row's inputs, target, the network's current output and a
 * correct mark. Clicking a row picks that input for the neuron card.
 */
import type { KeyboardEvent } from 'react';
import { divergingColor } from '../../viz/colors';
import { short } from '../../viz/numbers';
import { num } from '../../viz/numbers';
import type { TruthRow } from './truthRows';
import { useT } from '../../i18n';
import './truthtable.css';

export interface TruthTableProps {
  /** e.g. "XOR". */
  name: string;
  rows: TruthRow[];
  /** Colour range of the output. */
  domain: [number, number];
  /** The output value where the class flips, shown in the header. */
  threshold: number;
  /** Training index of the row the neuron card shows, if any. */
  picked: number | null;
  onPick(index: number): void;
}

/**
 * An output that shows as the threshold itself (0.500) is on the fence: XOR's best single
 * neuron sits there. Marking it ✓ because 0.5000001 > 0.5 would claim a success that is not one.
 */
const UNDECIDED = 5e-4;

export function TruthTable({ name, rows, domain, threshold, picked, onPick }: TruthTableProps) {
  const t = useT();
  const undecided = rows.map((r) => Math.abs(r.output - threshold) < UNDECIDED);
  const right = rows.filter((r, i) => r.correct && !undecided[i]).length;
  const unsure = undecided.filter(Boolean).length;
  const key = (i: number) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPick(i);
    }
  };
  return (
    <section className="tt" data-testid="truth-table" aria-label={t('output.truth.title', { name })}>
      <header className="tt-head">
        <h3>{t('output.truth.title', { name })}</h3>
        <span className="tt-score" data-testid="truth-table-score" data-correct-count={right}>
          {t('output.truth.score', { right, total: rows.length })}{unsure > 0 && `, ${t('output.truth.undecidedCount', { count: unsure })}`}
        </span>
      </header>
      <table>
        <thead>
          <tr>
            <th scope="col">x₁</th><th scope="col">x₂</th><th scope="col">{t('output.truth.target')}</th>
            <th scope="col" title={t('output.truth.outputTitle', { t: threshold })}>{t('output.truth.output')}</th><th scope="col"><span className="sr-only">{t('output.truth.correct')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr
              key={i} data-testid="truth-row" data-correct={r.correct && !undecided[i]} data-undecided={undecided[i]} aria-selected={picked === i}
              className={picked === i ? 'tt-picked' : undefined}
              tabIndex={0} onClick={() => onPick(i)} onKeyDown={key(i)}
              title={t('output.truth.rowTitle')}
            >
              <td>{short(r.x1)}</td>
              <td>{short(r.x2)}</td>
              <td>{short(r.target)}</td>
              <td className="tt-out">
                <span className="tt-chip" style={{ background: divergingColor(r.output, domain) }} />
                <span className="tt-num">{num(r.output)}</span>
              </td>
              {undecided[i] ? (
                <td className="tt-mark tt-unsure" aria-label={t('output.truth.undecided')} title={t('output.truth.undecidedTitle', { v: num(r.output) })}>
                  {t('output.truth.undecided')}
                </td>
              ) : (
                <td className={r.correct ? 'tt-mark tt-ok' : 'tt-mark tt-bad'} aria-label={t(r.correct ? 'output.truth.correct' : 'output.truth.wrong')}>
                  {r.correct ? '✓' : '✗'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="tt-note">{t('output.truth.note', { t: threshold })}</p>
    </section>
  );
}
