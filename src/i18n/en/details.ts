/** Strings of `<custom-model-details>`: header, status panel (the seed's "Training Status Details"), datasets, training. */
export const details = {
  'cm.details.back': 'Back to custom models',
  'cm.details.noModelId': 'No custom model was chosen.',

  'cm.details.notFoundTitle': 'Custom model not found',
  'cm.details.notFound':
    'This custom model does not exist or was deleted. Go back to the list to choose another one.',
  'cm.details.forbiddenTitle': 'No access to this custom model',
  'cm.details.forbidden':
    'Your account is not allowed to see this custom model. Ask your administrator for access, or go back to the list.',
  'cm.details.networkTitle': 'The service could not be reached',
  'cm.details.network': 'Check your connection and try again.',
  'cm.details.errorTitle': 'The custom model could not be loaded',

  'cm.details.rename': 'Rename model',
  'cm.details.nameLabel': 'Model name',
  'cm.details.save': 'Save',
  'cm.details.saving': 'Saving…',
  'cm.details.nameRequired': 'Enter a name for the model.',
  'cm.details.nameTooLong': (max: number) => `The name can be at most ${max} characters.`,
  'cm.details.nameHelp': 'Press Enter to save or Escape to cancel.',
  'cm.details.renamed': 'Custom model renamed.',

  'cm.details.status': 'Training status',
  'cm.details.baseLanguage': 'Base language',
  'cm.details.lastModified': 'Last modified',
  'cm.details.created': 'Created',
  'cm.details.trainingStarted': 'Training started',
  'cm.details.trainingEnded': 'Training ended',
  'cm.details.key': 'Key',
  'cm.details.copyKey': 'Copy key',
  'cm.details.copied': 'Copied',
  'cm.details.copyFailed': 'The key could not be copied',

  'cm.details.meaning': 'What it means',
  'cm.details.nextStep': 'Next step',
  'cm.details.status.1.meaning':
    'The model has been created but is not trained yet. Training needs datasets: audio files with matching transcripts.',
  'cm.details.status.1.next':
    'Upload your datasets below, then choose "Train the Language" to start training.',
  'cm.details.status.1.nextWithData':
    'Your datasets are uploaded. Choose "Train the Language" below them to start training, or upload more files first.',
  'cm.details.status.2.meaning':
    'The datasets are uploaded and training is queued. It will start automatically.',
  'cm.details.status.2.next':
    'Nothing to do: training cannot be started by hand, and datasets cannot be changed until it ends. This page updates by itself.',
  'cm.details.status.3.meaning': 'Training is in progress: the system is processing your data.',
  'cm.details.status.3.next':
    'Training cannot be interrupted, and the model cannot be changed until it ends. This page updates by itself.',
  'cm.details.status.4.meaning':
    'This model is trained: transcriptions can use it in place of its base language.',
  'cm.details.status.4.next':
    'When you upload audio files for transcription, select this model in the language list. It is shown with its base language.',
  'cm.details.status.5.meaning':
    'Training encountered an error, so the model cannot be used. It needs your attention.',
  'cm.details.status.5.next':
    'Fix the datasets: remove empty or wrong files and upload audio with matching transcripts. Then choose "Train the Language" to try again.',
  'cm.details.status.5.nextNoDelete':
    'Fix the datasets: upload audio with matching transcripts. Empty or wrong files cannot be removed here; ask your administrator or support to remove them. Then choose "Train the Language" to try again.',
  'cm.details.status.unknown.meaning': (code: string) =>
    `The service reports a training status this page does not know (${code}).`,
  'cm.details.status.unknown.next': 'Come back later, or contact support if this stays.',
  'cm.details.serverMessage': 'Message from the service',
  'cm.details.trainingLog': 'Training log',
  'cm.details.progressLabel': 'Training progress',
  'cm.details.progress': (percent: number) => `${percent}% done`,
  'cm.details.progressUnknown': 'Starting…',

  'cm.details.train': 'Train the Language',
  'cm.details.confirmTitle': 'Start training?',
  'cm.details.confirmCost': (credits: number) =>
    `Training this model uses 1 training credit. Your organization has ${credits} training ${credits === 1 ? 'credit' : 'credits'} left.`,
  'cm.details.confirmNoCredits':
    'Your organization has no training credits left. Contact your administrator about your plan.',
  'cm.details.confirmNote': 'Training cannot be interrupted once it starts.',
  'cm.details.confirmStart': 'Start training',
  'cm.details.retryTitle': 'Train again with the same data?',
  'cm.details.retrySameData':
    'The last training run failed, and no dataset has been added or removed since. Training the same data again will most likely fail the same way.',
  'cm.details.retryReason': 'Why it failed:',
  'cm.details.retryStart': 'Train again anyway',
  'cm.details.useModel': 'Use this model',
  'cm.details.goToAccuracy': 'Go to Accuracy',
  'cm.details.trainStarted': (name: string) => `Training of "${name}" is queued.`,

  'cm.details.liveError': 'The status could not be refreshed. Trying again shortly.',

  'cm.details.datasets': 'Datasets',
  'cm.details.datasetsCount': (count: number) => `${count} ${count === 1 ? 'file' : 'files'}`,
  'cm.details.datasetsEmpty':
    'No datasets yet. Upload audio files with transcripts of the same name.',
  'cm.details.datasetsError': 'The datasets could not be loaded.',
  'cm.details.uploadQueued': 'Training is queued. You can upload files again when it has ended.',
  'cm.details.uploadLocked': 'You can upload files again when training has ended.',
  'cm.details.mark.culprit': 'Training failed on this file',
  'cm.details.mark.unpaired': 'No transcript',
  'cm.details.mark.empty': 'Empty file',
  'cm.details.totals.audio': (minutes: string, paired: string, unpaired: string) =>
    `Training audio: ${minutes} min (${paired} min with a transcript, ${unpaired} min without)`,
  'cm.details.totals.audioUnknown': 'Training audio: length unknown',
  'cm.details.totals.unknown': (count: number) =>
    `length unknown for ${count} audio ${count === 1 ? 'file' : 'files'}`,
  'cm.details.totals.words': (words: string) => `${words} words in transcripts`,
  'cm.details.confirmUnpaired': 'Audio without a transcript, left out of training',
  'cm.details.confirmEmpty': 'Empty files, training may fail on them',
  'cm.details.col.name': 'Name',
  'cm.details.col.kind': 'Kind',
  'cm.details.col.size': 'Size',
  'cm.details.col.duration': 'Duration',
  'cm.details.col.uploaded': 'Uploaded',
  'cm.details.col.actions': 'Actions',
  'cm.details.kind.audio': 'Audio',
  'cm.details.kind.transcript': 'Transcript',
  'cm.details.kind.manifest': 'Manifest',
  'cm.details.kind.test-set': 'Test set',
  'cm.details.kind.test-audio': 'Test audio',
  'cm.details.kind.test-reference': 'Test reference',
  'cm.details.downloadHint': '(download, opens in a new tab)',
  'cm.details.deleteDataset': (name: string) => `Delete ${name}`,
  'cm.details.deleteTitle': 'Delete dataset',
  'cm.details.deleteText': (name: string) =>
    `Are you sure you want to delete "${name}" from this model? This cannot be undone.`,
  'cm.details.delete': 'Delete',
  'cm.details.deleted': (name: string) => `Dataset "${name}" deleted.`,
};
