// @vitest-environment happy-dom
/**
 * Where the schedule control shows: in the free playground always; in a lesson step only when
 * its link sets a schedule (a step's toolbar shows what the step is about); never when hidden.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/createAppStore';
import { parseHash } from '../../store/url';
import { useDomHost } from '../../testing/domHost';
import { StoreProvider } from '../StoreContext';
import { HyperParamsContainer } from './ControlsContainer';

describe('HyperParamsContainer: the schedule control', () => {
  const dom = useDomHost();
  const render = (hash: string, lessonStep: 0 | 1 | 2 | 3) => {
    const store = createAppStore();
    store.getState().loadHash(parseHash(hash));
    store.getState().setLessonStep(lessonStep);
    act(() => dom.root.render(<StoreProvider store={store}><HyperParamsContainer /></StoreProvider>));
    return store;
  };

  it('shows in the free playground, and a pick changes the config', () => {
    const store = render('#dataset=circle', 0);
    const select = dom.byId<HTMLSelectElement>('ctl-schedule');
    expect(select).not.toBeNull();
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, 'exponential');
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(store.getState().config.schedule).toBe('exponential');
    expect(dom.byId('ctl-decay')).not.toBeNull();
  });

  it('stays out of a lesson step unless the link sets a schedule', () => {
    render('#dataset=xor&hidden=2', 2);
    expect(dom.byId('ctl-schedule')).toBeNull();
    expect(dom.byId('ctl-lr')).not.toBeNull();
    render('#dataset=xor&hidden=2&schedule=cosine', 2);
    expect(dom.byId<HTMLSelectElement>('ctl-schedule').value).toBe('cosine');
  });

  it('a classroom link can fix it', () => {
    render('#dataset=circle&schedule=step&hide=schedule', 0);
    expect(dom.byId('ctl-schedule')).toBeNull();
    expect(dom.byId('ctl-decay')).toBeNull();
  });
});
