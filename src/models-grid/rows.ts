import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/compact-html.js';
import { forbiddenReason } from '../api/status-rules.js';
import type { CustomModel } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import { renderAccuracyCell } from './accuracy-cell.js';
import { formatFullDate, formatShortDate, parseDate } from './format.js';

export interface RowsView {
  localize: LocalizeController;
  /** aria-rowindex of the first row (the header row is 1). */
  firstRowIndex: number;
  canDelete: boolean;
  languageLabel: (language: Partial<CustomModel['baseLanguage']>) => string;
}

/** Id of the grid's hidden text that says why Delete is unavailable for a training model. */
export const DELETE_REASON_ID = 'delete-reason-training';

/*
 * The hot path: up to 100 rows per page. Plain table markup, no listener or closure per row (the
 * body delegates clicks and keys by `data-open` / `data-action`), the badge as the only component,
 * and cached Intl formatters. The actions are plain `<button>`s whose icon is drawn by the
 * stylesheet (rows.styles.ts), not `<sl-icon-button>`s: 200 of those per 100-row page were
 * 400 components with shadow roots, each `<sl-icon>` fetching and parsing its icon from the
 * registry, and most of the grid's first render (BENCHMARKS.md). Hidden columns are hidden by a class on the
 * table, so showing one never re-renders the rows.
 */
export function renderRows(view: RowsView, items: readonly CustomModel[]): TemplateResult[] {
  const { localize, canDelete, firstRowIndex } = view;
  const lang = localize.lang();
  return items.map((model, index) => {
    const date = parseDate(model.lastModified);
    const language = model.baseLanguage;
    // A server may leave fields out: a placeholder, never "undefined" or an empty button.
    const placeholder = localize.term('cm.details.unknownValue');
    const name = model.name == null || model.name === '' ? placeholder : String(model.name);
    const forbidden = canDelete && forbiddenReason('delete', model.trainingStatus);
    // Cell texts are `.textContent` bindings: one text node and no marker comment each.
    return html`<tr data-id=${model.id} aria-rowindex=${firstRowIndex + index}>
      <td class="c-name" data-open>
        <button type="button" class="open name" title=${name} .textContent=${name}></button>
      </td>
      <td class="c-key" data-open>
        <button
          type="button"
          class="open key"
          title=${model.key}
          .textContent=${String(model.key ?? '')}
        ></button>
      </td>
      <td class="c-trainingStatus">
        <model-status-badge status=${model.trainingStatus}></model-status-badge>
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
        ${
          date
            ? html`<time
                datetime=${model.lastModified}
                title=${formatFullDate(lang, date)}
                .textContent=${formatShortDate(lang, date)}
              ></time>`
            : placeholder
        }
      </td>
      ${renderAccuracyCell(localize, lang, model)}
      <td class="c-actions">
        <button
          type="button"
          class="action edit"
          data-action="edit"
          aria-label=${localize.term('cm.grid.edit', model.name)}
        ></button>
        ${
          canDelete
            ? // A forbidden delete is shown, not offered: focusable, described by its reason, and
              // inert to clicks. One template either way, so a new page only updates attributes.
              html`<button
                type="button"
                class="action delete"
                data-action="delete"
                aria-disabled=${forbidden ? 'true' : nothing}
                aria-describedby=${forbidden ? DELETE_REASON_ID : nothing}
                title=${forbidden ? localize.term('cm.rules.deleteTraining') : nothing}
                aria-label=${localize.term('cm.grid.delete', model.name)}
              ></button>`
            : nothing
        }
      </td>
    </tr>`;
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
