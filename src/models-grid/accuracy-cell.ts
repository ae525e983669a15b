import type { CustomModel } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import { formatWordErrorRate, wordErrorRateOf } from '../internal/word-error-rate.js';

/**
 * The Accuracy column's cell (rows.ts writes it into the cell's `<span>`): the custom model's WER
 * when measured; else empty to the eye and "Not measured" to a screen reader (a blank cell read as
 * nothing sounds like a missing value). The same span either way: only its text and class change.
 */
export function writeAccuracy(
  span: Element,
  localize: LocalizeController,
  lang: string,
  model: CustomModel,
) {
  const wer = wordErrorRateOf(model);
  const value =
    wer === undefined ? localize.term('cm.grid.notMeasured') : formatWordErrorRate(lang, wer);
  if (span.textContent !== value) span.textContent = value;
  const hidden = wer === undefined;
  if (span.classList.contains('visually-hidden') !== hidden)
    span.classList.toggle('visually-hidden', hidden);
}
