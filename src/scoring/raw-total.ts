import type { WordErrorScore } from '../api/types.js';
import { alignWords, splitWords } from './align.js';
import { wordErrorRate } from './word-error-rate.js';

/*
 * The raw total of a test set (words as they are: what `scoreTestSet(items)` without `normalize`
 * gives as `total`), without the normalisation profiles: for the store and the in-memory adapter,
 * which count the contract's totals and need no profile, so their on-demand modules do not carry
 * the profiles' tables. Not exported from the package: use `scoreTestSet`.
 */

/** Errors summed over reference words summed, as `scoreTestSet(items).total` counts them. */
export function rawTotal(
  items: Iterable<{ reference: string; hypothesis: string }>,
): WordErrorScore {
  const total = { words: 0, substitutions: 0, deletions: 0, insertions: 0 };
  for (const item of items) {
    const { counts } = alignWords(splitWords(item.reference), splitWords(item.hypothesis));
    total.words += counts.words;
    total.substitutions += counts.substitutions;
    total.deletions += counts.deletions;
    total.insertions += counts.insertions;
  }
  const errors = total.substitutions + total.deletions + total.insertions;
  return { wer: wordErrorRate(errors, total.words), ...total };
}
