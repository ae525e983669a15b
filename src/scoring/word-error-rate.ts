/**
 * The word error rate, `(substitutions + deletions + insertions) / words`. With no reference words
 * it is 0 when there is no error either, else `Infinity` (errors over no words: jiwer refuses such
 * a reference, sclite prints no rate for it; here it is scored so its insertions still count in a
 * test set's total, which is what a set's rate is made of). `Infinity` becomes `null` in JSON.
 */
export function wordErrorRate(errors: number, words: number): number {
  if (words === 0) return errors === 0 ? 0 : Infinity;
  return errors / words;
}
