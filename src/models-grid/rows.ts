import { noChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { clearPart, getCommittedValue, setCommittedValue } from 'lit/directive-helpers.js';
import { html } from '../internal/compact-html.js';
import { forbiddenReason } from '../api/status-rules.js';
import { TrainingStatus, type CustomModel } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import { statusKey, statusLabel } from '../model-status-badge/status-label.js';
import { writeAccuracy } from './accuracy-cell.js';
import { formatFullDate, formatShortDate, parseDate } from './format.js';
import { buildIcon } from '../icons/draw.js';
import { icons, type IconName } from '../icons/icons.js';

/** The row actions' icons: the size of the text, in its colour (`.icon`), hidden from AT. */
const ICON_ATTRIBUTES = { class: 'icon', 'aria-hidden': 'true', focusable: 'false' };

export interface RowsView {
  localize: LocalizeController;
  /** aria-rowindex of the first row (the header row is 1). */
  firstRowIndex: number;
  canDelete: boolean;
  /** The Key column is shown: its cells are rendered only then (hidden by default). */
  showKey: boolean;
  /** The Accuracy column is shown (hidden by default, offered when models carry a WER). */
  showAccuracy: boolean;
  languageLabel: (language: Partial<CustomModel['baseLanguage']>) => string;
  /** Id of the model just created: its row is marked "New" (rowMark). */
  newId?: string;
}

/** Id of the grid's hidden text that says why Delete is unavailable for a training model. */
export const DELETE_REASON_ID = 'delete-reason-training';

/*
 * The hot path: up to 100 rows per page. Plain table markup, no listener or closure per row (the
 * body delegates clicks and keys by `data-open` / `data-action`), no component (the status badge is
 * `<model-status-badge>`'s markup drawn here and styled by its shared sheet: as 100 components it
 * was 100 shadow roots, style scopes and Lit updates per page), and cached Intl formatters. The
 * actions are plain `<button>`s with an inline SVG icon (cloned with the row; CSS masks were a
 * paint layer per button, BENCHMARKS.md note 10), not `<sl-icon-button>`s. Hidden columns are
 * hidden by a class on the table, so showing one never re-renders the rows; only the Key column,
 * hidden by default, is not rendered until shown.
 *
 * The rows are one directive in the body's one part (`bodyRows`), not a Lit list: it clones a
 * prototype row for each row it lacks and writes each row's texts and attributes into its cells,
 * only those that changed (a new page or order shares few models, so a row is reused, not
 * rebuilt). As a list of templates, each row kept two marker comments in the DOM and a template
 * instance, a child part, a directive and its part on the heap (bench/tools/heap.mjs); as Lit parts
 * per text and attribute, about 1,800 part objects. Now the rows hold their texts in the DOM only.
 */
export function renderRows(view: RowsView, items: readonly CustomModel[]) {
  return bodyRows(view, items);
}

/** The cells a row has (see `rowPrototype`): the Key cell, Accuracy and Delete when shown. */
const rowShape = ({ showKey, showAccuracy, canDelete }: RowsView) =>
  `${+showKey}${+showAccuracy}${+canDelete}`;

/** An element with attributes and children, for the prototype row. */
function el(tag: string, attributes: Record<string, string>, ...children: Element[]): Element {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * The empty row every row of a shape is cloned from: its cells in column order, their texts and
 * attributes written by `writeRow` (no whitespace text, no marker comment).
 */
function rowPrototype({ showKey, showAccuracy, canDelete }: RowsView): HTMLTableRowElement {
  const action = (name: string, icon: IconName) => {
    const svg = buildIcon(document, icons[icon]);
    for (const [attribute, value] of Object.entries(ICON_ATTRIBUTES))
      svg.setAttribute(attribute, value);
    return el('button', { type: 'button', class: `action ${name}`, 'data-action': name }, svg);
  };
  const opens = (column: string, name: string) =>
    el('td', { class: `c-${column}`, 'data-open': '' }, el('span', { class: `open ${name}` }));
  // The status note ("queued") is added after the badge by the rows that have one (writeNote).
  const badge = el(
    'span',
    { class: 'badge badge-dot' },
    el('span', { class: 'visually-hidden' }),
    el('span', { class: 'label' }),
  );
  const cells = [
    opens('name', 'name'),
    showKey && opens('key', 'key'),
    el('td', { class: 'c-trainingStatus' }, badge),
    opens('baseLanguage', 'language'),
    // The date is the cell's own text, its full form the cell's title (a <time> around it was 100
    // elements a page that nothing reads: the text and the title are what users get).
    el('td', { class: 'c-lastModified' }),
    showAccuracy && el('td', { class: 'c-wordErrorRate' }, el('span', {})),
    el(
      'td',
      { class: 'c-actions' },
      action('edit', 'pencil'),
      ...(canDelete ? [action('delete', 'trash3')] : []),
    ),
  ];
  return el('tr', {}, ...cells.filter((cell): cell is Element => !!cell)) as HTMLTableRowElement;
}

/** What every row of a render shares. */
interface RowTexts {
  lang: string;
  statusPrefix: string;
  queued: string;
  placeholder: string;
  newMark: string;
}

function rowTexts({ localize }: RowsView): RowTexts {
  return {
    lang: localize.lang(),
    statusPrefix: `${localize.term('cm.status.prefix')} `,
    // "Ready to Run" keeps the spec's label; beside it, what it means: the run is queued.
    queued: localize.term('cm.grid.queued'),
    // A server may leave fields out: a placeholder, never "undefined" or an empty cell.
    placeholder: localize.term('cm.details.unknownValue'),
    newMark: localize.term('cm.grid.newMark'),
  };
}

/** Sets an attribute (removes it for `undefined`) unless it already has that value. */
function attr(element: Element, name: string, value: string | undefined) {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Sets an element's text unless it already is that text (one text node, as a `.textContent`
 * binding; read and written through the element, so the text node gets no JS wrapper).
 */
function text(element: Element, value: string) {
  if (element.textContent !== value) element.textContent = value;
}

/** Writes one model into its row's cells, in the order `rowPrototype` puts them. */
function writeRow(
  row: HTMLTableRowElement,
  view: RowsView,
  { lang, statusPrefix, queued, placeholder, newMark }: RowTexts,
  model: CustomModel,
  index: number,
) {
  const { localize } = view;
  attr(row, 'data-id', String(model.id));
  attr(row, 'aria-rowindex', String(view.firstRowIndex + index));
  let cell = row.firstElementChild!;
  const next = () => (cell = cell.nextElementSibling!).firstElementChild!;

  const name = model.name == null || model.name === '' ? placeholder : String(model.name);
  const nameText = cell.firstElementChild!;
  text(nameText, name);
  attr(nameText, 'title', name);
  if (view.showKey) {
    const key = next();
    text(key, String(model.key ?? ''));
    attr(key, 'title', String(model.key ?? ''));
  }
  const badge = next();
  attr(badge, 'data-status', statusKey(model.trainingStatus));
  text(badge.firstElementChild!, statusPrefix);
  text(badge.lastElementChild!, statusLabel(localize, model.trainingStatus));
  writeNote(badge, model.trainingStatus === TrainingStatus.ReadyToRun ? queued : '');
  const language = model.baseLanguage;
  text(
    next(),
    (language && typeof language === 'object' ? view.languageLabel(language) : '') || placeholder,
  );
  const dateCell = (cell = cell.nextElementSibling!);
  const date = parseDate(model.lastModified);
  attr(dateCell, 'title', date ? formatFullDate(lang, date) : undefined);
  text(dateCell, date ? formatShortDate(lang, date) : placeholder);
  if (view.showAccuracy) writeAccuracy(next(), localize, lang, model);
  const edit = next();
  attr(edit, 'aria-label', localize.term('cm.grid.edit', model.name));
  markRow(row, edit, String(model.id) === view.newId ? newMark : undefined);
  if (view.canDelete) {
    // A forbidden delete is shown, not offered: focusable, described by its reason, and inert to
    // clicks. The same button either way, so a new page only updates attributes.
    const forbidden = forbiddenReason('delete', model.trainingStatus);
    const remove = edit.nextElementSibling!;
    attr(remove, 'aria-disabled', forbidden ? 'true' : undefined);
    attr(remove, 'aria-describedby', forbidden ? DELETE_REASON_ID : undefined);
    attr(remove, 'title', forbidden ? localize.term('cm.rules.deleteTraining') : undefined);
    attr(remove, 'aria-label', localize.term('cm.grid.delete', model.name));
  }
}

/**
 * The secondary text after a badge ("queued" beside Ready to Run), a span only on the rows that
 * have one: an empty span on every row was 100 nodes a page for the few queued models.
 */
function writeNote(badge: Element, note: string) {
  let span = badge.nextElementSibling;
  if (!note) return span?.remove();
  if (!span) {
    span = el('span', { class: 'status-note' });
    badge.after(span);
  }
  text(span, note);
}

/**
 * The mark of the model just created: `data-new` on the row (its accent), the word ("New") drawn
 * after the name from the name cell's `data-mark` (CSS generated text, which the accessibility tree
 * reads with the name) and said as the Edit button's description. Attributes only: the row's
 * markup stays the same.
 */
function markRow(row: HTMLTableRowElement, edit: Element, mark: string | undefined) {
  attr(row, 'data-new', mark === undefined ? undefined : '');
  attr(row.firstElementChild!, 'data-mark', mark);
  attr(edit, 'aria-description', mark);
}

class BodyRows extends Directive {
  /** The rows this directive drew, in order, and the shape they were cloned in. */
  private rows: HTMLTableRowElement[] = [];
  private shape = '';

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('bodyRows belongs in a child part');
  }

  render(_view: RowsView, _items: readonly CustomModel[]) {
    return noChange;
  }

  override update(part: ChildPart, [view, items]: Parameters<this['render']>) {
    const shape = rowShape(view);
    // Something else was drawn in the part since (a state, skeleton rows), or the columns changed.
    if (getCommittedValue(part) !== this || shape !== this.shape) {
      clearPart(part);
      this.rows = [];
      this.shape = shape;
    }
    const { rows } = this;
    const texts = rowTexts(view);
    for (const row of rows.splice(items.length)) row.remove();
    for (let i = 0; i < rows.length; i++) writeRow(rows[i]!, view, texts, items[i]!, i);
    if (items.length > rows.length) {
      // New rows are written before they are inserted, in one go.
      const prototype = rowPrototype(view);
      const added = document.createDocumentFragment();
      for (let i = rows.length; i < items.length; i++) {
        const row = prototype.cloneNode(true) as HTMLTableRowElement;
        writeRow(row, view, texts, items[i]!, i);
        rows.push(row);
        added.append(row);
      }
      part.parentNode.insertBefore(added, part.endNode);
    }
    setCommittedValue(part, this);
    return noChange;
  }
}

/** The body's rows: one directive that draws and fills them (see above). */
const bodyRows = directive(BodyRows);

/**
 * Grey placeholder rows for the first load, hidden from assistive technology. Plain `<div>`s with
 * a CSS sheen (rows.styles.ts), not `<sl-skeleton>`s: 40 components with shadow roots were
 * a noticeable part of the first render. Each cell has its column's width (`s-<column>`).
 */
export function renderSkeletonRows(count: number, columns: readonly string[]) {
  return Array.from(
    { length: count },
    () =>
      html`<tr class="skeleton-row" aria-hidden="true">
        ${columns.map((id) => html`<td class="s-${id}"><div class="skeleton"></div></td>`)}
      </tr>`,
  );
}
