import type { Evaluation, EvaluationItem, WordErrorScore } from '../api/types.js';
import type { AlignedWord } from './align.js';
import { profileFor } from './profiles.js';
import { RAW_PROFILE, scoreTranscript, wordErrorRate, type TranscriptScore } from './score.js';
import {
  compareModels,
  RECOMMENDED_TEST_MINUTES,
  type CompareOptions,
  type ModelComparison,
} from './verdict.js';

/*
 * An evaluation as a report a linguist can look behind: every item (and utterance) scored for both
 * models from its texts, raw and with the language's normalisation profile, the set's totals
 * (errors summed over words summed), what the custom model fixed and broke, and the verdict.
 * No DOM: the Accuracy section renders it, its exports write it, a host's backend can build it.
 */

/** One model's score of one text: counts, and the alignment when it was scored from texts. */
export interface ReportScore extends WordErrorScore {
  /** Reference and hypothesis words aligned, in order (absent for scores given without texts). */
  alignment?: AlignedWord[];
}

/** A text scored both ways: words as they are, and after the normalisation profile. */
export interface ScoredBothWays {
  /** The words as written (white space and Unicode NFC only). */
  raw: ReportScore;
  /** Absent when the adapter gave scores without texts (nothing to normalise). */
  normalized?: ReportScore;
}

/** One utterance of an item, scored for both models. */
export interface ReportUtterance {
  /** 0-based position in the item. */
  index: number;
  /** Seconds from the start of the item's audio, when given. */
  start?: number;
  /** Seconds from the start of the item's audio, when given. */
  end?: number;
  /** What was said. */
  reference: string;
  /** What the base model heard. */
  baseText: string;
  /** What the custom model heard. */
  customText: string;
  /** The base model's score of this utterance. */
  base: ScoredBothWays;
  /** The custom model's score of this utterance. */
  custom: ScoredBothWays;
}

/** One test item, scored for both models. */
export interface ReportItem {
  /** The base name the audio and its reference share. */
  name: string;
  /** Where the audio plays, when the adapter gave an http(s) URL. */
  audioUrl?: string;
  /** The audio's length, when given. */
  durationSeconds?: number;
  /** `texts`: scored here from the texts; `scores`: the adapter's scores, shown as given. */
  source: 'texts' | 'scores';
  /** The reference text (joined utterances when given per utterance); absent for scores only. */
  reference?: string;
  /** What the base model heard, the whole item. */
  baseText?: string;
  /** What the custom model heard, the whole item. */
  customText?: string;
  /** The base model's score of the item. */
  base: ScoredBothWays;
  /** The custom model's score of the item. */
  custom: ScoredBothWays;
  /** Base's errors minus custom's on the report's basis: positive, custom has fewer. */
  gain: number;
  /** Base's WER minus custom's on the report's basis, in percentage points. */
  gainPoints: number;
  /** Its utterances, scored, when given (else empty). */
  utterances: ReportUtterance[];
}

/** A word pair one model gets wrong (`null` reference: inserted; `null` hypothesis: left out). */
export interface ConfusionPair {
  /** The word said; null when a word was added. */
  reference: string | null;
  /** The word heard; null when the word was left out. */
  hypothesis: string | null;
  /** How often the base model made this error across the set. */
  base: number;
  /** How often the custom model made it. */
  custom: number;
}

/** Both models' totals over the set. */
export interface ReportTotals {
  /** The base model over the set: errors summed over words summed. */
  base: WordErrorScore;
  /** The custom model over the set. */
  custom: WordErrorScore;
}

/** An evaluation's items scored for a person to look behind: see {@link buildAccuracyReport}. */
export interface AccuracyReport {
  /** The language the set was scored in (the evaluation's, else the one given). */
  language?: string;
  /** The normalisation profile that ran (`nl-v1`). */
  profile: string;
  /**
   * What the totals, gains, confusion pairs and verdict rest on: `normalized` when every scored
   * item has texts, `raw` when some have only the adapter's scores.
   */
  basis: 'raw' | 'normalized';
  /** The items scored, in the evaluation's order. */
  items: ReportItem[];
  /** Items that could not be scored (no texts and no scores), by name. */
  unscored: string[];
  /** The set's totals: raw always, normalised when the basis is. */
  total: { raw: ReportTotals; normalized?: ReportTotals };
  /** Errors the custom model makes less often (fixed) and more often (broke), most first. */
  confusions: { fixed: ConfusionPair[]; broken: ConfusionPair[] };
  /** Custom against base on the basis: difference, interval, verdict. */
  comparison: ModelComparison;
  /** The set's size; `minutes` when every item's length is known. */
  size: {
    /** Items scored. */
    items: number;
    /** Reference words over the set (on the basis). */
    words: number;
    /** Minutes of audio, when every item's length is known. */
    minutes?: number;
    /** The advice: {@link RECOMMENDED_TEST_MINUTES}. */
    recommendedMinutes: number;
    /** Whether `minutes` reaches the advice (false when unknown). */
    meetsRecommendedMinutes: boolean;
  };
}

/** How to build a report: the bootstrap's options, and the language when the evaluation names none. */
export interface ReportOptions extends CompareOptions {
  /** The language when the evaluation names none (the model's base language key, `nl-nl`). */
  language?: string;
}

const errorsOf = (s: Omit<WordErrorScore, 'wer'>) => s.substitutions + s.deletions + s.insertions;
const isText = (value: unknown): value is string => typeof value === 'string';
const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : NaN);

/** A score the adapter gave, when its counts are numbers; its rate recomputed from them. */
function givenScore(score: unknown): ReportScore | undefined {
  if (!score || typeof score !== 'object') return undefined;
  const s = score as WordErrorScore;
  const counts = {
    words: count(s.words),
    substitutions: count(s.substitutions),
    deletions: count(s.deletions),
    insertions: count(s.insertions),
  };
  if (Object.values(counts).some(Number.isNaN)) return undefined;
  return { wer: wordErrorRate(errorsOf(counts), counts.words), ...counts };
}

const keep = ({
  wer,
  words,
  substitutions,
  deletions,
  insertions,
  alignment,
}: TranscriptScore) => ({
  wer,
  words,
  substitutions,
  deletions,
  insertions,
  alignment,
});

function scoreBothWays(reference: string, hypothesis: string, language?: string): ScoredBothWays {
  return {
    raw: keep(scoreTranscript(reference, hypothesis)),
    normalized: keep(scoreTranscript(reference, hypothesis, { normalize: true, language })),
  };
}

/** The item's texts: its utterances' joined in order, else its own; undefined when one is missing. */
function textsOf(item: EvaluationItem) {
  const utterances = Array.isArray(item.utterances) ? item.utterances : [];
  if (utterances.length) {
    if (!utterances.every((u) => u && isText(u.reference) && isText(u.base) && isText(u.custom)))
      return undefined;
    const join = (key: 'reference' | 'base' | 'custom') =>
      utterances.map((u) => u[key] as string).join(' ');
    return { reference: join('reference'), base: join('base'), custom: join('custom') };
  }
  if (isText(item.reference) && isText(item.base) && isText(item.custom))
    return { reference: item.reference, base: item.base, custom: item.custom };
  return undefined;
}

const finite = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);

function reportItem(
  item: EvaluationItem,
  language?: string,
): Omit<ReportItem, 'gain' | 'gainPoints'> | undefined {
  const name = String(item?.name ?? '');
  const shared = {
    name,
    ...(isText(item.audioUrl) && /^https?:\/\//i.test(item.audioUrl)
      ? { audioUrl: item.audioUrl }
      : {}),
    ...(finite(item.durationSeconds) === undefined
      ? {}
      : { durationSeconds: finite(item.durationSeconds) }),
  };
  const texts = textsOf(item);
  if (texts) {
    const utterances = (item.utterances ?? []).map((u, index) => ({
      index,
      ...(finite(u.start) === undefined ? {} : { start: finite(u.start) }),
      ...(finite(u.end) === undefined ? {} : { end: finite(u.end) }),
      reference: u.reference,
      baseText: u.base as string,
      customText: u.custom as string,
      base: scoreBothWays(u.reference, u.base as string, language),
      custom: scoreBothWays(u.reference, u.custom as string, language),
    }));
    return {
      ...shared,
      source: 'texts',
      reference: texts.reference,
      baseText: texts.base,
      customText: texts.custom,
      base: scoreBothWays(texts.reference, texts.base, language),
      custom: scoreBothWays(texts.reference, texts.custom, language),
      utterances,
    };
  }
  const base = givenScore(item.baseScore);
  const custom = givenScore(item.customScore);
  if (!base || !custom || base.words !== custom.words) return undefined;
  return {
    ...shared,
    source: 'scores',
    base: { raw: base },
    custom: { raw: custom },
    utterances: [],
  };
}

function sum(scores: WordErrorScore[]): WordErrorScore {
  const total = { words: 0, substitutions: 0, deletions: 0, insertions: 0 };
  for (const s of scores) {
    total.words += s.words;
    total.substitutions += s.substitutions;
    total.deletions += s.deletions;
    total.insertions += s.insertions;
  }
  return { wer: wordErrorRate(errorsOf(total), total.words), ...total };
}

/** The error pairs of both models, counted, split into fixed (base more often) and broken. */
function confusionPairs(items: ReportItem[], basis: 'raw' | 'normalized') {
  const pairs = new Map<string, ConfusionPair>();
  const add = (alignment: AlignedWord[] | undefined, model: 'base' | 'custom') => {
    for (const step of alignment ?? []) {
      if (step.operation === 'equal') continue;
      const key = JSON.stringify([step.reference, step.hypothesis]);
      let pair = pairs.get(key);
      if (!pair)
        pairs.set(
          key,
          (pair = { reference: step.reference, hypothesis: step.hypothesis, base: 0, custom: 0 }),
        );
      pair[model]++;
    }
  };
  for (const item of items) {
    add(item.base[basis]?.alignment, 'base');
    add(item.custom[basis]?.alignment, 'custom');
  }
  const label = (p: ConfusionPair) => `${p.reference ?? ''}\u0000${p.hypothesis ?? ''}`;
  const order = (a: ConfusionPair, b: ConfusionPair, by: (p: ConfusionPair) => number) =>
    by(b) - by(a) || label(a).localeCompare(label(b));
  const all = [...pairs.values()];
  return {
    fixed: all
      .filter((p) => p.base > p.custom)
      .sort((a, b) => order(a, b, (p) => p.base - p.custom)),
    broken: all
      .filter((p) => p.custom > p.base)
      .sort((a, b) => order(a, b, (p) => p.custom - p.base)),
  };
}

/**
 * Builds the report of a done evaluation's `items`: texts scored with {@link scoreTranscript} (raw
 * and normalised), scores shown as given where there are no texts. An item with neither is listed
 * in `unscored`, never counted. The verdict is {@link compareModels} on the report's basis.
 */
export function buildAccuracyReport(
  evaluation: Pick<Evaluation, 'items' | 'language'>,
  options: ReportOptions = {},
): AccuracyReport {
  const { language: fallback, ...compare } = options;
  const language = (isText(evaluation.language) && evaluation.language) || fallback || undefined;
  const items: ReportItem[] = [];
  const unscored: string[] = [];
  for (const item of Array.isArray(evaluation.items) ? evaluation.items : []) {
    if (!item || typeof item !== 'object') continue;
    const scored = reportItem(item, language);
    if (scored) items.push({ ...scored, gain: 0, gainPoints: 0 });
    else unscored.push(String(item.name ?? ''));
  }
  const basis = items.length && items.every((i) => i.source === 'texts') ? 'normalized' : 'raw';
  for (const item of items) {
    const base = item.base[basis] ?? item.base.raw;
    const custom = item.custom[basis] ?? item.custom.raw;
    item.gain = errorsOf(base) - errorsOf(custom);
    item.gainPoints = base.words > 0 ? ((errorsOf(base) - errorsOf(custom)) / base.words) * 100 : 0;
  }
  const totals = (way: 'raw' | 'normalized'): ReportTotals => ({
    base: sum(items.map((i) => i.base[way] ?? i.base.raw)),
    custom: sum(items.map((i) => i.custom[way] ?? i.custom.raw)),
  });
  const comparison = compareModels(
    items.map((i) => ({
      base: i.base[basis] ?? i.base.raw,
      custom: i.custom[basis] ?? i.custom.raw,
      ...(i.durationSeconds === undefined ? {} : { seconds: i.durationSeconds }),
    })),
    compare,
  );
  return {
    ...(language ? { language } : {}),
    profile:
      basis === 'normalized' || items.some((i) => i.source === 'texts')
        ? profileFor(language).id
        : RAW_PROFILE,
    basis,
    items,
    unscored,
    total: {
      raw: totals('raw'),
      ...(basis === 'normalized' ? { normalized: totals('normalized') } : {}),
    },
    confusions: confusionPairs(items, basis),
    comparison,
    size: {
      ...comparison.size,
      recommendedMinutes: RECOMMENDED_TEST_MINUTES,
      meetsRecommendedMinutes: comparison.meetsRecommendedMinutes,
    },
  };
}

/** The score a report's basis uses for one model of an item or utterance. */
export function basisScore(scored: ScoredBothWays, basis: AccuracyReport['basis']): ReportScore {
  return scored[basis] ?? scored.raw;
}
