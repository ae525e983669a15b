import { html, nothing, svg } from 'lit';
import type { Evaluation, EvaluationFileResult, WordErrorScore } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';

/** What the per-file table is sorted on. */
export type FileSortField = 'name' | 'base' | 'custom';
export interface FileSort {
  field: FileSortField;
  direction: 'asc' | 'desc';
}

/** The worst files first: what a user looks for. */
export const DEFAULT_FILE_SORT: FileSort = { field: 'custom', direction: 'desc' };

/** A rate (a fraction) as the language writes a percentage, one decimal: "12.5%", "12,5 %". */
export function formatRate(localize: LocalizeController, rate: number): string {
  return localize.number(Number.isFinite(rate) ? rate : 0, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

function isScore(score: unknown): score is WordErrorScore {
  return !!score && typeof score === 'object' && Number.isFinite((score as WordErrorScore).wer);
}

/** The files an adapter sent that carry both scores, sorted. */
export function sortedFiles(evaluation: Evaluation, sort: FileSort): EvaluationFileResult[] {
  const files = (evaluation.files ?? []).filter(
    (file) => file && isScore(file.base) && isScore(file.custom),
  );
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...files].sort((a, b) => {
    if (sort.field === 'name') return sign * String(a.name).localeCompare(String(b.name));
    const diff = a[sort.field].wer - b[sort.field].wer;
    return diff ? sign * diff : String(a.name).localeCompare(String(b.name));
  });
}

/** One sentence a non-expert understands: both rates and the relative change of errors. */
export function summarySentence(
  localize: LocalizeController,
  base: WordErrorScore,
  custom: WordErrorScore,
): string {
  const term = localize.term.bind(localize);
  const b = formatRate(localize, base.wer);
  const c = formatRate(localize, custom.wer);
  // Relative to the base model's errors; the same when both round to the same percentage.
  if (b === c || base.wer === 0) return term('cm.accuracy.same', c);
  const change = Math.abs(custom.wer - base.wer) / base.wer;
  const percent = localize.number(change, { style: 'percent', maximumFractionDigits: 0 });
  return custom.wer < base.wer
    ? term('cm.accuracy.better', c, b, percent)
    : term('cm.accuracy.worse', c, b, percent);
}

/**
 * Two bars, base and custom, on one scale. Inline SVG: colours from the theme (readable in dark
 * mode), outlined so they survive printing without backgrounds, and a text alternative with the
 * numbers (`role="img"` + `aria-label`).
 */
export function renderChart(localize: LocalizeController, base: number, custom: number) {
  const term = localize.term.bind(localize);
  const top = Math.max(base, custom, 0.0001);
  const width = (rate: number) => Math.max(0.5, (rate / top) * 100);
  const bar = (y: number, rate: number, label: string, kind: string) =>
    svg`<text class="chart-label" x="0" y=${y + 14}>${label}</text>
      <rect class="chart-bar bar-${kind}" x="0" y=${y + 20} height="16" rx="2"
        width=${`${width(rate) * 0.8}%`}></rect>
      <text class="chart-value" x=${`${width(rate) * 0.8 + 1.5}%`} y=${y + 33}
        >${formatRate(localize, rate)}</text>`;
  return html`<svg
    class="chart"
    part="accuracy-chart"
    role="img"
    aria-label=${term(
      'cm.accuracy.chartLabel',
      formatRate(localize, base),
      formatRate(localize, custom),
    )}
    width="100%"
    height="88"
  >
    ${bar(0, base, term('cm.accuracy.base'), 'base')}
    ${bar(44, custom, term('cm.accuracy.custom'), 'custom')}
  </svg>`;
}

/** Both models' word errors by kind. */
export function renderBreakdown(
  localize: LocalizeController,
  base: WordErrorScore,
  custom: WordErrorScore,
) {
  const term = localize.term.bind(localize);
  const count = (n: number) => (Number.isFinite(n) ? localize.number(n) : '–');
  const row = (label: string, score: WordErrorScore, kind: string) =>
    html`<tr class="score-${kind}">
      <th scope="row">${label}</th>
      <td class="num wer">${formatRate(localize, score.wer)}</td>
      <td class="num">${count(score.words)}</td>
      <td class="num">${count(score.substitutions)}</td>
      <td class="num">${count(score.deletions)}</td>
      <td class="num">${count(score.insertions)}</td>
    </tr>`;
  return html`<div class="table-scroll">
    <table class="breakdown">
      <caption>
        ${term('cm.accuracy.breakdown')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${term('cm.accuracy.col.model')}</th>
          <th scope="col" class="num">${term('cm.accuracy.col.wer')}</th>
          <th scope="col" class="num">${term('cm.accuracy.col.words')}</th>
          <th scope="col" class="num">${term('cm.accuracy.col.substitutions')}</th>
          <th scope="col" class="num">${term('cm.accuracy.col.deletions')}</th>
          <th scope="col" class="num">${term('cm.accuracy.col.insertions')}</th>
        </tr>
      </thead>
      <tbody>
        ${row(term('cm.accuracy.base'), base, 'base')}
        ${row(term('cm.accuracy.custom'), custom, 'custom')}
      </tbody>
    </table>
  </div>`;
}

/** The per-file table, sortable by name and by either WER (buttons in the headers, `aria-sort`). */
export function renderFiles(
  localize: LocalizeController,
  evaluation: Evaluation,
  sort: FileSort,
  onSort: (field: FileSortField) => void,
) {
  const term = localize.term.bind(localize);
  const files = sortedFiles(evaluation, sort);
  if (!files.length) return nothing;
  const header = (field: FileSortField, label: string, numeric: boolean) => {
    const active = sort.field === field;
    const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${ariaSort}>
      <button type="button" class="sort" data-field=${field} @click=${() => onSort(field)}>
        ${label}<span class="sort-mark" aria-hidden="true"
          >${active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}</span
        >
      </button>
    </th>`;
  };
  return html`<div class="table-scroll">
    <table class="files">
      <caption>
        ${term('cm.accuracy.files')}
        <span class="caption-help">${term('cm.accuracy.filesHelp')}</span>
      </caption>
      <thead>
        <tr>
          ${header('name', term('cm.accuracy.col.file'), false)}
          ${header('base', term('cm.accuracy.col.baseWer'), true)}
          ${header('custom', term('cm.accuracy.col.customWer'), true)}
        </tr>
      </thead>
      <tbody>
        ${files.map(
          (file) =>
            html`<tr>
              <th scope="row" class="file-name">${file.name}</th>
              <td class="num base-wer">${formatRate(localize, file.base.wer)}</td>
              <td class="num custom-wer">${formatRate(localize, file.custom.wer)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
