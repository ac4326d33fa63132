/**
 * The truth table, live: each row's inputs, target, the network's current output and a
 * correct mark. Clicking a row picks that input for the neuron card.
 */
import type { KeyboardEvent } from 'react';
import { divergingColor } from '../../viz/colors';
import { short } from '../../viz/numbers';
import { num } from '../../viz/numbers';
import type { TruthRow } from './truthRows';
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

export function TruthTable({ name, rows, domain, threshold, picked, onPick }: TruthTableProps) {
  const right = rows.filter((r) => r.correct).length;
  const key = (i: number) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPick(i);
    }
  };
  return (
    <section className="tt" data-testid="truth-table" aria-label={`${name} truth table`}>
      <header className="tt-head">
        <h3>{name} truth table</h3>
        <span className="tt-score" data-testid="truth-table-score" data-correct-count={right}>
          {right} of {rows.length} correct
        </span>
      </header>
      <table>
        <thead>
          <tr>
            <th scope="col">x₁</th><th scope="col">x₂</th><th scope="col">target</th>
            <th scope="col" title={`class 1 when the output is above ${threshold}`}>output</th><th scope="col"><span className="sr-only">correct</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr
              key={i} data-testid="truth-row" data-correct={r.correct} aria-selected={picked === i}
              className={picked === i ? 'tt-picked' : undefined}
              tabIndex={0} onClick={() => onPick(i)} onKeyDown={key(i)}
              title="Show this input on the neuron card"
            >
              <td>{short(r.x1)}</td>
              <td>{short(r.x2)}</td>
              <td>{short(r.target)}</td>
              <td className="tt-out">
                <span className="tt-chip" style={{ background: divergingColor(r.output, domain) }} />
                <span className="tt-num">{num(r.output)}</span>
              </td>
              <td className={r.correct ? 'tt-mark tt-ok' : 'tt-mark tt-bad'} aria-label={r.correct ? 'correct' : 'wrong'}>
                {r.correct ? '✓' : '✗'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="tt-note">Output above {threshold} means class 1. Click a row to follow it on the neuron card.</p>
    </section>
  );
}
