import type { WordErrorScore } from '../api/types.js';
import type { AlignedWord } from './align.js';
import type { AccuracyReport, ScoredBothWays } from './report.js';

/*
 * An accuracy report as files: JSON (the report as built, alignments included) and CSV (one row
 * per item and per utterance, then the totals). Plain strings, no DOM: the Accuracy section offers
 * them as downloads, a host's backend can write the same files.
 */

/** Names the JSON export's shape; a new version whenever a field changes meaning. */
export const ACCURACY_REPORT_FORMAT = 'scriptix-accuracy-report/1';

/** The report as JSON text: `{ format, modelId?, ...report }`; a rate with no words is `null`. */
export function accuracyReportJson(
  report: AccuracyReport,
  meta: { modelId?: string } = {},
): string {
  return JSON.stringify(
    { format: ACCURACY_REPORT_FORMAT, ...meta, ...report },
    (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
    2,
  );
}

/**
 * One alignment as a line of text: a word both have as it is; `S(ref|hyp)` substituted,
 * `D(ref)` left out, `I(hyp)` inserted.
 */
export function alignmentText(alignment: readonly AlignedWord[] | undefined): string {
  return (alignment ?? [])
    .map((step) => {
      switch (step.operation) {
        case 'equal':
          return step.reference;
        case 'substitute':
          return `S(${step.reference}|${step.hypothesis})`;
        case 'delete':
          return `D(${step.reference})`;
        default:
          return `I(${step.hypothesis})`;
      }
    })
    .join(' ');
}

/**
 * A CSV field: quoted when it holds a quote, comma or line break; text starting with `=`, `+`,
 * `-`, `@` (or a tab or carriage return) gets a leading `'` so a spreadsheet does not run it as a
 * formula. Numbers are written as they are.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

const SCORE_FIELDS = ['wer', 'words', 'substitutions', 'deletions', 'insertions'] as const;

/** The CSV's columns, in order. */
export const ACCURACY_CSV_COLUMNS = [
  'level',
  'item',
  'utterance',
  'start',
  'end',
  'duration_seconds',
  'reference',
  'base_text',
  'custom_text',
  ...SCORE_FIELDS.map((f) => `base_raw_${f}`),
  ...SCORE_FIELDS.map((f) => `custom_raw_${f}`),
  ...SCORE_FIELDS.map((f) => `base_normalized_${f}`),
  ...SCORE_FIELDS.map((f) => `custom_normalized_${f}`),
  'gain_errors',
  'base_alignment',
  'custom_alignment',
] as const;

const scoreCells = (score: WordErrorScore | undefined) =>
  SCORE_FIELDS.map((field) => (score ? score[field] : undefined));

function scoreColumns(base: ScoredBothWays, custom: ScoredBothWays) {
  return [
    ...scoreCells(base.raw),
    ...scoreCells(custom.raw),
    ...scoreCells(base.normalized),
    ...scoreCells(custom.normalized),
  ];
}

/**
 * The report as CSV text (RFC 4180, CRLF line ends): a header of {@link ACCURACY_CSV_COLUMNS}, a
 * row per item (`level` `item`), a row per utterance under it (`utterance`), and a `total` row.
 * Alignments (normalised where the report is) as {@link alignmentText} writes them.
 */
export function accuracyReportCsv(report: AccuracyReport): string {
  const rows: (string | number | null | undefined)[][] = [[...ACCURACY_CSV_COLUMNS]];
  const aligned = (scored: ScoredBothWays) =>
    alignmentText((scored[report.basis] ?? scored.raw).alignment);
  for (const item of report.items) {
    rows.push([
      'item',
      item.name,
      null,
      null,
      null,
      item.durationSeconds,
      item.reference,
      item.baseText,
      item.customText,
      ...scoreColumns(item.base, item.custom),
      item.gain,
      aligned(item.base),
      aligned(item.custom),
    ]);
    for (const u of item.utterances) {
      const base = u.base[report.basis] ?? u.base.raw;
      const custom = u.custom[report.basis] ?? u.custom.raw;
      rows.push([
        'utterance',
        item.name,
        u.index + 1,
        u.start,
        u.end,
        null,
        u.reference,
        u.baseText,
        u.customText,
        ...scoreColumns(u.base, u.custom),
        base.substitutions +
          base.deletions +
          base.insertions -
          (custom.substitutions + custom.deletions + custom.insertions),
        aligned(u.base),
        aligned(u.custom),
      ]);
    }
  }
  const { raw, normalized } = report.total;
  const errors = (s: WordErrorScore) => s.substitutions + s.deletions + s.insertions;
  const totalBasis = normalized ?? raw;
  rows.push([
    'total',
    null,
    null,
    null,
    null,
    report.size.minutes === undefined ? null : report.size.minutes * 60,
    null,
    null,
    null,
    ...scoreCells(raw.base),
    ...scoreCells(raw.custom),
    ...scoreCells(normalized?.base),
    ...scoreCells(normalized?.custom),
    errors(totalBasis.base) - errors(totalBasis.custom),
    null,
    null,
  ]);
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
