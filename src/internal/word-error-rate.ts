import type { CustomModel } from '../api/types.js';

/**
 * A word error rate (a fraction) as the grid and the picker show it: "WER 8.4 %" ("WER 8,4 %" in
 * Dutch). The abbreviation is the same in every shipped language. Only measured models call it.
 */
export function formatWordErrorRate(lang: string, wer: number): string {
  return `WER ${wer.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 1 })}`;
}

/** The model's measured word error rate (a finite, non-negative fraction), or undefined. */
export function wordErrorRateOf(model: CustomModel): number | undefined {
  const wer = model.wordErrorRate;
  return Number.isFinite(wer) && wer! >= 0 ? wer : undefined;
}
