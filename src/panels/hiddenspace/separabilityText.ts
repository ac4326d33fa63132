/** Plain-words results of the exact separability tests, for the input plane and a hidden layer. */

export type Verdict = boolean | null;

/** "true" / "false", or undefined (no attribute) when the test does not apply. */
export function separableAttr(v: Verdict | undefined): 'true' | 'false' | undefined {
  return v === true ? 'true' : v === false ? 'false' : undefined;
}

/** The input plane's verdict, read next to the hidden layer's. */
/** Why there is no verdict for data that is not two classes. */
function notTwoClasses(classes: number): string {
  return classes === 0 ? 'regression data has no classes to separate' : 'the separability test is for two classes';
}

export function inputText(v: Verdict, classes: number): string {
  if (classes !== 2) return notTwoClasses(classes);
  if (v === null) return 'not tested';
  return v
    ? 'linearly separable: one neuron’s straight line can split it'
    : 'not linearly separable: no straight line splits it, so one neuron cannot';
}

/**
 * The hidden layer's verdict. `units` decides the words (a threshold, a line, a hyperplane in
 * k dimensions); `stale` names the epoch of an answer older than the picture.
 */
export function hiddenText(v: Verdict, units: number, classes: number, staleEpoch: number | null): string {
  if (classes !== 2) return notTwoClasses(classes);
  if (v === null) return 'too large to test exactly within the time budget';
  const what = units === 1 ? 'a single threshold' : units === 2 ? 'a straight line' : `a flat plane in all ${units} dimensions`;
  const text = v ? `linearly separable: ${what} splits the classes` : `not linearly separable (yet): no ${what.replace(/^a /, '')} splits them`;
  return staleEpoch === null ? text : `${text} (as tested at epoch ${staleEpoch})`;
}
