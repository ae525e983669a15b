import { statusStrings } from './status.js';

/** Strings shared by several elements, and the status names. */
export const common = {
  ...statusStrings,
  'cm.noAdapter':
    'No API adapter is connected. Wrap this element in <custom-models-provider> or set its api property.',
  'cm.retry': 'Retry',
  /** A measured word error rate, in the grid's Accuracy column and beside a model in the picker. */
  'cm.wer.value': (rate: string) => `WER ${rate}`,
  /** The same with the change against the base model, in percentage points (`−3.1`). */
  'cm.wer.withGain': (rate: string, points: string) => `WER ${rate} (${points} pts vs. base)`,
  'cm.wer.measuring': 'Measuring…',
  'cm.cancel': 'Cancel',
  'cm.loading': 'Loading…',
  'cm.error.generic': 'Something went wrong. Please try again.',
  'cm.error.network': 'The service could not be reached. Check your connection and try again.',
  'cm.error.duplicateName': 'A custom model with this name already exists. Choose another name.',
  'cm.error.planLimit':
    "Your organization's plan does not allow this. Contact your administrator about the plan.",
  'cm.error.modelBusy': 'This model is queued or training. Wait until training ends.',
  'cm.error.emptyTranscript': 'A transcript is empty. Delete it, or upload it again with its text.',
  'cm.error.noAudio': 'There is no audio to train on. Upload audio files with their transcripts.',
  'cm.error.unreadableAudio':
    'This file is not audio the service can read. Upload WAV, FLAC, MP3 or M4A audio.',
  'cm.error.unknownModel': 'This custom model no longer exists. It may have been deleted.',
  'cm.error.serviceSaid': 'The service said:',
  'cm.rules.renameTraining': 'The model cannot be renamed while it is training.',
  'cm.rules.deleteTraining': 'The model cannot be deleted while it is training.',
  'cm.rules.datasetsBusy':
    'Datasets cannot be uploaded or deleted while the model is queued or training.',
  'cm.rules.trainStatus':
    'Training can only be started for a model that is not running or that failed.',
  'cm.rules.trainNeedsData': 'Upload at least one dataset before training.',
  'cm.rules.uploadTrained':
    'This model is trained. Training data uploaded now would not be used: a trained model cannot be trained again.',
};
