/** Strings of `<dataset-upload>`. */
export const upload = {
  'cm.upload.drop': 'Drag and drop files here, or',
  'cm.upload.dropTestSet': 'Drag and drop test set files here, or',
  'cm.upload.kindLabel': 'Upload as',
  'cm.upload.kind.training': 'Training data',
  'cm.upload.kind.test-set': 'Test set',
  'cm.upload.kindHelp':
    'A test set is kept out of training: it measures how well the trained model transcribes.',
  'cm.upload.choose': 'Choose files',
  'cm.upload.hint':
    'Audio (.wav, .mp3, .m4a, .flac), transcripts (.vtt, .srt, .txt) or a manifest (.jsonl). 1 to 10 files per upload, at most 10 GB each.',
  'cm.upload.dropNow': 'Drop the files to upload them',
  'cm.upload.disabled': 'Uploading is not possible right now.',
  'cm.upload.noModel': 'Choose a model to upload datasets to.',

  'cm.upload.refusedTitle': (count: number) =>
    `${count} ${count === 1 ? 'file was' : 'files were'} not uploaded`,
  'cm.upload.refused.type':
    'This file type is not accepted. Use audio (.wav, .mp3, .m4a, .flac), a transcript (.vtt, .srt, .txt) or a manifest (.jsonl).',
  'cm.upload.refused.size': 'The file is larger than 10 GB.',
  'cm.upload.refused.count': 'At most 10 files per upload. Upload this file in a next batch.',
  'cm.upload.refused.duplicate': 'A file with this name is already in this selection.',

  'cm.upload.pairingTitle': 'Audio without a matching transcript',
  'cm.upload.pairingText':
    'Training works best when every audio file has a transcript with the same name (for example talk.wav and talk.vtt). These audio files have none yet:',

  'cm.upload.listLabel': 'Uploads',
  'cm.upload.state.queued': 'Waiting',
  'cm.upload.state.uploading': (percent: number) => `Uploading, ${percent}%`,
  'cm.upload.state.done': 'Uploaded',
  'cm.upload.error.emptyTranscript':
    'This transcript is empty: add its text, then upload it again.',
  'cm.upload.state.failed': 'Failed',
  'cm.upload.state.cancelled': 'Cancelled',
  'cm.upload.progressLabel': (name: string) => `Upload progress of ${name}`,
  'cm.upload.cancelFile': (name: string) => `Cancel upload of ${name}`,
  'cm.upload.retryFile': (name: string) => `Retry upload of ${name}`,
  'cm.upload.removeFile': (name: string) => `Remove ${name} from the list`,
  'cm.upload.cancelAll': 'Cancel all',
  'cm.upload.retryFailed': (count: number) => `Retry failed (${count})`,
  'cm.upload.clear': 'Clear list',
  'cm.upload.summary.busy': (done: number, total: number) =>
    `Uploading: ${done} of ${total} ${total === 1 ? 'file' : 'files'} done.`,
  'cm.upload.summary.settled': (done: number, failed: number, cancelled: number) =>
    [
      `${done} ${done === 1 ? 'file' : 'files'} uploaded`,
      failed ? `${failed} failed` : '',
      cancelled ? `${cancelled} cancelled` : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
};
