import { describe, expect, it } from 'vitest';
import { EPOCH_TEXT_MAX_CHARS, epochText } from './format';

describe('epochText fits its fixed slot for any count', () => {
  const counts = [0, 7, 999_999, 1_000_000, 2_565_056, 99_949_999, 999_499_999, 9_999_999_999, 2 ** 53 - 1];
  for (const lang of ['en', 'ko']) {
    it(`${lang}: never wider than ${EPOCH_TEXT_MAX_CHARS} characters`, () => {
      for (const n of counts) expect(epochText(n, lang).length, `${n}`).toBeLessThanOrEqual(EPOCH_TEXT_MAX_CHARS);
    });
  }
  it('exact below a million, compact above', () => {
    expect(epochText(999_999, 'en')).toBe('999,999');
    expect(epochText(2_565_056, 'en')).toBe('2.57M');
    expect(epochText(2_565_056, 'ko')).toBe('257만');
  });
});
