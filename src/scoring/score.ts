import type { WordErrorScore } from '../api/types.js';
import { alignWords, splitWords, type AlignedWord } from './align.js';
import { joinCompounds, normalizeWords, profileFor } from './profiles.js';
import { wordErrorRate } from './word-error-rate.js';

/** Names the comparison of words as they are (no profile): NFC and white-space splitting only. */
export const RAW_PROFILE = 'raw';

/** How to compare the texts. */
export interface ScoreOptions {
  /** BCP 47 tag of the texts' language (`nl`, `nl-BE`): picks the normalisation profile. */
  language?: string;
  /**
   * `false` (the default): words as they are, split on white space after Unicode NFC, the way
   * other word error rate tools compare. `true`: the language's normalisation profile first (see
   * `NORMALIZATION_PROFILES`).
   */
  normalize?: boolean;
}

/** One transcript's score: counts, the word-by-word alignment and the profile that ran. */
export interface TranscriptScore extends WordErrorScore {
  /** Reference words the hypothesis has right. */
  hits: number;
  /** Reference and hypothesis words aligned, in order. */
  alignment: AlignedWord[];
  /** `raw`, or the normalisation profile's id (`nl-v1`). */
  profile: string;
}

export { wordErrorRate } from './word-error-rate.js';

/** Scores `hypothesis` against `reference` (see {@link ScoreOptions}). */
export function scoreTranscript(
  reference: string,
  hypothesis: string,
  options: ScoreOptions = {},
): TranscriptScore {
  let referenceWords: string[];
  let hypothesisWords: string[];
  let profileId = RAW_PROFILE;
  if (options.normalize) {
    const profile = profileFor(options.language);
    profileId = profile.id;
    referenceWords = normalizeWords(reference, profile);
    hypothesisWords = normalizeWords(hypothesis, profile);
    if (profile.compounds) {
      ({ reference: referenceWords, hypothesis: hypothesisWords } = joinCompounds(
        referenceWords,
        hypothesisWords,
      ));
    }
  } else {
    referenceWords = splitWords(reference);
    hypothesisWords = splitWords(hypothesis);
  }
  const { alignment, counts } = alignWords(referenceWords, hypothesisWords);
  const errors = counts.substitutions + counts.deletions + counts.insertions;
  return { wer: wordErrorRate(errors, counts.words), ...counts, alignment, profile: profileId };
}

/** One item of a test set: a reference transcript and a model's transcript of the same audio. */
export interface TestSetItem {
  reference: string;
  hypothesis: string;
  /** The item's language, when it is not the set's (`ScoreTestSetOptions.language`). */
  language?: string;
}

/** How to score a test set: `normalize` as in {@link ScoreOptions}; `language` for every item without its own. */
export type ScoreTestSetOptions = ScoreOptions;

/** A test set's totals (errors summed over words summed) and every item's score. */
export interface TestSetScore {
  total: WordErrorScore & { hits: number; items: number; profiles: string[] };
  items: TranscriptScore[];
}

/**
 * Scores every item and the set: the set's rate is all errors over all reference words (the corpus
 * rate sclite and Kaldi report), never a mean of the items' rates, so long items weigh more.
 * `total.profiles` lists the profiles that ran (one unless items differ in language).
 */
export function scoreTestSet(
  items: Iterable<TestSetItem>,
  options: ScoreTestSetOptions = {},
): TestSetScore {
  const scores: TranscriptScore[] = [];
  const total = { words: 0, hits: 0, substitutions: 0, deletions: 0, insertions: 0 };
  const profiles = new Set<string>();
  for (const item of items) {
    const score = scoreTranscript(item.reference, item.hypothesis, {
      normalize: options.normalize,
      language: item.language ?? options.language,
    });
    scores.push(score);
    profiles.add(score.profile);
    total.words += score.words;
    total.hits += score.hits;
    total.substitutions += score.substitutions;
    total.deletions += score.deletions;
    total.insertions += score.insertions;
  }
  const errors = total.substitutions + total.deletions + total.insertions;
  return {
    total: {
      wer: wordErrorRate(errors, total.words),
      ...total,
      items: scores.length,
      profiles: [...profiles],
    },
    items: scores,
  };
}
