/**
 * Panels that are not on the first screen, each in its own chunk (issue 13 §1: the first
 * decision boundary should not wait for code nobody is looking at yet). Each is fetched when
 * first shown, behind a visible placeholder that names what is coming.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useT } from '../../i18n';

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
/** The hidden-space view with its separability test (below the first screen). */
export const LazyHiddenSpace = lazyPanel(() => import('./HiddenSpaceContainer').then((m) => m.HiddenSpaceContainer), 'hidden.title', 'hidden-placeholder');
