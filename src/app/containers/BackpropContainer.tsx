/**
 * The backprop walk-through wired to the store: the step panel (a tab beside the neuron
 * card), the step-through diagram that takes the network panel's place while the mode is
 * open. Both load in their own chunk (lazyPanels.tsx); the button that opens the mode is in
 * BackpropEntry.tsx. Arrow keys step through the phases; auto-advance is a
 * view timer (training stays paused, the worker stays the only clock).
 */
import { useEffect, useRef } from 'react';
import { isTruthTable } from '../../core/datasets';
import { useT } from '../../i18n';
import { BackpropLayers } from '../../panels/backprop/BackpropLayers';
import { BackpropNet } from '../../panels/backprop/BackpropNet';
import { BackpropSteps } from '../../panels/backprop/BackpropSteps';
import { isCompact } from '../../panels/backprop/bpGeometry';
import { NeuronGraph } from '../../panels/backprop/NeuronGraph';
import { defaultTarget, targetFits } from '../../panels/backprop/targets';
import { pointText } from '../../panels/neuron/pickedPoint';
import { selBpAuto, selBpEpsilon, selBpTarget } from '../../store/backpropSlice';
import type { AppStore } from '../../store/createAppStore';
import { useElementWidth } from '../../viz/useElementWidth';
import { useApp, useAppStore } from '../StoreContext';
import { useBackpropTrace, type BackpropView } from './useBackpropTrace';
import '../../panels/backprop/backprop.css';

/** Time each phase stays on screen when auto-advancing: long enough to read the numbers. */
const AUTO_MS = 2200;

function go(store: AppStore, view: BackpropView, i: number): void {
  store.getState().setBp({ bpPhase: Math.max(0, Math.min(view.phases.length - 1, i)) });
}

/** The nudge target in use: the chosen one while it exists in the net, else the default. */
function useTarget(view: BackpropView | null) {
  const chosen = useApp(selBpTarget);
  if (!view) return null;
  return chosen && targetFits(view.trace, chosen) ? chosen : defaultTarget(view.trace);
}

/** The step panel, in the lesson tabs. */
export function BackpropContainer() {
  const t = useT();
  const store = useAppStore();
  const view = useBackpropTrace();
  const auto = useApp(selBpAuto);
  const eps = useApp(selBpEpsilon);
  const target = useTarget(view);
  const viewRef = useRef(view);
  viewRef.current = view;

  // ← and → step while the mode is open, except where those keys already mean something.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const el = e.target as HTMLElement | null;
      if (el?.closest('input, select, textarea, [role="tab"], [contenteditable="true"]')) return;
      const v = viewRef.current;
      if (!v) return;
      e.preventDefault();
      store.getState().setBp({ bpAuto: false });
      go(store, v, v.index + (e.key === 'ArrowRight' ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  useEffect(() => {
    if (!auto) return;
    const id = window.setInterval(() => {
      const v = viewRef.current;
      if (!v || v.index >= v.phases.length - 1) store.getState().setBp({ bpAuto: false });
      else go(store, v, v.index + 1);
    }, AUTO_MS);
    return () => window.clearInterval(id);
  }, [auto, store]);

  if (!view || !target) return <div className="panel-placeholder" data-testid="backprop-steps">{t('backprop.title')}…</div>;
  const cfg = view.info.config;
  const noHidden = view.trace.layout.layers.length === 1 && view.trace.spec.outputs === 1;
  return (
    <BackpropSteps
      trace={view.trace} phases={view.phases} index={view.index} signals={view.signals}
      exampleText={pointText(view.point, view.classes, isTruthTable(cfg.dataset))}
      lr={cfg.lr} updateNote={updateNote(cfg, t)}
      auto={auto} target={target} epsilon={eps}
      onIndex={(i) => { store.getState().setBp({ bpAuto: false }); go(store, view, i); }}
      onAuto={(on) => {
        // Auto from the last phase starts over.
        if (on && view.index >= view.phases.length - 1) go(store, view, 0);
        store.getState().setBp({ bpAuto: on });
      }}
      onEpsilon={(v) => store.getState().setBp({ bpEpsilon: v })}
      onClose={() => store.getState().closeBackprop()}
    >
      {noHidden && <p className="bp-note">{t('backprop.pickHint')}</p>}
    </BackpropSteps>
  );
}

/** The step-through diagram (expanded or compact), in the network panel while the mode is open. */
export function BackpropDiagram() {
  const t = useT();
  const store = useAppStore();
  const view = useBackpropTrace();
  const target = useTarget(view);
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 640);
  // On a narrow screen the drawing scrolls sideways: keep the layer of the current step in view.
  const phaseKey = view ? `${view.phase.kind}${view.phase.layer}` : '';
  useEffect(() => {
    const box = ref.current;
    const col = box?.querySelector('.bp-col-active');
    if (!box || !col || box.scrollWidth <= box.clientWidth) return;
    const r = col.getBoundingClientRect(), b = box.getBoundingClientRect();
    box.scrollLeft += r.left + r.width / 2 - (b.left + b.width / 2);
  }, [phaseKey]);
  const onTarget = (tg: Parameters<typeof targetFits>[1]) => store.getState().setBp({ bpTarget: tg });
  return (
    <div className="bp-diagram">
      <div className="bp-diagram-head">
        <b>{t('backprop.title')}</b>
      </div>
      <div className="bp-scroll" ref={ref}>
        {!view ? <div className="panel-placeholder">…</div>
          : isCompact(view.trace.layout)
            ? <BackpropLayers trace={view.trace} phase={view.phase} signals={view.signals} width={width} onTarget={onTarget} />
            : <BackpropNet trace={view.trace} phase={view.phase} lr={view.info.config.lr} width={width} target={target} onTarget={onTarget} />}
      </div>
      {view && target && view.trace.layout.layers.length === 1 && view.trace.spec.outputs === 1 && (
        <div className="bp-scroll"><NeuronGraph trace={view.trace} target={target} onTarget={onTarget} /></div>
      )}
    </div>
  );
}

/**
 * How training's real step differs from the walk-through's one-example SGD step, worded per
 * optimizer: with plain SGD only the batch average (and L1/L2 when set) differ.
 */
export function updateNote(
  cfg: { optimizer: string; batch: number; l1: number; l2: number },
  t: (key: string, opts?: Record<string, unknown>) => string,
): string {
  const batch = cfg.batch === 0 ? t('backprop.batchFull') : t('backprop.batchN', { n: cfg.batch });
  const reg = cfg.l1 > 0 && cfg.l2 > 0 ? 'L1 + L2' : cfg.l1 > 0 ? 'L1' : cfg.l2 > 0 ? 'L2' : '';
  if (cfg.optimizer === 'sgd') {
    return reg ? t('backprop.text.updateNoteSgdReg', { batch, reg }) : t('backprop.text.updateNoteSgd', { batch });
  }
  const optimizer = t(`app.hyper.optimizerLabel.${cfg.optimizer}`);
  return reg ? t('backprop.text.updateNoteReg', { batch, optimizer, reg }) : t('backprop.text.updateNote', { batch, optimizer });
}
