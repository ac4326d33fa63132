/**
 * The lesson rail wired to the store: each step's link, its card (what to do, what to watch,
 * its one-click actions) and its live checkpoints.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TrainConfig } from '../../core';
import { useT } from '../../i18n';
import { Checklist, LessonRail, type RailStep } from '../../panels/lesson/LessonRail';
import { SigmoidChart } from '../../panels/lesson/SigmoidChart';
import { formatShare } from '../../panels/gradients/ratioText';
import { fmtSci } from '../../viz/format';
import { labHashExtras } from '../../store/labHash';
import { RELU_HE, STEP_HASH, STEPS, VANISHED_BELOW, type StepId } from '../../store/lessonSteps';
import { layerOneShare } from '../../store/milestones';
import { stepsDone } from '../../store/railSlice';
import { formatHash } from '../../store/url';
import { withDepth } from '../../model/hiddenShape';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../StoreContext';
import { useLessonProgress } from '../lessonProgress';

const HREFS = Object.fromEntries(STEPS.map((n) => [n, `#${STEP_HASH[n]}`])) as Record<RailStep, string>;

const selRail = (s: AppState) => ({
  step: s.lessonStep, checks: s.lessonChecks, config: s.config, compare: s.compare, measure: s.measure,
});

export function LessonContainer() {
  const t = useT();
  const { step, checks, config, compare, measure } = useApp(useShallow(selRail));
  const done = useLessonProgress(useMemo(() => stepsDone(checks), [checks]));
  const playgroundHref = useMemo(() => `#${formatHash(config, labHashExtras({ compare, measure }))}`, [config, compare, measure]);
  return (
    <LessonRail step={step} done={done} hrefs={HREFS} playgroundHref={playgroundHref}>
      {step === 1 && <StepOne />}
      {step === 2 && <StepTwo />}
      {step === 3 && <StepThree />}
      {step > 0 && step < 3 && done[step as StepId] && (
        <p><a className="lr-next" href={HREFS[(step + 1) as RailStep]} data-testid="lesson-next">{t('lesson.next')}</a></p>
      )}
    </LessonRail>
  );
}

function useSetConfig() {
  const store = useAppStore();
  return (patch: Partial<TrainConfig>) => store.getState().setConfig(patch);
}

const selStep1 = (s: AppState) => ({
  dataset: s.config.dataset, single: s.config.hidden.length === 0, checks: s.lessonChecks,
  epoch: s.models[0]?.latest?.epoch ?? 0,
});

function StepOne() {
  const t = useT();
  const set = useSetConfig();
  const { dataset, single, checks, epoch } = useApp(useShallow(selStep1));
  const xorNow = single && dataset === 'xor' && epoch > 0;
  return (
    <>
      <h2>{t('lesson.stepTitle', { n: 1 })} · {t('lesson.stepName.1')}</h2>
      <p>{t('lesson.s1.text')}</p>
      <p>{t('lesson.s1.watch')}</p>
      <div className="lr-row">
        <div className="lr-actions" role="group" aria-label={t('data.group.truth')}>
          {(['and', 'or', 'xor'] as const).map((d) => (
            <button
              key={d} type="button" aria-pressed={single && dataset === d} data-testid={`lesson-dataset-${d}`}
              onClick={() => set({ dataset: d, hidden: [] })}
            >
              {t(`data.name.${d}`)}
            </button>
          ))}
        </div>
        <Checklist items={[
          { id: 'and', label: t('lesson.s1.checkAnd'), ok: checks.and },
          { id: 'or', label: t('lesson.s1.checkOr'), ok: checks.or },
          { id: 'xor', label: t('lesson.s1.checkXor'), ok: checks.xorFails },
        ]} />
      </div>
      {xorNow && <p className="lr-why" data-testid="lesson-why-xor">{t('lesson.s1.why')}</p>}
    </>
  );
}

const selStep2 = (s: AppState) => ({ ms: s.milestones, checks: s.lessonChecks });

function StepTwo() {
  const t = useT();
  const { ms, checks } = useApp(useShallow(selStep2));
  const at = (e: number | null) => (e === null ? undefined : t('lesson.s2.atEpoch', { n: e }));
  return (
    <>
      <h2>{t('lesson.stepTitle', { n: 2 })} · {t('lesson.stepName.2')}</h2>
      <p>{t('lesson.s2.text')}</p>
      <p>{t('lesson.s2.watch')}</p>
      <Checklist items={[
        { id: 'start', label: t('lesson.s2.checkStart'), ok: ms.initialSeparable === false },
        { id: 'separable', label: t('lesson.s2.checkSeparable'), ok: checks.separable, detail: at(ms.separableEpoch) },
        { id: 'solved', label: t('lesson.s2.checkSolved'), ok: checks.solved, detail: at(ms.solvedEpoch) },
      ]} />
      {ms.solvedEpoch !== null && <p>{t('lesson.s2.replayHint')}</p>}
    </>
  );
}

const selStep3 = (s: AppState) => ({
  activation: s.config.activation, hidden: s.config.hidden, checks: s.lessonChecks, snap: s.models[0]?.latest ?? null,
});

/** The card's depth slider spans the step's range: 1 layer up to well past where sigmoid vanishes. */
const STEP3_MAX_DEPTH = 20;
/** Where the step sends a learner who switched to ReLU before anything vanished. */
const STEP3_DEEP = 10;

function StepThree() {
  const t = useT();
  const set = useSetConfig();
  const { activation, hidden, checks, snap } = useApp(useShallow(selStep3));
  const depth = hidden.length;
  // The same store action as the gradient lab's slider, so the learner drags it next to the share.
  const setDepth = (d: number) => set({ hidden: withDepth(hidden, d) });
  const share = layerOneShare(snap);
  const perLayer = depth > 0 && share >= 0 ? share ** (1 / depth) : NaN;
  return (
    <>
      <h2>{t('lesson.stepTitle', { n: 3 })} · {t('lesson.stepName.3')}</h2>
      <p>{t('lesson.s3.text')}</p>
      <p>{t('lesson.s3.watch')}</p>
      <div className="lr-row lr-depth">
        <label>
          {t('grad.depth')}{' '}
          <input
            type="range" min={1} max={STEP3_MAX_DEPTH} step={1} value={Math.min(Math.max(depth, 1), STEP3_MAX_DEPTH)}
            data-testid="lesson-depth" aria-valuetext={t('network.hiddenLayers', { count: depth })}
            onChange={(e) => setDepth(Number(e.target.value))}
          />
        </label>
        <span data-testid="lesson-depth-value" data-value={depth}>{t('network.hiddenLayers', { count: depth })}</span>
      </div>
      <div className="lr-row">
        <div className="lr-actions">
          <button type="button" data-testid="lesson-fix" title={t('lesson.s3.fixTitle')} aria-pressed={activation === 'relu'} onClick={() => set(RELU_HE)}>
            {t('lesson.s3.fix')}
          </button>
          <button type="button" data-testid="lesson-unfix" aria-pressed={activation === 'sigmoid'} onClick={() => set({ activation: 'sigmoid', init: 'standard' })}>
            {t('lesson.s3.back')}
          </button>
        </div>
        {Number.isFinite(share) && (
          <p data-testid="lesson-share" data-value={share} className={share < VANISHED_BELOW ? 'lr-bad' : undefined}>
            {t('lesson.s3.share', { share: formatShare(share), depth })}
          </p>
        )}
      </div>
      {activation !== 'sigmoid' && !checks.vanished && (
        <p className="lr-why" data-testid="lesson-deepen-first">
          {t('lesson.s3.deepenFirst', { depth: STEP3_DEEP })}{' '}
          <button type="button" data-testid="lesson-deepen" onClick={() => set({ activation: 'sigmoid', init: 'standard', hidden: withDepth(hidden, STEP3_DEEP) })}>
            {t('lesson.s3.deepen', { depth: STEP3_DEEP })}
          </button>
        </p>
      )}
      <div className="lr-row">
        {activation === 'sigmoid' && (
          <SigmoidChart perLayer={perLayer} perLayerText={t('lesson.s3.perLayer', { f: Number.isFinite(perLayer) ? `×${fmtSci(perLayer, 2)}` : '—' })} />
        )}
        <Checklist items={[
          { id: 'vanish', label: t('lesson.s3.checkVanish'), ok: checks.vanished },
          { id: 'recover', label: t('lesson.s3.checkRecover'), ok: checks.recovered },
        ]} />
      </div>
    </>
  );
}
