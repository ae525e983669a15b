import type {
  Evaluation,
  EvaluationItem,
  EvaluationUtterance,
  WordErrorScore,
} from '../api/types.js';
import { rawTotal } from '../scoring/raw-total.js';

/*
 * An adapter's test items made safe to keep and render (texts as strings, numbers finite, no
 * unknown shapes), and the totals the engine counts from their texts, so the figures the store
 * hands to every view (the Accuracy section, the grid's cell, the picker) are the ones a user can
 * recompute from what is shown.
 */

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

const seconds = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

function score(value: unknown): WordErrorScore | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const s = value as Record<string, unknown>;
  const counts = ['words', 'substitutions', 'deletions', 'insertions'].map((k) => s[k]);
  if (!counts.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) {
    return undefined;
  }
  const [words, substitutions, deletions, insertions] = counts as number[];
  const wer = typeof s.wer === 'number' && s.wer >= 0 ? s.wer : undefined;
  if (wer === undefined) return undefined;
  return { wer, words, substitutions, deletions, insertions };
}

/** Copies only the known fields, of the right types; leaves out what is absent or malformed. */
function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

function cleanUtterance(value: unknown): EvaluationUtterance | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const u = value as Record<string, unknown>;
  const reference = text(u.reference);
  if (reference === undefined) return undefined;
  return defined({
    start: seconds(u.start),
    end: seconds(u.end),
    reference,
    base: text(u.base),
    custom: text(u.custom),
  });
}

function cleanItem(value: unknown): EvaluationItem | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const i = value as Record<string, unknown>;
  if (typeof i.name !== 'string' && typeof i.name !== 'number') return undefined;
  const utterances = Array.isArray(i.utterances)
    ? i.utterances.map(cleanUtterance).filter((u) => u !== undefined)
    : undefined;
  const url = text(i.audioUrl);
  return defined({
    name: String(i.name),
    audioDatasetId: i.audioDatasetId == null ? undefined : String(i.audioDatasetId),
    referenceDatasetId: i.referenceDatasetId == null ? undefined : String(i.referenceDatasetId),
    // Only a web address is ever played: never `javascript:` or a data URL from a server's answer.
    audioUrl: url && /^https?:\/\//i.test(url) ? url : undefined,
    durationSeconds: seconds(i.durationSeconds),
    reference: text(i.reference),
    base: text(i.base),
    custom: text(i.custom),
    utterances: utterances?.length ? utterances : undefined,
    baseScore: score(i.baseScore),
    customScore: score(i.customScore),
  });
}

/** The adapter's items, each checked; undefined when it gave none (or not a list). */
export function cleanItems(value: unknown): EvaluationItem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map(cleanItem).filter((item) => item !== undefined);
}

/**
 * An item's texts as the contract reads them: its utterances joined in order when it has them,
 * else its own; undefined for a model whose text is missing.
 */
export function itemTexts(
  item: EvaluationItem,
): { reference: string; base?: string; custom?: string } | undefined {
  const { utterances } = item;
  if (utterances?.length) {
    const join = (key: 'base' | 'custom') =>
      utterances.every((u) => u[key] !== undefined)
        ? utterances.map((u) => u[key]).join(' ')
        : undefined;
    return {
      reference: utterances.map((u) => u.reference).join(' '),
      base: join('base'),
      custom: join('custom'),
    };
  }
  if (item.reference === undefined) return undefined;
  return { reference: item.reference, base: item.base, custom: item.custom };
}

/**
 * The set's totals counted by the engine from the items' texts (words as they are, the contract's
 * totals: `scoreTestSet(items).total`), for each model whose text every item has; undefined for a
 * model it cannot count.
 */
export function totalsFromTexts(items: readonly EvaluationItem[]): {
  base?: WordErrorScore;
  custom?: WordErrorScore;
} {
  if (!items.length) return {};
  const texts = items.map(itemTexts);
  const total = (model: 'base' | 'custom'): WordErrorScore | undefined => {
    if (!texts.every((t) => t?.[model] !== undefined)) return undefined;
    return rawTotal(texts.map((t) => ({ reference: t!.reference, hypothesis: t![model]! })));
  };
  return { base: total('base'), custom: total('custom') };
}

/** A done evaluation's items kept, and its totals the engine's wherever the texts allow. */
export function withItems(evaluation: Evaluation): Evaluation {
  const items = cleanItems(evaluation.items);
  if (!items) {
    delete evaluation.items;
    return evaluation;
  }
  evaluation.items = items;
  const { base, custom } = totalsFromTexts(items);
  if (base) evaluation.base = base;
  if (custom) evaluation.custom = custom;
  return evaluation;
}
