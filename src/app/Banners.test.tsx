// @vitest-environment happy-dom
/** The notice banner names every rejected key: five in view, the rest behind "and N more". */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useDomHost } from '../testing/domHost';
import { createAppStore } from '../store/createAppStore';
import { parseHash } from '../store/url';
import { NoticeBanner, noticeOrder } from './Banners';
import { StoreProvider } from './StoreContext';

describe('NoticeBanner', () => {
  const dom = useDomHost();

  it('collapses nine notices to five and "and 4 more", and expands to all nine', () => {
    const store = createAppStore();
    const r = parseHash('#noise=20&hidden=500&points=100000&lr=1000&seed=-5&batch=abc&dataset=foo&l2=-1&split=0');
    store.getState().loadHash(r);
    act(() => dom.root.render(<StoreProvider store={store}><NoticeBanner /></StoreProvider>));
    expect(dom.host.querySelectorAll('li')).toHaveLength(5);
    const more = dom.byId<HTMLButtonElement>('notice-more');
    expect(more.textContent).toBe('and 4 more');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    const items = [...dom.host.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(9);
    for (const k of ['noise', 'hidden', 'points', 'lr', 'seed', 'batch', 'dataset', 'l2', 'split']) {
      expect(items.some((t) => t.startsWith(`${k}="`)), k).toBe(true);
    }
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows no toggle for five or fewer', () => {
    const store = createAppStore();
    store.getState().loadHash(parseHash('#lr=abc&seed=x'));
    act(() => dom.root.render(<StoreProvider store={store}><NoticeBanner /></StoreProvider>));
    expect(dom.host.querySelectorAll('li')).toHaveLength(2);
    expect(dom.byId('notice-more')).toBeNull();
  });

  it('shows the newest notice first, so it is in view however many pile up', () => {
    const store = createAppStore();
    store.getState().loadHash(parseHash('#noise=20&hidden=500&points=100000&lr=1000&seed=-5&batch=abc&dataset=foo&l2=-1&split=0'));
    act(() => store.setState((s) => ({ notices: [...s.notices, 'bad.csv line 3: label 7'] })));
    act(() => dom.root.render(<StoreProvider store={store}><NoticeBanner /></StoreProvider>));
    const first = dom.host.querySelector('li')!.textContent;
    expect(first).toBe('bad.csv line 3: label 7');
    expect(dom.byId('notice-more').textContent).toBe('and 5 more');
  });

  it('orders newest first and shows a repeated notice once, where it last arrived', () => {
    expect(noticeOrder(['a', 'b', 'c'])).toEqual(['c', 'b', 'a']);
    expect(noticeOrder(['a', 'b', 'a'])).toEqual(['a', 'b']);
    expect(noticeOrder([])).toEqual([]);
  });
});
