import { html, nothing, type TemplateResult } from 'lit';
import type { CustomModel } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import { formatFullDate, formatShortDate, parseDate } from './format.js';

export interface RowsView {
  localize: LocalizeController;
  /** aria-rowindex of the first row (the header row is 1). */
  firstRowIndex: number;
  canDelete: boolean;
  languageLabel: (key: string, fallback?: string) => string;
}

/*
 * The hot path: up to 100 rows per page. Plain table markup, no listener or closure per row (the
 * body delegates clicks and keys by `data-open` / `data-action`), one badge and the action buttons
 * as the only components, and cached Intl formatters. Hidden columns are hidden by a class on the
 * table, so showing one never re-renders the rows.
 */
export function renderRows(view: RowsView, items: readonly CustomModel[]): TemplateResult[] {
  const { localize, canDelete, firstRowIndex } = view;
  const lang = localize.lang();
  return items.map((model, index) => {
    const date = parseDate(model.lastModified);
    const language = model.baseLanguage;
    return html`<tr data-id=${model.id} aria-rowindex=${firstRowIndex + index}>
      <td class="c-name" data-open>
        <button type="button" class="open name">${model.name}</button>
      </td>
      <td class="c-key" data-open><button type="button" class="open key">${model.key}</button></td>
      <td class="c-trainingStatus">
        <model-status-badge status=${model.trainingStatus}></model-status-badge>
      </td>
      <td class="c-baseLanguage" data-open>
        <button type="button" class="open language">
          ${language ? view.languageLabel(language.key, language.name) : ''}
        </button>
      </td>
      <td class="c-lastModified">
        ${
          date
            ? html`<time datetime=${model.lastModified} title=${formatFullDate(lang, date)}
                >${formatShortDate(lang, date)}</time
              >`
            : model.lastModified
        }
      </td>
      <td class="c-actions">
        <sl-icon-button
          library="custom-models"
          name="pencil"
          data-action="edit"
          label=${localize.term('cm.grid.edit', model.name)}
        ></sl-icon-button
        >${
          canDelete
            ? html`<sl-icon-button
                class="delete"
                library="custom-models"
                name="trash3"
                data-action="delete"
                label=${localize.term('cm.grid.delete', model.name)}
              ></sl-icon-button>`
            : nothing
        }
      </td>
    </tr>`;
  });
}

/** Grey placeholder rows for the first load, hidden from assistive technology. */
export function renderSkeletonRows(count: number, columns: number) {
  const cells = Array.from({ length: columns });
  return Array.from(
    { length: count },
    () =>
      html`<tr class="skeleton-row" aria-hidden="true">
        ${cells.map(() => html`<td><sl-skeleton effect="sheen"></sl-skeleton></td>`)}
      </tr>`,
  );
}
