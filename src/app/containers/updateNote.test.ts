import { describe, expect, it } from 'vitest';
import { i18n, loadLang } from '../../i18n';
import { updateNote } from './BackpropContainer';

const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o ?? {}) as string;
const base = { optimizer: 'sgd', batch: 10, l1: 0, l2: 0 };

describe('walk-through Update note is worded per optimizer', () => {
  it('en: with SGD it names only the batch average, never "uses SGD, so its step differs"', async () => {
    await i18n.changeLanguage('en');
    const s = updateNote(base, t);
    expect(s).toContain('batches of 10');
    expect(s).not.toMatch(/uses SGD, so/);
    expect(updateNote({ ...base, l2: 0.01 }, t)).toContain('L2');
    expect(updateNote({ ...base, optimizer: 'adam' }, t)).toMatch(/Adam/);
    expect(updateNote({ ...base, optimizer: 'adam', l1: 0.1, l2: 0.1 }, t)).toContain('L1 + L2');
  });
  it('ko: every form is translated (no raw keys)', async () => {
    await loadLang('ko');
    await i18n.changeLanguage('ko');
    for (const c of [base, { ...base, l1: 1 }, { ...base, optimizer: 'adam' }, { ...base, optimizer: 'momentum', l2: 1 }]) {
      expect(updateNote(c, t)).not.toMatch(/backprop\.|app\./);
    }
  });
});
