import { describe, expect, it } from 'vitest';
import { i18n, loadLang } from '../i18n';
import { buildNoteText } from './BuildNote';

const tr = (k: string, o?: Record<string, unknown>) => i18n.t(k, o ?? {}) as string;

describe('build note says what happened in plain words', () => {
  for (const lng of ['en', 'ko'] as const) {
    it(`${lng}: no bare reason codes or config keys`, async () => {
      await loadLang(lng);
      await i18n.changeLanguage(lng);
      for (const r of ['dataset, custom changed', 'custom changed', 'rebuilt', 'restart', 'hidden, lr changed', 'reset']) {
        const s = buildNoteText(r, tr);
        expect(s, r).not.toMatch(/\((rebuilt|restart)\)|custom|app\.|\{\{/);
      }
    });
  }
  it('en: an import is named as new data; a settings change names the settings', async () => {
    await i18n.changeLanguage('en');
    expect(buildNoteText('dataset, custom changed', tr)).toMatch(/^New data loaded/);
    expect(buildNoteText('hidden, lr changed', tr)).toContain('hidden layers, learning rate changed');
  });
});
