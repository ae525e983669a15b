import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import type { AccuracyReport } from '../scoring/report.js';
import { MIN_VERDICT_ITEMS, MIN_VERDICT_WORDS } from '../scoring/verdict.js';

/** A rate (a fraction) as the language writes a percentage, one decimal: "12.5%", "12,5 %". */
export function formatRate(localize: LocalizeController, rate: number): string {
  if (!Number.isFinite(rate)) return '–';
  return localize.number(rate, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** Percentage points, one decimal, as the language writes them ("3.1", "3,1"). */
const points = (localize: LocalizeController, value: number) =>
  localize.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * The verdict in one sentence, and why when there is none: "Custom is better: 3.1 points lower WER
 * (95% interval 2.2 to 4.0)", "Custom is worse: …", or "Not enough evidence: add test data" with
 * the reasons `compareModels` gave. It says only what the comparison supports.
 */
export function verdictSentence(
  localize: LocalizeController,
  report: AccuracyReport,
): { sentence: string; why?: string } {
  const term = localize.term.bind(localize);
  const { comparison } = report;
  const confidence = localize.number(comparison.confidence, { style: 'percent' });
  const { difference, interval } = comparison;
  if (comparison.verdict !== 'not-enough-evidence' && difference !== null && interval) {
    // Both ends as distances from 0 in the verdict's direction, the smaller first.
    const [low, high] = [Math.abs(interval[0]), Math.abs(interval[1])].sort((a, b) => a - b);
    const key =
      comparison.verdict === 'better' ? 'cm.accuracy.verdict.better' : 'cm.accuracy.verdict.worse';
    return {
      sentence: term(
        key,
        points(localize, Math.abs(difference)),
        confidence,
        points(localize, low),
        points(localize, high),
      ),
    };
  }
  const reasons = comparison.reasons.map((reason) => {
    if (reason === 'too-few-items')
      return term('cm.accuracy.why.too-few-items', report.size.items, MIN_VERDICT_ITEMS);
    if (reason === 'too-few-words')
      return term('cm.accuracy.why.too-few-words', report.size.words, MIN_VERDICT_WORDS);
    const [low, high] = interval ?? [0, 0];
    return term(
      'cm.accuracy.why.interval-includes-zero',
      confidence,
      points(localize, low),
      points(localize, high),
    );
  });
  return {
    sentence: term('cm.accuracy.verdict.none'),
    ...(reasons.length ? { why: term('cm.accuracy.why', reasons.join('; ')) } : {}),
  };
}

/** The test set's size against the advice: items, words, minutes where known. */
export function sizeSentence(localize: LocalizeController, report: AccuracyReport): string {
  const term = localize.term.bind(localize);
  const { size } = report;
  const advised = localize.number(size.recommendedMinutes);
  const minutes =
    size.minutes === undefined
      ? term('cm.accuracy.sizeMinutesUnknown')
      : term(
          'cm.accuracy.sizeMinutes',
          localize.number(size.minutes, { maximumFractionDigits: 1 }),
        );
  const advice = size.meetsRecommendedMinutes
    ? term('cm.accuracy.sizeEnough', advised)
    : term('cm.accuracy.sizeAdvice', advised);
  return `${term('cm.accuracy.size', size.items, size.words)}, ${minutes}. ${advice}`;
}

/**
 * The rates the verdict rests on. On the normalised basis it names the rules and gives the raw
 * rates beside them: the models list shows the adapter's figure, which the contract
 * counts raw, so that one is found here too.
 */
export function ratesSentence(localize: LocalizeController, report: AccuracyReport): string {
  const term = localize.term.bind(localize);
  const { comparison, total } = report;
  const rate = (value: number) => formatRate(localize, value);
  if (report.basis === 'normalized')
    return term(
      'cm.accuracy.ratesNormalized',
      report.profile,
      rate(comparison.baseWer),
      rate(comparison.customWer),
      rate(total.raw.base.wer),
      rate(total.raw.custom.wer),
    );
  return term('cm.accuracy.rates', rate(comparison.baseWer), rate(comparison.customWer));
}

/**
 * The verdict, the rates it rests on and the size of the set. The verdict is a sentence of its own
 * (a full stop before its "Why: …", which would otherwise run on from it).
 */
export function renderVerdict(localize: LocalizeController, report: AccuracyReport) {
  const { sentence, why } = verdictSentence(localize, report);
  const { comparison } = report;
  return html`<div class="accuracy-verdict" data-verdict=${comparison.verdict}>
    <p class="verdict-sentence">
      <strong>${sentence}.</strong>${why ? html` <span class="verdict-why">${why}</span>` : nothing}
    </p>
    <p class="verdict-rates">${ratesSentence(localize, report)}</p>
    <p class="verdict-size">${sizeSentence(localize, report)}</p>
  </div>`;
}
