/**
 * Strings of the details' Accuracy section (test set, word error rate). Registered by the section
 * itself when the details load, not with every element.
 */
export const accuracy = {
  'cm.accuracy.title': 'Accuracy',
  'cm.accuracy.werExplained':
    'Word error rate (WER): the share of words the model gets wrong on your test set (swapped, left out or added). Lower is better.',
  'cm.accuracy.testSetHelp':
    'A test set is audio with matching transcripts that the model was not trained on. Upload it below; it is kept apart from the training data.',
  'cm.accuracy.testSetCount': (count: number) =>
    count === 1 ? '1 test file' : `${count} test files`,
  'cm.accuracy.start': 'Measure accuracy',
  'cm.accuracy.again': 'Measure again',
  'cm.accuracy.retry': 'Try again',
  'cm.accuracy.needsTraining':
    'Accuracy can be measured once the model has been trained successfully.',
  'cm.accuracy.needsTestSet': 'Upload a test set first.',
  'cm.accuracy.none': 'The accuracy of this model has not been measured yet.',
  'cm.accuracy.running': 'Measuring accuracy…',
  'cm.accuracy.runningProgress': (percent: string) => `Measuring accuracy: ${percent} done`,
  'cm.accuracy.failedTitle': 'The accuracy could not be measured',
  'cm.accuracy.failedNoReason': 'The service did not say why.',
  'cm.accuracy.loadError': 'The accuracy could not be loaded.',
  'cm.accuracy.startError': 'The measurement could not be started.',
  'cm.accuracy.better': (custom: string, base: string, change: string) =>
    `Your custom model gets ${custom} of words wrong, the base model ${base}: ${change} fewer errors.`,
  'cm.accuracy.worse': (custom: string, base: string, change: string) =>
    `Your custom model gets ${custom} of words wrong, the base model ${base}: ${change} more errors. More matching training data usually helps.`,
  'cm.accuracy.same': (custom: string) =>
    `Your custom model and the base model both get ${custom} of words wrong.`,
  'cm.accuracy.base': 'Base model',
  'cm.accuracy.custom': 'Custom model',
  'cm.accuracy.chartLabel': (base: string, custom: string) =>
    `Word error rate: base model ${base}, custom model ${custom}.`,
  'cm.accuracy.breakdown': 'Errors by kind',
  'cm.accuracy.col.model': 'Model',
  'cm.accuracy.col.wer': 'WER',
  'cm.accuracy.col.words': 'Words',
  'cm.accuracy.col.substitutions': 'Substitutions',
  'cm.accuracy.col.deletions': 'Deletions',
  'cm.accuracy.col.insertions': 'Insertions',
  'cm.accuracy.files': 'Per test file',
  'cm.accuracy.filesHelp':
    "Sorted by the custom model's WER, worst first. Select a column to sort.",
  'cm.accuracy.col.file': 'Test file',
  'cm.accuracy.col.baseWer': 'Base WER',
  'cm.accuracy.col.customWer': 'Custom WER',
  'cm.accuracy.measuredAt': (date: string) => `Measured ${date}`,
  'cm.accuracy.ended': (name: string) => `The accuracy of "${name}" has been measured.`,
  'cm.accuracy.endedFailed': (name: string) => `The accuracy of "${name}" could not be measured.`,
};
