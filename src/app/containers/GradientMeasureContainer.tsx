/** The gradient measure toggle wired to the store (and, through the bridge, the URL). */
import { useCallback } from 'react';
import { MeasureToggle } from '../../panels/gradients/MeasureToggle';
import type { Measure } from '../../model/measures';
import { selMeasure } from '../../store/selectors';
import { useApp, useAppStore } from '../StoreContext';

export function GradientMeasureContainer() {
  const measure = useApp(selMeasure);
  const store = useAppStore();
  const onChange = useCallback((m: Measure) => store.getState().setMeasure(m), [store]);
  return <MeasureToggle value={measure} onChange={onChange} />;
}
