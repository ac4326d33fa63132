/**
 * Panels that are not on the first screen, each in its own chunk (issue 13 §1: the first
 * decision boundary should not wait for code nobody is looking at yet). Each is fetched when
 * first shown, behind a visible placeholder that names what is coming.
 */
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../StoreContext';
import type { AppState } from '../../store/types';

/** Longest wait for the first boundary before the panels load anyway (a big net's first grid can take seconds). */
const FIRST_SCREEN_MS = 1500;
/** Once open, open for the page's life (a language switch remounts the page). */
let firstScreenDone = false;
const selFirstDrawn = (s: AppState) => s.models[0]?.boundary != null || s.failure !== null;

/**
 * True once the first decision boundary is in the store and a frame has passed (so it is
 * painted), or after FIRST_SCREEN_MS. Lazy panels wait for it: evaluating and rendering their
 * chunks while the first snapshot arrives held the first boundary back by about 100 ms.
 */
function useFirstScreenDrawn(): boolean {
  const drawn = useApp(selFirstDrawn);
  const [open, setOpen] = useState(firstScreenDone);
  useEffect(() => {
    if (open) return;
    const go = () => {
      firstScreenDone = true;
      setOpen(true);
    };
    let timer = 0;
    if (!drawn) {
      timer = window.setTimeout(go, FIRST_SCREEN_MS);
      return () => clearTimeout(timer);
    }
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(go, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawn, open]);
  return open;
}

/**
 * A placeholder with the panel's name while its chunk loads; `size` is a class giving it the
 * panel's usual height (app.css), so nothing below jumps when the panel arrives.
 */
export function PanelLoading({ name, size }: { name: string; size?: string }) {
  const t = useT();
  return (
    <div className={`panel-placeholder panel-loading${size ? ` ${size}` : ''}`} role="status" data-testid="panel-loading">
      {t('app.loadingPanel', { name })}
    </div>
  );
}

/** `lazy` for a named export, wrapped in Suspense with a PanelLoading fallback named by `nameKey`. */
function lazyPanel(load: () => Promise<ComponentType>, nameKey: string, size?: string): () => ReactNode {
  const Lazy = lazy(() => load().then((c) => ({ default: c })));
  return function LazyPanel() {
    const t = useT();
    if (!useFirstScreenDrawn()) return <PanelLoading name={t(nameKey)} size={size} />;
    return (
      <Suspense fallback={<PanelLoading name={t(nameKey)} size={size} />}>
        <Lazy />
      </Suspense>
    );
  };
}

/** The backprop step panel (a lesson tab). */
export const LazyBackpropSteps = lazyPanel(() => import('./BackpropContainer').then((m) => m.BackpropContainer), 'backprop.tab');
/** The backprop step-through diagram (takes the network panel's place while open). */
export const LazyBackpropDiagram = lazyPanel(() => import('./BackpropContainer').then((m) => m.BackpropDiagram), 'backprop.tab');
/** The 1958 perceptron rule (a lesson tab). */
export const LazyPerceptron = lazyPanel(() => import('./PerceptronContainer').then((m) => m.PerceptronContainer), 'neuron.tabPerceptron');
/** The live neuron card (the first lesson tab; mostly below the first screen). */
export const LazyNeuron = lazyPanel(() => import('./NeuronContainer').then((m) => m.NeuronContainer), 'neuron.tabNeuron', 'neuron-placeholder');
/** The gradient lab (below the first screen, or beside the story on wide screens). */
export const LazyGradientLab = lazyPanel(() => import('./GradientLab').then((m) => m.GradientLab), 'grad.lab', 'lab-placeholder');
/** The hidden-space view with its separability test (below the first screen). */
export const LazyHiddenSpace = lazyPanel(() => import('./HiddenSpaceContainer').then((m) => m.HiddenSpaceContainer), 'hidden.title', 'hidden-placeholder');
