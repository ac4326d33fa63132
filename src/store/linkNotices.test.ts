/** Link notices follow the page's language; the values inside stay as typed (clipped). */
import { afterEach, describe, expect, it } from 'vitest';
import { FIELDS } from '../core';
import { setLang } from '../i18n';
import { accepts } from './linkNotices';
import { parseHash } from './url';

describe('link notices', () => {
  afterEach(() => setLang('en'));

  it('say what a row accepts, in English and in Korean', async () => {
    expect(accepts(FIELDS.lr)).toBe('a number in (0, 100]');
    expect(accepts(FIELDS.hidden)).toBe('up to 64 comma-separated widths, integers in [1, 128] (empty or 0 for none)');
    await setLang('ko');
    expect(accepts(FIELDS.lr)).toBe('(0, 100] 범위의 수');
    expect(accepts(FIELDS.hidden)).toContain('너비');
  });

  it('name every rejected key in Korean too', async () => {
    await setLang('ko');
    const r = parseHash('#lr=abc&zzz=1&output=softmax&compare=foo:1');
    const text = r.notices.join('\n');
    expect(text).toContain('lr="abc" 값은 쓸 수 없습니다');
    expect(text).toContain('알 수 없는 설정 "zzz"');
    expect(text).toContain('알 수 없는 항목 "foo"');
    expect(text).toContain('output="softmax" 출력층은 데이터셋 xor에 맞지 않습니다');
  });

  it('never interpolate inside what the link typed', () => {
    const r = parseHash('#lr={{key}}&{{raw}}=$t(app.title)');
    expect(r.notices.join('\n')).toContain('lr="{{key}}"');
    expect(r.notices.join('\n')).toContain('Unknown setting "{{raw}}"');
    const nested = parseHash('#seed=$t(app.title)').notices.join('\n');
    expect(nested).toContain('seed="$t(app.title)"');
    expect(nested).not.toContain('Backprop Playground');
  });
});
