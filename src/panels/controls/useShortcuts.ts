/**
 * Keyboard shortcuts for playback: space plays/pauses, s steps, r resets. They stay out of
 * the way while the learner types in a field, and leave space to a focused button (which
 * already activates on space) so one key press never does two things.
 */
import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  onTogglePlay(): void;
  onStep(): void;
  onReset(): void;
}

/** True when a key press belongs to the focused element rather than to the page. */
export function isTypingTarget(t: EventTarget | null): boolean {
  if (!t || !(t as Element).tagName) return false;
  const el = t as HTMLElement;
  const tag = el.tagName.toLowerCase();
  return tag === 'input' || tag === 'select' || tag === 'textarea' || el.isContentEditable === true;
}

/** What a key does, or null if it is not a shortcut here (pure, for tests and the hook). */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): keyof ShortcutHandlers | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null;
  const tag = (e.target as Element | null)?.tagName?.toLowerCase();
  if (e.key === ' ' || e.key === 'Spacebar') return tag === 'button' || tag === 'a' || (e.target as Element | null)?.getAttribute?.('role') === 'button' ? null : 'onTogglePlay';
  if (e.key === 's' || e.key === 'S') return 'onStep';
  if (e.key === 'r' || e.key === 'R') return 'onReset';
  return null;
}

/** Installs the shortcuts on window while mounted. Handlers may change on every render. */
export function useShortcuts(handlers: ShortcutHandlers, enabled = true): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat && e.key === ' ') return; // holding space should not flicker play/pause
      const action = shortcutFor(e);
      if (!action) return;
      if (e.key === ' ' || e.key === 'Spacebar') e.preventDefault(); // no page scroll
      ref.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
