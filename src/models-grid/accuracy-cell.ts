import type { CustomModel } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import { piece } from '../internal/compact-html.js';
import { formatWordErrorRate, wordErrorRateOf } from '../internal/word-error-rate.js';

/**
 * The Accuracy column's cell, a piece of the row's template (rows.ts): the custom model's WER when
 * measured; else empty to the eye and "Not measured" to a screen reader (a blank cell read as
 * nothing sounds like a missing value). One template either way: only its text and class change.
 */
export function accuracyCell(localize: LocalizeController, lang: string, model: CustomModel) {
  const wer = wordErrorRateOf(model);
  return piece`<td class="c-wordErrorRate">
    <span
      class=${wer === undefined ? 'visually-hidden' : ''}
      .textContent=${
        wer === undefined ? localize.term('cm.grid.notMeasured') : formatWordErrorRate(lang, wer)
      }
    ></span>
  </td>`;
}
