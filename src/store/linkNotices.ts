/**
 * The notices a link can earn, in the reader's language: what a key accepts (from its row in
 * the field table), and one line per rejected key, value or compare item. Hostile text is
 * clipped; i18next does not interpolate inside the values it is given (skipOnVariables).
 */
import { explainCustomLink, rangeText, type FieldSpec } from '../core';
import { t } from '../i18n';

/** Keeps at most this many characters of a hostile key or value in a notice. */
const SHOW = 30;
export const clip = (s: string): string => (s.length > SHOW ? `${s.slice(0, SHOW)}…` : s);

/** What a row accepts, e.g. "a number in (0, 100]" or "0 이상 1 이하의 수". */
export function accepts(s: FieldSpec, sep = ','): string {
  switch (s.kind) {
    case 'number': case 'int': {
      const what = t(`link.accepts.${s.kind}`, { range: rangeText(s) });
      return s.optional ? t('link.accepts.optional', { what }) : what;
    }
    case 'enum': return t('link.accepts.oneOf', { names: s.values.join(', ') });
    case 'bool': return t('link.accepts.bool');
    case 'list': return t('link.accepts.list', {
      max: s.maxLength,
      sep: sep === ',' ? t('link.accepts.comma') : `"${sep}"`,
      items: t(`link.accepts.items.${s.itemName}`, { defaultValue: s.itemName }),
      each: s.item.kind === 'int' ? t('link.accepts.listInts', { range: rangeText(s.item) }) : t('link.accepts.listNames', { names: s.item.values.join(', ') }),
      none: s.emptyText === undefined ? t('link.accepts.empty') : t('link.accepts.emptyOr', { text: s.emptyText }),
    });
    case 'codec': return t(`byod.accepts.${s.url ?? ''}`, { defaultValue: s.accepts, max: 200 });
  }
}

export const notices = {
  unknown: (key: string): string => t('link.unknown', { key: clip(key) }),
  repeated: (key: string): string => t('link.repeated', { key: clip(key) }),
  badValue: (key: string, raw: string, s: FieldSpec): string => {
    // Points in a link: name the point and its problem, as CSV import names the line.
    const why = s.kind === 'codec' && s.url === 'data' ? explainCustomLink(raw) : null;
    if (why) {
      const detail = t(`byod.linkWhy.${why.problem}`, { point: why.point, value: clip(why.value), classes: why.classes, max: 200, last: why.classes - 1 });
      return t('byod.linkWhy.notice', { key: clip(key), raw: clip(raw), detail });
    }
    return t('link.badValue', { key: clip(key), raw: clip(raw), expected: accepts(s) });
  },
  badCompare: (raw: string, problem: string): string => t('link.badCompare', { raw: clip(raw), problem }),
  badHead: (detail: string, output: string, loss: string): string => t('link.badHead', { detail, output, loss }),
  defaults: (): string => t('link.defaults'),
  customWithoutData: (): string => t('byod.link.customWithoutData'),
  unreadable: (why: string): string => t('link.unreadable', { why: clip(why) }),
};
