import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor, type ShortcutHandlers } from '../../panels/controls/useShortcuts';
import { shortcutRows } from './Shortcuts';
import { i18n, loadLang, type Lang } from '../../i18n';

const all: ShortcutHandlers = {
  onTogglePlay() {}, onStep() {}, onReset() {}, onNewWeights() {}, onHelp() {},
};
const press = (key: string) => shortcutFor({ key, ctrlKey: false, metaKey: false, altKey: false, target: null });

describe('the ? overlay lists every key the shortcut handler acts on', () => {
  for (const lng of ['en', 'ko'] as Lang[]) {
    it(`${lng}: each handled printable key appears in a row`, async () => {
      await loadLang(lng);
      await i18n.changeLanguage(lng);
      const t = (k: string) => i18n.t(k);
      const rows = shortcutRows(all, t);
      const shown = new Set(rows.flatMap((r) => r.keys.map((k) => k.toLowerCase())));
      // Every ASCII key and the space bar: whatever the handler maps must be on the list.
      const candidates = [' ', ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))];
      const handled = candidates.filter((k) => press(k) !== null);
      expect(handled).toContain('i');
      for (const k of handled) {
        const label = k === ' ' ? t('ux.shortcuts.space').toLowerCase() : k.toLowerCase();
        expect(shown, `key ${JSON.stringify(k)}`).toContain(label);
      }
      // And each action's description is a real translation, not the key.
      for (const r of rows) expect(r.what).not.toMatch(/^ux\./);
    });
  }

  it('a missing handler drops its row (a classroom link hides reset)', () => {
    const rows = shortcutRows({ ...all, onReset: undefined }, (k) => k);
    expect(rows.some((r) => r.keys.includes('r'))).toBe(false);
    expect(rows.some((r) => r.keys.includes('i'))).toBe(true);
  });

  it('every table action is reachable from its keys', () => {
    for (const s of SHORTCUTS) for (const k of s.keys) expect(press(k)).toBe(s.action);
  });
});
