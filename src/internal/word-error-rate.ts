import type { CustomModel } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';

/** A word error rate (a fraction) as a percentage in `lang`: "8.4 %" ("8,4 %" in Dutch). */
function percent(lang: string, wer: number): string {
  return wer.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 1 });
}

/**
 * A word error rate as the grid and the picker show it: "WER 8.4 %" ("WER 8,4 %" in Dutch). The
 * abbreviation is the same in every shipped language. Only measured models call it.
 */
export function formatWordErrorRate(lang: string, wer: number): string {
  return `WER ${percent(lang, wer)}`;
}

/** The model's measured word error rate (a finite, non-negative fraction), or undefined. */
export function wordErrorRateOf(model: CustomModel): number | undefined {
  const wer = model.wordErrorRate;
  return Number.isFinite(wer) && wer! >= 0 ? wer : undefined;
}

/** The base model's word error rate on the same test set, when the model says it. */
export function baseWordErrorRateOf(model: CustomModel): number | undefined {
  const wer = model.baseWordErrorRate;
  return Number.isFinite(wer) && wer! >= 0 ? wer : undefined;
}

/** What a model's accuracy is, for a view: measured (with words), being measured, or not. */
export type WordErrorRateState =
  { state: 'measured'; text: string } | { state: 'measuring'; text: string } | { state: 'none' };

/**
 * A model's accuracy in the words the grid's cell and the picker share: "Measuring…" while a
 * measurement runs; the custom model's WER with its change against the base model in percentage
 * points when both are known ("WER 8.4 % (−3.1 pts vs. base)": lower is better), the WER alone
 * when only it is known; `none` when it was never measured.
 */
export function describeWordErrorRate(
  localize: LocalizeController,
  model: CustomModel,
): WordErrorRateState {
  if (model.evaluationStatus === 'running') {
    return { state: 'measuring', text: localize.term('cm.wer.measuring') };
  }
  const wer = wordErrorRateOf(model);
  if (wer === undefined) return { state: 'none' };
  const lang = localize.lang();
  const rate = percent(lang, wer);
  const base = baseWordErrorRateOf(model);
  if (base === undefined) return { state: 'measured', text: localize.term('cm.wer.value', rate) };
  const points = ((wer - base) * 100).toLocaleString(lang, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  // A typographic minus, as the sign of a figure (a hyphen reads as a dash).
  return {
    state: 'measured',
    text: localize.term('cm.wer.withGain', rate, points.replace('-', '−')),
  };
}
