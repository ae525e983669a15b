import { nothing, type TemplateResult } from 'lit';
import { html, joinHtml, piece } from '../internal/compact-html.js';
import { forbiddenReason } from '../api/status-rules.js';
import type { CustomModel } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import { statusKey, statusLabel } from '../model-status-badge/status-label.js';
import { accuracyCell } from './accuracy-cell.js';
import { formatFullDate, formatShortDate, parseDate } from './format.js';

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
}

/** Id of the grid's hidden text that says why Delete is unavailable for a training model. */
export const DELETE_REASON_ID = 'delete-reason-training';

/*
 * The hot path: up to 100 rows per page. Plain table markup, no listener or closure per row (the
 * body delegates clicks and keys by `data-open` / `data-action`), no component (the status badge is
 * `<model-status-badge>`'s markup drawn here and styled by its shared sheet: as 100 components it
 * was 100 shadow roots, style scopes and Lit updates per page), and cached Intl formatters. The actions are plain `<button>`s whose icon is drawn by the
 * stylesheet (rows.styles.ts), not `<sl-icon-button>`s: 200 of those per 100-row page were
 * 400 components with shadow roots, each `<sl-icon>` fetching and parsing its icon from the
 * registry, and most of the grid's first render (BENCHMARKS.md). Hidden columns are hidden by a class on the
 * table, so showing one never re-renders the rows; only the Key column, hidden by default, is not
 * rendered until shown.
 */
export function renderRows(view: RowsView, items: readonly CustomModel[]): TemplateResult[] {
  const { localize, canDelete, firstRowIndex, showKey, showAccuracy } = view;
  const lang = localize.lang();
  const statusPrefix = `${localize.term('cm.status.prefix')} `;
  // A server may leave fields out: a placeholder, never "undefined" or an empty button.
  const placeholder = localize.term('cm.details.unknownValue');
  return items.map((model, index) => {
    const date = parseDate(model.lastModified);
    const language = model.baseLanguage;
    const name = model.name == null || model.name === '' ? placeholder : String(model.name);
    const forbidden = canDelete && forbiddenReason('delete', model.trainingStatus);
    // Cell texts are `.textContent` bindings: one text node and no marker comment each. The Key
    // cell and Delete are in the row's own template when shown (joinHtml), not nested templates.
    return joinHtml(
      piece`<tr data-id=${model.id} aria-rowindex=${firstRowIndex + index}>
        <td class="c-name" data-open>
          <button type="button" class="open name" title=${name} .textContent=${name}></button>
        </td>`,
      showKey &&
        piece`<td class="c-key" data-open>
          <button
            type="button"
            class="open key"
            title=${model.key}
            .textContent=${String(model.key ?? '')}
          ></button>
        </td>`,
      piece`<td class="c-trainingStatus">
          <span class="badge badge-dot" data-status=${statusKey(model.trainingStatus)}>
            <span class="visually-hidden" .textContent=${statusPrefix}></span>
            <span class="label" .textContent=${statusLabel(localize, model.trainingStatus)}></span>
          </span>
        </td>
        <td class="c-baseLanguage" data-open>
          <button
            type="button"
            class="open language"
            .textContent=${
              (language && typeof language === 'object' ? view.languageLabel(language) : '') ||
              placeholder
            }
          ></button>
        </td>
        <td class="c-lastModified">
          <time
            datetime=${date ? model.lastModified : nothing}
            title=${date ? formatFullDate(lang, date) : nothing}
            .textContent=${date ? formatShortDate(lang, date) : placeholder}
          ></time>
        </td>`,
      showAccuracy && accuracyCell(localize, lang, model),
      piece`<td class="c-actions">
          <button
            type="button"
            class="action edit"
            data-action="edit"
            aria-label=${localize.term('cm.grid.edit', model.name)}
          ></button>`,
      // A forbidden delete is shown, not offered: focusable, described by its reason, and inert
      // to clicks. One template either way, so a new page only updates attributes.
      canDelete &&
        piece`<button
          type="button"
          class="action delete"
          data-action="delete"
          aria-disabled=${forbidden ? 'true' : nothing}
          aria-describedby=${forbidden ? DELETE_REASON_ID : nothing}
          title=${forbidden ? localize.term('cm.rules.deleteTraining') : nothing}
          aria-label=${localize.term('cm.grid.delete', model.name)}
        ></button>`,
      piece`</td>
      </tr>`,
    );
  });
}

/**
 * Grey placeholder rows for the first load, hidden from assistive technology. Plain `<div>`s with
 * a CSS sheen (rows.styles.ts), not `<sl-skeleton>`s: 40 components with shadow roots were
 * a noticeable part of the first render.
 */
export function renderSkeletonRows(count: number, columns: number) {
  const cells = Array.from({ length: columns });
  return Array.from(
    { length: count },
    () =>
      html`<tr class="skeleton-row" aria-hidden="true">
        ${cells.map(() => html`<td><div class="skeleton"></div></td>`)}
      </tr>`,
  );
}
