import { html, nothing, svg } from 'lit';
import type { WordErrorScore } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import type { AccuracyReport } from '../scoring/report.js';
import { formatRate } from './accuracy-verdict.js';

export { formatRate };

/**
 * Two bars, base and custom, on one scale. Inline SVG: colours from the theme (readable in dark
 * mode), outlined so they survive printing without backgrounds, and a text alternative with the
 * numbers (`role="img"` + `aria-label`).
 */
export function renderChart(localize: LocalizeController, base: number, custom: number) {
  const term = localize.term.bind(localize);
  const finite = (rate: number) => (Number.isFinite(rate) ? rate : 0);
  const top = Math.max(finite(base), finite(custom), 0.0001);
  const width = (rate: number) => Math.max(0.5, (finite(rate) / top) * 100);
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

/**
 * Both models' totals, raw and normalised side by side with the profile named, and the errors by
 * kind (on the report's basis). Models are the columns, measures the rows: three columns fit a
 * 390 px screen without clipping the caption.
 */
export function renderTotals(
  localize: LocalizeController,
  total: AccuracyReport['total'],
  profile: string,
) {
  const term = localize.term.bind(localize);
  const { raw, normalized } = total;
  const basis = normalized ?? raw;
  const count = (n: number) => (Number.isFinite(n) ? localize.number(n) : '–');
  const row = (
    label: string,
    kind: string,
    value: (
      totals: { base: WordErrorScore; custom: WordErrorScore },
      model: 'base' | 'custom',
    ) => string,
    totals = basis,
  ) =>
    html`<tr class="row-${kind}">
      <th scope="row">${label}</th>
      <td class="num base">${value(totals, 'base')}</td>
      <td class="num custom">${value(totals, 'custom')}</td>
    </tr>`;
  const rate = (t: { base: WordErrorScore; custom: WordErrorScore }, m: 'base' | 'custom') =>
    formatRate(localize, t[m].wer);
  const counted =
    (field: 'words' | 'substitutions' | 'deletions' | 'insertions') =>
    (t: { base: WordErrorScore; custom: WordErrorScore }, m: 'base' | 'custom') =>
      count(t[m][field]);
  return html`<div class="table-scroll">
    <table class="breakdown">
      <caption>
        ${term('cm.accuracy.breakdown')}
        ${
          normalized
            ? html`<span class="caption-help profile-note" data-profile=${profile}
                >${term('cm.accuracy.profile', profile)}</span
              >`
            : nothing
        }
      </caption>
      <thead>
        <tr>
          <td></td>
          <th scope="col" class="num">${term('cm.accuracy.base')}</th>
          <th scope="col" class="num">${term('cm.accuracy.custom')}</th>
        </tr>
      </thead>
      <tbody>
        ${row(term('cm.accuracy.col.rawWer'), 'raw-wer', rate, raw)}
        ${
          normalized
            ? row(term('cm.accuracy.col.normalizedWer'), 'normalized-wer', rate, normalized)
            : nothing
        }
        ${row(term('cm.accuracy.col.words'), 'words', counted('words'))}
        ${row(term('cm.accuracy.col.substitutions'), 'substitutions', counted('substitutions'))}
        ${row(term('cm.accuracy.col.deletions'), 'deletions', counted('deletions'))}
        ${row(term('cm.accuracy.col.insertions'), 'insertions', counted('insertions'))}
      </tbody>
    </table>
  </div>`;
}
