import { statusStrings } from './status.js';

/** Strings shared by several elements, and the status names. */
export const common = {
  ...statusStrings,
  'cm.noAdapter':
    'No API adapter is connected. Wrap this element in <custom-models-provider> or set its api property.',
  'cm.retry': 'Retry',
  'cm.cancel': 'Cancel',
  'cm.loading': 'Loading…',
  'cm.error.generic': 'Something went wrong. Please try again.',
  'cm.error.network': 'The service could not be reached. Check your connection and try again.',
  'cm.rules.renameTraining': 'The model cannot be renamed while it is training.',
  'cm.rules.deleteTraining': 'The model cannot be deleted while it is training.',
  'cm.rules.datasetsBusy':
    'Datasets cannot be uploaded or deleted while the model is queued or training.',
  'cm.rules.trainStatus':
    'Training can only be started for a model that is not running or that failed.',
  'cm.rules.trainNeedsData': 'Upload at least one dataset before training.',
};
