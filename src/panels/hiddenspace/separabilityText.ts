/** Plain-words results of the exact separability tests, for the input plane and a hidden layer. */
import { t } from '../../i18n';

export type Verdict = boolean | null;

/** "true" / "false", or undefined (no attribute) when the test does not apply. */
export function separableAttr(v: Verdict | undefined): 'true' | 'false' | undefined {
  return v === true ? 'true' : v === false ? 'false' : undefined;
}

/** The input plane's verdict, read next to the hidden layer's. */
/** Why there is no verdict for data that is not two classes. */
function notTwoClasses(classes: number): string {
  return t(classes === 0 ? 'hidden.verdict.regression' : 'hidden.verdict.twoClasses');
}

export function inputText(v: Verdict, classes: number): string {
  if (classes !== 2) return notTwoClasses(classes);
  if (v === null) return t('hidden.verdict.notTested');
  return t(v ? 'hidden.verdict.inputYes' : 'hidden.verdict.inputNo');
}

/**
 * The hidden layer's verdict. `units` decides the words (a threshold, a line, a hyperplane in
 * k dimensions); `stale` names the epoch of an answer older than the picture.
 */
export function hiddenText(v: Verdict, units: number, classes: number, staleEpoch: number | null): string {
  if (classes !== 2) return notTwoClasses(classes);
  if (v === null) return t('hidden.verdict.tooLarge');
  const kind = units === 1 ? 'threshold' : units === 2 ? 'line' : 'plane';
  const text = v
    ? t('hidden.verdict.yes', { what: t(`hidden.verdict.${kind}`, { n: units }) })
    : t('hidden.verdict.no', { what: t(`hidden.verdict.${kind}Bare`, { n: units }) });
  return staleEpoch === null ? text : t('hidden.verdict.stale', { text, epoch: staleEpoch });
}
