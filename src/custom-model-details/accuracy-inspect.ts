import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import type { AlignedWord, AlignmentOperation } from '../scoring/align.js';
import {
  basisScore,
  type AccuracyReport,
  type ReportItem,
  type ScoredBothWays,
} from '../scoring/report.js';
import { formatRate } from './accuracy-verdict.js';
import { clockTime } from '../internal/clock-time.js';

/*
 * The word-by-word inspection: per test item (and per utterance when given) the reference and both
 * models' transcripts aligned, substitutions, deletions and insertions marked by semantic `<del>` /
 * `<ins>`, a letter and words for screen readers (never by colour alone), each kind switched on and
 * off, the words normalised or as written; items sorted by gain or loss. The words the custom model
 * fixed and broke: accuracy-confusions.ts.
 */

/** How the items are ordered: largest gain first, largest loss first, or by name. */
export type InspectSort = 'gain' | 'loss' | 'name';
export const INSPECT_SORTS: readonly InspectSort[] = ['gain', 'loss', 'name'];
export type MarkKind = Exclude<AlignmentOperation, 'equal'>;
export const MARK_KINDS: readonly MarkKind[] = ['substitute', 'delete', 'insert'];
/** Which words the aligned lines show: after the normalisation profile, or as written (raw). */
export type InspectWords = 'normalized' | 'raw';

/** The inspection's view choices (kept by the section across renders; not data). */
export class InspectState {
  sort: InspectSort = 'gain';
  marks: Record<MarkKind, boolean> = { substitute: true, delete: true, insert: true };
  words: InspectWords = 'normalized';
  /** Names of the items opened. */
  open = new Set<string>();

  constructor(private readonly changed: () => void) {}

  setSort(sort: InspectSort): void {
    this.sort = sort;
    this.changed();
  }

  setWords(words: InspectWords): void {
    this.words = words;
    this.changed();
  }

  setMark(kind: MarkKind, on: boolean): void {
    this.marks = { ...this.marks, [kind]: on };
    this.changed();
  }

  toggle(name: string, open: boolean): void {
    if (open === this.open.has(name)) return;
    if (open) this.open.add(name);
    else this.open.delete(name);
    this.changed();
  }

  reset(): void {
    this.sort = 'gain';
    this.marks = { substitute: true, delete: true, insert: true };
    this.words = 'normalized';
    this.open.clear();
  }
}

/** The report's items in the order asked for; ties by name. */
export function sortedItems(report: AccuracyReport, sort: InspectSort): ReportItem[] {
  const byName = (a: ReportItem, b: ReportItem) => a.name.localeCompare(b.name);
  const sign = sort === 'loss' ? -1 : 1;
  return [...report.items].sort((a, b) =>
    sort === 'name'
      ? byName(a, b)
      : sign * (b.gain - a.gain) || sign * (b.gainPoints - a.gainPoints) || byName(a, b),
  );
}

type Term = LocalizeController['term'];

/**
 * A file name that may wrap after `_` and `.` as it may after `-`, never inside a word: a long
 * name fits a narrow screen without being cut mid-word. Text, never HTML.
 */
export function breakableName(name: string) {
  const parts = name.split(/(?<=[_.])/u);
  return parts.map((part, i) => (i < parts.length - 1 ? html`${part}<wbr />` : part));
}

/** One model's transcript over its alignment, each error kind marked when its toggle is on. */
function renderAligned(
  alignment: readonly AlignedWord[],
  marks: InspectState['marks'],
  term: Term,
) {
  const words = alignment.map((step) => {
    switch (step.operation) {
      case 'equal':
        return html`<span class="w">${step.hypothesis}</span> `;
      case 'substitute':
        return marks.substitute
          ? html`<span class="op op-substitute" data-op="substitute"
              ><span class="sr-only">${term('cm.accuracy.mark.substitute')} </span
              ><del>${step.reference}</del
              ><span class="sr-only"> ${term('cm.accuracy.mark.became')} </span
              ><ins>${step.hypothesis}</ins><sup class="op-letter" aria-hidden="true">S</sup></span
            > `
          : html`<span class="w">${step.hypothesis}</span> `;
      case 'delete':
        return marks.delete
          ? html`<del class="op op-delete" data-op="delete"
              ><span class="sr-only">${term('cm.accuracy.mark.delete')} </span>${step.reference}<sup
                class="op-letter"
                aria-hidden="true"
                >D</sup
              ></del
            > `
          : nothing;
      default:
        return marks.insert
          ? html`<ins class="op op-insert" data-op="insert"
              ><span class="sr-only">${term('cm.accuracy.mark.insert')} </span
              >${step.hypothesis}<sup class="op-letter" aria-hidden="true">I</sup></ins
            > `
          : html`<span class="w">${step.hypothesis}</span> `;
    }
  });
  return words;
}

/** Reference, base and custom of one text, aligned (on the report's basis), as a description list. */
function renderTriple(
  localize: LocalizeController,
  report: AccuracyReport,
  texts: { reference: string; base: ScoredBothWays; custom: ScoredBothWays },
  state: InspectState,
) {
  const term = localize.term.bind(localize);
  const line = (model: 'base' | 'custom') => {
    const basis = basisScore(texts[model], report.basis);
    const raw = texts[model].raw;
    // The words aligned as written when asked, else on the report's basis.
    const shown = state.words === 'raw' ? raw : basis;
    // Raw and normalised side by side where the report normalises, whichever words are shown.
    const rates =
      report.basis === 'normalized'
        ? term(
            'cm.accuracy.lineRates',
            formatRate(localize, basis.wer),
            formatRate(localize, raw.wer),
          )
        : formatRate(localize, raw.wer);
    return html`<div class="line line-${model}">
      <dt>
        ${term(model === 'base' ? 'cm.accuracy.base' : 'cm.accuracy.custom')}
        <span class="line-wer">${rates}</span>
      </dt>
      <dd>${renderAligned(shown.alignment ?? [], state.marks, term)}</dd>
    </div>`;
  };
  return html`<dl class="aligned">
    <div class="line line-reference">
      <dt>${term('cm.accuracy.reference')}</dt>
      <dd>${texts.reference}</dd>
    </div>
    ${line('base')} ${line('custom')}
  </dl>`;
}

const clock = clockTime;

function renderItemBody(
  localize: LocalizeController,
  report: AccuracyReport,
  item: ReportItem,
  state: InspectState,
) {
  const term = localize.term.bind(localize);
  const audio = item.audioUrl
    ? html`<audio
        class="item-audio"
        controls
        preload="none"
        src=${item.audioUrl}
        aria-label=${term('cm.accuracy.audio', item.name)}
      ></audio>`
    : nothing;
  if (item.source === 'scores') {
    return html`${audio}
      <p class="scores-only">${term('cm.accuracy.scoresOnly')}</p>`;
  }
  if (item.utterances.length) {
    return html`${audio}
      <ol class="utterances">
        ${item.utterances.map(
          (u) =>
            html`<li class="utterance">
              <p class="utterance-title">
                ${term('cm.accuracy.utterance', u.index + 1)}${
                  u.start !== undefined && u.end !== undefined
                    ? html` <span class="utterance-time">${clock(u.start)}–${clock(u.end)}</span>`
                    : nothing
                }
              </p>
              ${renderTriple(
                localize,
                report,
                { reference: u.reference, base: u.base, custom: u.custom },
                state,
              )}
            </li>`,
        )}
      </ol>`;
  }
  return html`${audio}
  ${renderTriple(
    localize,
    report,
    { reference: item.reference ?? '', base: item.base, custom: item.custom },
    state,
  )}`;
}

function renderItem(
  localize: LocalizeController,
  report: AccuracyReport,
  item: ReportItem,
  state: InspectState,
) {
  const term = localize.term.bind(localize);
  const open = state.open.has(item.name);
  const base = basisScore(item.base, report.basis);
  const custom = basisScore(item.custom, report.basis);
  const direction = item.gain > 0 ? 'gain' : item.gain < 0 ? 'loss' : 'even';
  return html`<li class="item" data-name=${item.name}>
    <details
      ?open=${open}
      @toggle=${(event: Event) =>
        state.toggle(item.name, (event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span class="item-name">${breakableName(item.name)}</span>
        <span class="item-rates"
          >${term(
            'cm.accuracy.itemRates',
            formatRate(localize, base.wer),
            formatRate(localize, custom.wer),
          )}</span
        >
        <span class="item-gain" data-direction=${direction}
          >${term('cm.accuracy.gain', item.gain)}</span
        >
      </summary>
      ${open ? renderItemBody(localize, report, item, state) : nothing}
    </details>
  </li>`;
}

/**
 * The sort choice, the words shown (normalised or as written, where the report normalises) and the
 * mark toggles, native controls in fieldsets.
 */
function renderControls(localize: LocalizeController, report: AccuracyReport, state: InspectState) {
  const term = localize.term.bind(localize);
  /** One choice of a native radio group, its label around it. */
  const radio = (
    group: string,
    value: string,
    checked: boolean,
    choose: () => void,
    label: string,
  ) =>
    html`<label
      ><input
        type="radio"
        name=${group}
        value=${value}
        .checked=${checked}
        @change=${choose}
      />${label}</label
    >`;
  const words = (value: InspectWords, label: string) =>
    radio('inspect-words', value, state.words === value, () => state.setWords(value), label);
  return html`<div class="inspect-controls">
    <fieldset class="inspect-sort">
      <legend>${term('cm.accuracy.sort')}</legend>
      ${INSPECT_SORTS.map((sort) =>
        radio(
          'inspect-sort',
          sort,
          state.sort === sort,
          () => state.setSort(sort),
          term(`cm.accuracy.sort.${sort}`),
        ),
      )}
    </fieldset>
    ${
      report.basis === 'normalized'
        ? html`<fieldset class="inspect-words">
            <legend>${term('cm.accuracy.words')}</legend>
            ${words('normalized', term('cm.accuracy.words.normalized', report.profile))}
            ${words('raw', term('cm.accuracy.words.raw'))}
          </fieldset>`
        : nothing
    }
    <fieldset class="inspect-marks">
      <legend>${term('cm.accuracy.marks')}</legend>
      ${MARK_KINDS.map(
        (kind) =>
          html`<label class="mark-toggle" data-op=${kind}
            ><input
              type="checkbox"
              value=${kind}
              .checked=${state.marks[kind]}
              @change=${(event: Event) =>
                state.setMark(kind, (event.currentTarget as HTMLInputElement).checked)}
            /><span class="op-letter" aria-hidden="true"
              >${kind === 'substitute' ? 'S' : kind === 'delete' ? 'D' : 'I'}</span
            >
            ${term(`cm.accuracy.kind.${kind}`)}</label
          >`,
      )}
    </fieldset>
  </div>`;
}

/** The items, sorted, each opened to its aligned texts; and the unscored ones, named. */
export function renderInspection(
  localize: LocalizeController,
  report: AccuracyReport,
  state: InspectState,
) {
  const term = localize.term.bind(localize);
  if (!report.items.length && !report.unscored.length) return nothing;
  return html`<section class="inspect" aria-labelledby="inspect-title">
    <h4 id="inspect-title">${term('cm.accuracy.inspect')}</h4>
    <p class="inspect-help">${term('cm.accuracy.inspectHelp')}</p>
    ${renderControls(localize, report, state)}
    <ul class="items">
      ${sortedItems(report, state.sort).map((item) => renderItem(localize, report, item, state))}
    </ul>
    ${
      report.unscored.length
        ? html`<p class="unscored">
            ${term('cm.accuracy.unscored')}
            ${report.unscored.map((name) => html`<span class="file-name">${breakableName(name)}</span> `)}
          </p>`
        : nothing
    }
  </section>`;
}
