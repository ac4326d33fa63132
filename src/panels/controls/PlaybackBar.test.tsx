// @vitest-environment happy-dom
import { act } from 'react';
import { useDomHost } from '../../testing/domHost';
import { describe, expect, it, vi } from 'vitest';
import { PlaybackBar, type PlaybackBarProps } from './PlaybackBar';
import { shortcutFor, useShortcuts, type ShortcutHandlers } from './useShortcuts';

const dom = useDomHost();
const { byId } = dom;

describe('PlaybackBar', () => {
  const props = (over: Partial<PlaybackBarProps> = {}): PlaybackBarProps => ({
    running: false, epoch: 0, onPlay: vi.fn(), onPause: vi.fn(), onStepEpoch: vi.fn(), onStepBatch: vi.fn(), onReset: vi.fn(), ...over,
  });

  it('plays when paused and pauses when running, with a matching label', () => {
    const p = props();
    act(() => dom.root.render(<PlaybackBar {...p} />));
    expect(byId('play').getAttribute('aria-label')).toBe('Play');
    act(() => byId('play').click());
    expect(p.onPlay).toHaveBeenCalledTimes(1);
    const q = props({ running: true });
    act(() => dom.root.render(<PlaybackBar {...q} />));
    expect(byId('play').getAttribute('aria-label')).toBe('Pause');
    act(() => byId('play').click());
    expect(q.onPause).toHaveBeenCalledTimes(1);
    expect(q.onPlay).not.toHaveBeenCalled();
  });

  it('steps an epoch, a batch, and resets', () => {
    const p = props();
    act(() => dom.root.render(<PlaybackBar {...p} />));
    act(() => byId('step').click());
    act(() => byId('step-batch').click());
    act(() => byId('reset').click());
    expect(p.onStepEpoch).toHaveBeenCalledTimes(1);
    expect(p.onStepBatch).toHaveBeenCalledTimes(1);
    expect(p.onReset).toHaveBeenCalledTimes(1);
  });

  it('shows the epoch with thousands separators, and exactly in data-value', () => {
    act(() => dom.root.render(<PlaybackBar {...props({ epoch: 12345 })} />));
    expect(byId('metric-epoch').textContent).toBe('12,345');
    expect(byId('metric-epoch').getAttribute('data-value')).toBe('12345');
  });

  it('explains a diverged run', () => {
    act(() => dom.root.render(<PlaybackBar {...props({ status: 'diverged' })} />));
    expect(dom.host.querySelector('[role="status"]')!.textContent).toMatch(/Diverged/);
  });
});

function Keys(h: ShortcutHandlers) {
  useShortcuts(h);
  return (
    <div>
      <input data-testid="text" />
      <select data-testid="sel"><option>a</option></select>
      <textarea data-testid="area" />
      <button type="button" data-testid="btn">b</button>
    </div>
  );
}

describe('useShortcuts', () => {
  const press = (target: EventTarget, key: string, init: KeyboardEventInit = {}) => {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    act(() => { target.dispatchEvent(e); });
    return e;
  };

  it('space toggles play (and stops the page from scrolling), s steps, r resets', () => {
    const h = { onTogglePlay: vi.fn(), onStep: vi.fn(), onReset: vi.fn() };
    act(() => dom.root.render(<Keys {...h} />));
    const e = press(document.body, ' ');
    expect(h.onTogglePlay).toHaveBeenCalledTimes(1);
    expect(e.defaultPrevented).toBe(true);
    press(document.body, 's');
    press(document.body, 'r');
    expect(h.onStep).toHaveBeenCalledTimes(1);
    expect(h.onReset).toHaveBeenCalledTimes(1);
  });

  it('ignores keys typed into text fields and textareas, and modified keys', () => {
    const h = { onTogglePlay: vi.fn(), onStep: vi.fn(), onReset: vi.fn() };
    act(() => dom.root.render(<Keys {...h} />));
    for (const id of ['text', 'area']) {
      const e = press(byId(id), ' ');
      press(byId(id), 's');
      press(byId(id), 'r');
      expect(e.defaultPrevented).toBe(false);
    }
    press(document.body, 'r', { ctrlKey: true }); // browser reload stays the browser's
    expect(h.onTogglePlay).not.toHaveBeenCalled();
    expect(h.onStep).not.toHaveBeenCalled();
    expect(h.onReset).not.toHaveBeenCalled();
  });

  it('takes s and r from a focused select so its type-ahead never changes a setting', () => {
    const h = { onTogglePlay: vi.fn(), onStep: vi.fn(), onReset: vi.fn() };
    act(() => dom.root.render(<Keys {...h} />));
    const e = press(byId('sel'), 's');
    expect(h.onStep).toHaveBeenCalledTimes(1);
    expect(e.defaultPrevented).toBe(true);
    // Reached by keyboard, space stays the select's own key (it opens the list).
    expect(press(byId('sel'), ' ').defaultPrevented).toBe(false);
    expect(h.onTogglePlay).not.toHaveBeenCalled();
  });

  it('leaves space to a button reached by keyboard, takes it from one focused by a click', () => {
    const btn = document.createElement('button');
    const k = (key: string) => ({ key, ctrlKey: false, metaKey: false, altKey: false, target: btn });
    expect(shortcutFor(k(' '))).toBeNull();
    expect(shortcutFor(k(' '), true)).toBe('onTogglePlay');
    expect(shortcutFor(k('s'))).toBe('onStep');
    const range = document.createElement('input');
    range.type = 'range';
    expect(shortcutFor({ ...k(' '), target: range })).toBe('onTogglePlay');
    const num = document.createElement('input');
    num.type = 'number';
    expect(shortcutFor({ ...k('s'), target: num })).toBeNull();
  });

  it('a clicked button does not re-fire on space: play toggles and the key is cancelled', () => {
    const h = { onTogglePlay: vi.fn(), onStep: vi.fn(), onReset: vi.fn() };
    act(() => dom.root.render(<Keys {...h} />));
    const btn = byId('btn');
    act(() => { btn.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })); btn.focus(); });
    const e = press(btn, ' ');
    expect(h.onTogglePlay).toHaveBeenCalledTimes(1);
    expect(e.defaultPrevented).toBe(true);
  });

  it('removes its listener on unmount', () => {
    const h = { onTogglePlay: vi.fn(), onStep: vi.fn(), onReset: vi.fn() };
    act(() => dom.root.render(<Keys {...h} />));
    act(() => dom.root.render(<div />));
    press(document.body, ' ');
    expect(h.onTogglePlay).not.toHaveBeenCalled();
  });
});
