/**
 * Global keyboard shortcuts: space plays/pauses, s steps, r resets, i draws new weights, ? shows
 * the list. They must work after any click on a button, thumbnail, checkbox or slider, and must
 * never change a setting by accident:
 * - a focused text or number field keeps every key (the learner is typing);
 * - a focused select keeps space only when it was reached by keyboard (space opens it), and its
 *   type-ahead never sees s/r/i (a mouse pick leaves the select focused, and `s` used to switch
 *   the activation to softplus); an open select's popup takes the keys before the page sees them;
 * - a button, checkbox or link that was focused by a click does not re-fire on space: the
 *   shortcut applies and the key's default is cancelled. Reached with Tab, it keeps space (its
 *   normal keyboard activation); Enter always activates it.
 */
import { useEffect, useRef } from 'react';

/** Absent handlers (a control a classroom link hides) leave their key to the browser. */
export interface ShortcutHandlers {
  onTogglePlay?(): void;
  onStep?(): void;
  onReset?(): void;
  /** New random weights (same config, new seed); absent until the store offers it. */
  onNewWeights?(): void;
  onHelp?(): void;
}

export type ShortcutAction = keyof ShortcutHandlers;

/** Input types that take typed characters; every other input (range, checkbox, ...) is a control. */
const NON_TEXT_INPUTS = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** True when a key press belongs to the focused element rather than to the page. */
export function isTypingTarget(t: EventTarget | null): boolean {
  if (!t || !(t as Element).tagName) return false;
  const el = t as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'input') return !NON_TEXT_INPUTS.has(((el as HTMLInputElement).type || 'text').toLowerCase());
  return tag === 'textarea' || el.isContentEditable === true || el.getAttribute?.('role') === 'textbox';
}

/** Elements whose own activation key is space: buttons, checkboxes, links, role=button, selects. */
function spaceActivates(el: Element | null): boolean {
  if (!el || !el.tagName) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'button' || tag === 'a' || tag === 'summary' || tag === 'select') return true;
  if (tag === 'input') return ((el as HTMLInputElement).type || '').toLowerCase() !== 'range';
  const role = el.getAttribute?.('role');
  return role === 'button' || role === 'checkbox' || role === 'switch' || role === 'tab' || role === 'radio' || role === 'option' || role === 'row';
}

/**
 * The one table of shortcuts, in the order the `?` overlay lists them: the keys (as
 * KeyboardEvent.key values; the first is the one shown) and the action. The handler below and
 * the overlay both read it, so a key cannot work without being listed.
 */
export const SHORTCUTS: readonly { action: ShortcutAction; keys: readonly string[] }[] = [
  { action: 'onTogglePlay', keys: [' ', 'Spacebar'] },
  { action: 'onStep', keys: ['s', 'S'] },
  { action: 'onReset', keys: ['r', 'R'] },
  { action: 'onNewWeights', keys: ['i', 'I'] },
  { action: 'onHelp', keys: ['?'] },
];

const KEYS: Record<string, ShortcutAction> = Object.fromEntries(
  SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.action] as const)),
);

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/**
 * What a key does, or null if it belongs to the focused element (pure, for tests and the hook).
 * `pointerFocused`: the focused element got focus from a click or tap, not from the keyboard.
 */
export function shortcutFor(e: KeyLike, pointerFocused = false): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null;
  const action = KEYS[e.key];
  if (!action) return null;
  if (action === 'onTogglePlay' && spaceActivates(e.target as Element | null) && !pointerFocused) return null;
  return action;
}

/** Tracks how the focused element got focus: by a pointer, or by the keyboard (Tab, script after a key). */
function trackFocusOrigin(): { pointerFocused(t: EventTarget | null): boolean; dispose(): void } {
  let modality: 'pointer' | 'keyboard' = 'keyboard';
  let origin = new WeakMap<EventTarget, 'pointer' | 'keyboard'>();
  const onPointer = () => { modality = 'pointer'; };
  const onKey = (e: KeyboardEvent) => { if (e.key === 'Tab' || e.key.startsWith('Arrow')) modality = 'keyboard'; };
  const onFocus = (e: FocusEvent) => { if (e.target) origin.set(e.target, modality); };
  window.addEventListener('pointerdown', onPointer, true);
  window.addEventListener('mousedown', onPointer, true);
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('focusin', onFocus, true);
  return {
    pointerFocused: (t) => !!t && origin.get(t) === 'pointer',
    dispose() {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('mousedown', onPointer, true);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('focusin', onFocus, true);
      origin = new WeakMap();
    },
  };
}

/** Installs the shortcuts on window while mounted. Handlers may change on every render. */
export function useShortcuts(handlers: ShortcutHandlers, enabled = true): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const focus = trackFocusOrigin();
    let swallowKeyUp = false;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return; // a widget (editor, dialog, list) already handled it
      const action = shortcutFor(e, focus.pointerFocused(e.target));
      if (!action) return;
      const handler = ref.current[action];
      if (!handler) return;
      // Cancels page scroll, a select's type-ahead, and the click a focused button would do on keyup.
      e.preventDefault();
      if (action === 'onTogglePlay') swallowKeyUp = true;
      if (e.repeat) return; // holding a key should not flicker play/pause or step in bursts
      handler();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (swallowKeyUp && (e.key === ' ' || e.key === 'Spacebar')) {
        e.preventDefault();
        swallowKeyUp = false;
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      focus.dispose();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp, true);
    };
  }, [enabled]);
}
