import type { WordErrorScore } from '../api/types.js';
import { wordErrorRate } from './score.js';

/*
 * Is the custom model really better than the base model on this test set? A paired bootstrap over
 * items (Bisani and Ney, "Bootstrap estimates for confidence intervals in ASR performance
 * evaluation", ICASSP 2004): items are drawn with replacement, both models' errors on the same
 * drawn items summed each time, so the interval shows how much the difference depends on which
 * items happen to be in the set.
 */

/** Fewest items a verdict is given on (fewer: not enough evidence, whatever the interval). */
export const MIN_VERDICT_ITEMS = 10;
/** Fewest reference words a verdict is given on. */
export const MIN_VERDICT_WORDS = 500;
/**
 * Minutes of test audio the peers advise (Azure Custom Speech, Google: 30 minutes or more). Below
 * it, or when the audio's length is unknown, the result says so; the verdict still rests on items
 * and words, which are always known.
 */
export const RECOMMENDED_TEST_MINUTES = 30;

/** One item scored by both models; `seconds`: its audio's length, when known. */
export interface PairedItemScore {
  base: WordErrorScore;
  custom: WordErrorScore;
  seconds?: number;
}

export interface CompareOptions {
  /** Resamples drawn (default 1,000). */
  resamples?: number;
  /** Seed of the pseudo-random draws (default 1): the same seed and items give the same interval. */
  seed?: number;
  /** Coverage of the interval (default 0.95). */
  confidence?: number;
  /** Default {@link MIN_VERDICT_ITEMS}. */
  minItems?: number;
  /** Default {@link MIN_VERDICT_WORDS}. */
  minWords?: number;
}

/** Why the verdict is "not enough evidence". */
export type NoVerdictReason = 'too-few-items' | 'too-few-words' | 'interval-includes-zero';

export interface ModelComparison {
  /** `better`: custom's WER is lower and the interval is below 0; `worse`: above 0. */
  verdict: 'better' | 'worse' | 'not-enough-evidence';
  /** Empty unless the verdict is `not-enough-evidence`. */
  reasons: NoVerdictReason[];
  /** Custom's WER minus base's over the whole set, in percentage points (−3.1: 3.1 points lower); null without words. */
  difference: number | null;
  /** The bootstrap's percentile interval of `difference`, in points; null without words. */
  interval: [number, number] | null;
  confidence: number;
  resamples: number;
  seed: number;
  /** Each model's WER over the whole set (errors summed over words summed), as a fraction. */
  baseWer: number;
  customWer: number;
  /** The test set's size. `minutes` when every item's length is known. */
  size: { items: number; words: number; minutes?: number };
  /** Whether `size.minutes` reaches {@link RECOMMENDED_TEST_MINUTES}; false when unknown. */
  meetsRecommendedMinutes: boolean;
}

const errorsOf = (s: WordErrorScore) => s.substitutions + s.deletions + s.insertions;

/** mulberry32: a small, fast 32-bit generator; the same seed gives the same numbers everywhere. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The `q` quantile of sorted numbers, linear between neighbours (R's type 7). */
function quantile(sorted: Float64Array, q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/**
 * Custom against base on the same items: the difference of their set-level WERs (custom − base,
 * in points), a paired bootstrap interval of it, and a verdict that claims a difference only when
 * the set is large enough ({@link MIN_VERDICT_ITEMS}, {@link MIN_VERDICT_WORDS}) and the interval
 * excludes 0. The items are paired by position: `items[i].base` and `items[i].custom` score the
 * same audio against the same reference.
 */
export function compareModels(
  items: readonly PairedItemScore[],
  options: CompareOptions = {},
): ModelComparison {
  const resamples = Math.max(1, Math.floor(options.resamples ?? 1000));
  const seed = options.seed ?? 1;
  const confidence = options.confidence ?? 0.95;
  const minItems = options.minItems ?? MIN_VERDICT_ITEMS;
  const minWords = options.minWords ?? MIN_VERDICT_WORDS;
  const n = items.length;
  const words = new Float64Array(n);
  const baseErrors = new Float64Array(n);
  const customErrors = new Float64Array(n);
  let totalWords = 0;
  let totalBase = 0;
  let totalCustom = 0;
  let seconds = 0;
  let allTimed = n > 0;
  items.forEach((item, i) => {
    if (item.base.words !== item.custom.words)
      throw new RangeError(
        `Item ${i}: the base and custom scores count different reference words (${item.base.words}, ${item.custom.words}); they must score the same reference.`,
      );
    words[i] = item.base.words;
    baseErrors[i] = errorsOf(item.base);
    customErrors[i] = errorsOf(item.custom);
    totalWords += words[i];
    totalBase += baseErrors[i];
    totalCustom += customErrors[i];
    if (typeof item.seconds === 'number' && Number.isFinite(item.seconds)) seconds += item.seconds;
    else allTimed = false;
  });
  const minutes = allTimed ? seconds / 60 : undefined;
  const size = { items: n, words: totalWords, ...(minutes === undefined ? {} : { minutes }) };
  const reasons: NoVerdictReason[] = [];
  if (n < minItems) reasons.push('too-few-items');
  if (totalWords < Math.max(1, minWords)) reasons.push('too-few-words');
  let difference: number | null = null;
  let interval: [number, number] | null = null;
  if (totalWords > 0) {
    difference = ((totalCustom - totalBase) / totalWords) * 100;
    const random = mulberry32(seed);
    const differences = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
      let w = 0;
      let delta = 0;
      for (let k = 0; k < n; k++) {
        const i = Math.floor(random() * n);
        w += words[i];
        delta += customErrors[i] - baseErrors[i];
      }
      // A draw of only empty references has no rate; it counts as no difference.
      differences[r] = w > 0 ? (delta / w) * 100 : 0;
    }
    differences.sort();
    const tail = (1 - confidence) / 2;
    interval = [quantile(differences, tail), quantile(differences, 1 - tail)];
  }
  if (interval && interval[0] <= 0 && interval[1] >= 0) reasons.push('interval-includes-zero');
  let verdict: ModelComparison['verdict'] = 'not-enough-evidence';
  if (!reasons.length && interval) verdict = interval[1] < 0 ? 'better' : 'worse';
  return {
    verdict,
    reasons: verdict === 'not-enough-evidence' ? reasons : [],
    difference,
    interval,
    confidence,
    resamples,
    seed,
    baseWer: wordErrorRate(totalBase, totalWords),
    customWer: wordErrorRate(totalCustom, totalWords),
    size,
    meetsRecommendedMinutes: minutes !== undefined && minutes >= RECOMMENDED_TEST_MINUTES,
  };
}
