import { html } from '../internal/compact-html.js';
import type { CustomModel } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import { formatWordErrorRate, wordErrorRateOf } from '../internal/word-error-rate.js';

/**
 * The Accuracy column's cell: the custom model's WER when measured; else empty to the eye and
 * "Not measured" to a screen reader (a blank cell read as nothing sounds like a missing value).
 */
export function renderAccuracyCell(localize: LocalizeController, lang: string, model: CustomModel) {
  const wer = wordErrorRateOf(model);
  return html`<td class="c-wordErrorRate">
    ${
      wer === undefined
        ? html`<span
            class="visually-hidden"
            .textContent=${localize.term('cm.grid.notMeasured')}
          ></span>`
        : html`<span .textContent=${formatWordErrorRate(lang, wer)}></span>`
    }
  </td>`;
}
