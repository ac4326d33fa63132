/**
 * The lesson rail: "1 · A neuron — 2 · A hidden layer — 3 · Depth" as links (each step is a
 * URL hash), a way out to the free playground, and the open step's card below it.
 */
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import './lesson.css';

export type RailStep = 1 | 2 | 3;
const RAIL: readonly RailStep[] = [1, 2, 3];

export interface LessonRailProps {
  /** The open step, 0 for the playground. */
  step: 0 | RailStep;
  done: Record<RailStep, boolean>;
  /** The link of each step and of the playground (with the current settings). */
  hrefs: Record<RailStep, string>;
  playgroundHref: string;
  onPick?(step: 0 | RailStep): void;
  /** The open step's card. */
  children?: ReactNode;
}

export function LessonRail({ step, done, hrefs, playgroundHref, onPick, children }: LessonRailProps) {
  const t = useT();
  return (
    <>
      <nav className="lr" data-testid="lesson-rail" aria-label={t('lesson.rail')} data-step={step}>
        <ol className="lr-steps">
          {RAIL.map((n) => (
            <li key={n}>
              <a
                href={hrefs[n]} className="lr-step" data-testid={`lesson-step-${n}`} data-done={String(done[n])}
                aria-current={step === n ? 'step' : undefined} onClick={() => onPick?.(n)}
              >
                <span className="lr-num" aria-hidden="true">{done[n] ? '✓' : n}</span>
                <span className="lr-name">{t(`lesson.stepName.${n}`)}</span>
                {done[n] && <span className="sr-only"> ({t('lesson.done')})</span>}
              </a>
            </li>
          ))}
        </ol>
        <a
          href={playgroundHref} className="lr-free" data-testid="lesson-playground" title={t('lesson.playgroundTitle')}
          aria-current={step === 0 ? 'page' : undefined} onClick={() => onPick?.(0)}
        >
          {t('lesson.playground')}
        </a>
      </nav>
      {step > 0 && children && (
        <section className="lr-card" data-testid="lesson-card" data-step={step} aria-label={t('lesson.stepTitle', { n: step })}>
          {children}
        </section>
      )}
    </>
  );
}

export interface CheckItem {
  id: string;
  label: string;
  ok: boolean;
  detail?: string;
}

/** A step's checkpoints, ticked live. */
export function Checklist({ items }: { items: readonly CheckItem[] }) {
  return (
    <ul className="lr-checks">
      {items.map((c) => (
        <li key={c.id} data-testid={`lesson-check-${c.id}`} data-ok={String(c.ok)} className={c.ok ? 'lr-ok' : undefined}>
          <span className="lr-tick" aria-hidden="true">{c.ok ? '✓' : '○'}</span>
          {c.label}{c.detail ? ` ${c.detail}` : ''}
        </li>
      ))}
    </ul>
  );
}
