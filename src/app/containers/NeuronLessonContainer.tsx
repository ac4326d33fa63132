/**
 * The single-neuron lessons side by side in one card: the live neuron card of the trained
 * network, and the 1958 perceptron rule on the truth tables.
 */
import { t as tr } from '../../i18n';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { selLessonTab, selSelectedUnit, type LessonTab } from '../../store/lessonSlice';
import { useT } from '../../i18n';
import { useApp, useAppStore } from '../StoreContext';
import { LazyBackpropSteps, LazyNeuron, LazyPerceptron } from './lazyPanels';

const TABS: { id: LessonTab; label: string }[] = [
  { id: 'neuron', label: 'neuron.tabNeuron' },
  { id: 'perceptron', label: 'neuron.tabPerceptron' },
  { id: 'backprop', label: 'backprop.tab' },
];

export function NeuronLessonContainer() {
  const tab = useApp(selLessonTab);
  const selected = useApp(selSelectedUnit);
  const store = useAppStore();
  const tr = useT();
  // The backprop tab is the walk-through mode: entering and leaving it pauses and resumes training.
  const choose = (t: LessonTab) => {
    if (t === 'backprop') return store.getState().openBackprop();
    store.getState().closeBackprop();
    store.getState().setLesson({ lessonTab: t });
  };
  // Clicking a neuron in the network opens its card, even from the perceptron tab.
  const lastSelected = useRef(selected);
  useEffect(() => {
    if (selected !== lastSelected.current && selected !== null) choose('neuron');
    lastSelected.current = selected;
  }, [selected, store]);
  // Arrow keys move between tabs, as in any tab list.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === tab);
    choose(TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!.id);
  };
  return (
    <div className="lesson-tabs">
      <div role="tablist" aria-label={tr('neuron.tabs')} className="lesson-tablist" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`lesson-tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`lesson-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1} onClick={() => choose(t.id)} data-testid={`lesson-tab-${t.id}`}>
            {tr(t.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`lesson-panel-${tab}`} aria-labelledby={`lesson-tab-${tab}`}>
        {tab === 'neuron' ? <LazyNeuron /> : tab === 'backprop' ? <LazyBackpropSteps /> : <LazyPerceptron />}
      </div>
    </div>
  );
}
