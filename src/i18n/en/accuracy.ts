import { formatCount } from '../catalogue.js';

const n = (count: number) => formatCount('en', count);
const items = (count: number) => (count === 1 ? '1 test item' : `${n(count)} test items`);

/**
 * Strings of the details' Accuracy section (test set, word error rate, verdict, word-by-word
 * inspection). Registered by the section itself when the details load, not with every element.
 */
export const accuracy = {
  'cm.accuracy.title': 'Accuracy',
  'cm.accuracy.werExplained':
    'Word error rate (WER): the share of words the model gets wrong on your test set (swapped, left out or added). Lower is better.',
  'cm.accuracy.testSetHelp':
    'A test item is a recording with its reference transcript of the same name (test-01.wav with test-01.txt), not used for training. Drop test data only here; it is kept apart from the training data.',
  'cm.accuracy.testItemCount': (count: number) => items(count),
  'cm.accuracy.step.testSet': 'Test set',
  'cm.accuracy.step.measure': 'Measure',
  'cm.accuracy.step.result': 'Result',
  'cm.accuracy.unpaired.audio': 'Audio without a reference transcript (not scored):',
  'cm.accuracy.unpaired.reference': 'Transcripts without audio (not scored):',
  'cm.accuracy.unpaired.ambiguous':
    'More than one audio file or transcript of the same name (not scored):',
  'cm.accuracy.start': 'Measure accuracy',
  'cm.accuracy.again': 'Measure again',
  'cm.accuracy.retry': 'Try again',
  'cm.accuracy.needsTraining':
    'Accuracy can be measured once the model has been trained successfully.',
  'cm.accuracy.needsTestItem':
    'Upload a test item first: a recording with its reference transcript of the same name.',
  'cm.accuracy.none': 'The accuracy of this model has not been measured yet.',
  'cm.accuracy.next.upload':
    'Upload recordings with their reference transcripts (test-01.wav with test-01.txt) under Test set.',
  'cm.accuracy.next.train': 'Train the model first; then measure its accuracy here.',
  'cm.accuracy.next.measure': 'Select "Measure accuracy": both models transcribe the test set.',
  'cm.accuracy.next.wait': 'Wait for the result; it shows here.',
  'cm.accuracy.next.retry': 'Try again; if it fails again, check the test set.',
  'cm.accuracy.next.better':
    'Use this model, or look word by word below to see what it fixed and what it broke.',
  'cm.accuracy.next.worse':
    'Look word by word below at what the custom model broke; more matching training data usually helps.',
  'cm.accuracy.next.moreData':
    'Add test items (30 minutes of audio or more is advised), then measure again.',
  'cm.accuracy.running': 'Measuring accuracy…',
  'cm.accuracy.runningProgress': (percent: string) => `Measuring accuracy: ${percent} done`,
  'cm.accuracy.failedTitle': 'The accuracy could not be measured',
  'cm.accuracy.failedNoReason': 'The service did not say why.',
  'cm.accuracy.loadError': 'The accuracy could not be loaded.',
  'cm.accuracy.startError': 'The measurement could not be started.',
  'cm.accuracy.verdict.better': (points: string, confidence: string, low: string, high: string) =>
    `Custom is better: ${points} points lower WER (${confidence} interval ${low} to ${high})`,
  'cm.accuracy.verdict.worse': (points: string, confidence: string, low: string, high: string) =>
    `Custom is worse: ${points} points higher WER (${confidence} interval ${low} to ${high})`,
  'cm.accuracy.verdict.none': 'Not enough evidence: add test data',
  'cm.accuracy.why.too-few-items': (count: number, min: number) =>
    `only ${items(count)}; a verdict needs at least ${n(min)}`,
  'cm.accuracy.why.too-few-words': (count: number, min: number) =>
    `only ${count === 1 ? '1 reference word' : `${n(count)} reference words`}; a verdict needs at least ${n(min)}`,
  'cm.accuracy.why.interval-includes-zero': (confidence: string, low: string, high: string) =>
    `the difference could be chance: its ${confidence} interval, ${low} to ${high} points, includes 0`,
  'cm.accuracy.why': (reasons: string) => `Why: ${reasons}.`,
  'cm.accuracy.rates': (base: string, custom: string) =>
    `Word error rate: base model ${base}, custom model ${custom}.`,
  'cm.accuracy.ratesNormalized': (
    profile: string,
    base: string,
    custom: string,
    rawBase: string,
    rawCustom: string,
  ) =>
    `Normalised word error rate (rules "${profile}"): base model ${base}, custom model ${custom}; raw, words as written: ${rawBase} and ${rawCustom}.`,
  'cm.accuracy.size': (count: number, words: number) =>
    `Test set: ${items(count)}, ${words === 1 ? '1 word' : `${n(words)} words`}`,
  'cm.accuracy.sizeMinutes': (minutes: string) => `${minutes} minutes of audio`,
  'cm.accuracy.sizeMinutesUnknown': 'length of the audio unknown',
  'cm.accuracy.sizeAdvice': (minutes: string) => `${minutes} minutes or more is advised.`,
  'cm.accuracy.sizeEnough': (minutes: string) => `At least the advised ${minutes} minutes.`,
  'cm.accuracy.base': 'Base model',
  'cm.accuracy.custom': 'Custom model',
  'cm.accuracy.reference': 'Reference',
  'cm.accuracy.chartLabel': (base: string, custom: string) =>
    `Word error rate: base model ${base}, custom model ${custom}.`,
  'cm.accuracy.breakdown': 'Errors by kind',
  'cm.accuracy.profile': (profile: string) =>
    `Raw compares the words as written. Normalised first applies the rules "${profile}": case, punctuation, numbers, fillers, hyphens and compounds evened out.`,
  'cm.accuracy.col.rawWer': 'Raw WER',
  'cm.accuracy.col.normalizedWer': 'Normalised WER',
  'cm.accuracy.col.words': 'Words',
  'cm.accuracy.col.substitutions': 'Substitutions',
  'cm.accuracy.col.deletions': 'Deletions',
  'cm.accuracy.col.insertions': 'Insertions',
  'cm.accuracy.inspect': 'Word by word',
  'cm.accuracy.inspectHelp':
    'Open a test item to see the reference and both transcripts aligned, with every error marked.',
  'cm.accuracy.sort': 'Sort',
  'cm.accuracy.sort.gain': 'Largest gain first',
  'cm.accuracy.sort.loss': 'Largest loss first',
  'cm.accuracy.sort.name': 'By name',
  'cm.accuracy.words': 'Words',
  'cm.accuracy.words.normalized': (profile: string) => `Normalised ("${profile}")`,
  'cm.accuracy.words.raw': 'As written',
  'cm.accuracy.marks': 'Mark',
  'cm.accuracy.kind.substitute': 'Substitutions',
  'cm.accuracy.kind.delete': 'Deletions',
  'cm.accuracy.kind.insert': 'Insertions',
  'cm.accuracy.mark.substitute': 'substitution:',
  'cm.accuracy.mark.became': 'became',
  'cm.accuracy.mark.delete': 'left out:',
  'cm.accuracy.mark.insert': 'added:',
  'cm.accuracy.gain': (errors: number) =>
    errors > 0
      ? `${errors === 1 ? '1 error' : `${n(errors)} errors`} fewer`
      : errors < 0
        ? `${errors === -1 ? '1 error' : `${n(-errors)} errors`} more`
        : 'no change',
  'cm.accuracy.itemRates': (base: string, custom: string) => `base ${base}, custom ${custom}`,
  'cm.accuracy.lineRates': (normalized: string, raw: string) =>
    `WER ${normalized} normalised, ${raw} raw`,
  'cm.accuracy.utterance': (index: number) => `Utterance ${n(index)}`,
  'cm.accuracy.audio': (name: string) => `Audio of ${name}`,
  'cm.accuracy.totalsOnly':
    'The service gave totals only, no result per test item: there is no verdict on how sure the difference is, and nothing to look at word by word.',
  'cm.accuracy.scoresOnly':
    'The service gave scores for this item, not its texts: there are no words to show.',
  'cm.accuracy.unscored': 'Not scored (neither texts nor scores given):',
  'cm.accuracy.confusions': 'Words fixed and broken',
  'cm.accuracy.fixed': 'Fixed by the custom model',
  'cm.accuracy.broken': 'Broken by the custom model',
  'cm.accuracy.noConfusions': 'None.',
  'cm.accuracy.col.said': 'Said',
  'cm.accuracy.col.heard': 'Heard',
  'cm.accuracy.leftOut': '(left out)',
  'cm.accuracy.added': '(nothing said)',
  'cm.accuracy.export': 'Export',
  'cm.accuracy.exportCsv': 'Download CSV',
  'cm.accuracy.exportJson': 'Download JSON',
  'cm.accuracy.measuredAt': (date: string) => `Measured ${date}`,
  'cm.accuracy.ended': (name: string) => `The accuracy of "${name}" has been measured.`,
  'cm.accuracy.endedFailed': (name: string) => `The accuracy of "${name}" could not be measured.`,
};
