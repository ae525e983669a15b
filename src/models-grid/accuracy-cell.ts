import type { CustomModel } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import { describeWordErrorRate } from '../internal/word-error-rate.js';

/**
 * The Accuracy column's cell (rows.ts writes it into the cell's `<span>`), in the words the picker
 * uses: the custom model's WER with its change against the base ("WER 8.4 % (−3.1 pts vs. base)"),
 * "Measuring…" while a measurement runs, "Not measured" where there is none (shown, never a blank
 * cell). The same span either way: only its text and `data-state` (`measured`, `measuring`,
 * `none`, for the row's styles) change.
 */
export function writeAccuracy(
  span: Element,
  localize: LocalizeController,
  _lang: string,
  model: CustomModel,
) {
  const described = describeWordErrorRate(localize, model);
  const value = described.state === 'none' ? localize.term('cm.grid.notMeasured') : described.text;
  if (span.textContent !== value) span.textContent = value;
  if (span.getAttribute('data-state') !== described.state)
    span.setAttribute('data-state', described.state);
}
