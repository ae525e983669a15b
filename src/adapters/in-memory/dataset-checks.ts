import { datasetFileProblem, datasetKindOf } from '../../api/dataset-files.js';
import type { Dataset, DatasetKind, UploadOptions } from '../../api/types.js';
import { wait } from './clock.js';
import type { Row } from './model-index.js';
import { error } from './validation.js';
import { readAudioHead } from './audio-head.js';
import { isBusyStatus } from '../../api/status-rules.js';

const UPLOAD_STEPS = 5;

/** A run reads the datasets it was started with, so they are locked while it is queued or runs. */
export function checkDatasetsUnlocked(row: Row): void {
  if (isBusyStatus(row.model.trainingStatus)) {
    throw error(
      'conflict',
      409,
      'Datasets cannot change while the model is queued or training.',
      undefined,
      'model-busy',
    );
  }
}

/** The file's dataset kind, after checking the model can take it. */
export function checkUpload(row: Row, file: File): DatasetKind {
  const problem = datasetFileProblem(file);
  if (problem) throw error('validation', 422, problem, { file: problem });
  const kind = datasetKindOf(String(file.name))!;
  checkDatasetsUnlocked(row);
  return kind;
}

/** Bytes the server reads of a file to judge it: the head of an audio file, a short transcript. */
const HEAD_BYTES = 64 * 1024;

/**
 * What a server refuses once it reads the bytes, as the Scriptix service does: a transcript with
 * no text (`empty-transcript`), a file named as audio that is not audio it can read
 * (`unreadable-audio`). The upload's pre-flight catches both before sending; a host that turns it
 * off, or another client, meets them here. Of audio it keeps what the header says of its length
 * (read by the pre-flight's reader, in the same few kilobytes it judges the file by).
 */
export async function checkContent(file: File): Promise<Pick<Dataset, 'durationSeconds'>> {
  const kind = datasetKindOf(String(file.name));
  if (kind === 'transcript') {
    const blank =
      file.size === 0 ||
      (file.size <= HEAD_BYTES && (await file.slice(0, HEAD_BYTES).text()).trim() === '');
    if (blank) {
      throw error(
        'validation',
        422,
        `Transcript "${file.name}" is empty.`,
        { file: 'The transcript is empty.' },
        'empty-transcript',
      );
    }
  } else if (kind === 'audio') {
    const { unknown, durationSeconds } = await readAudioHead(file, HEAD_BYTES);
    if (unknown) {
      throw error(
        'validation',
        422,
        `"${file.name}" is not audio the service can read.`,
        { file: 'The file is not readable audio.' },
        'unreadable-audio',
      );
    }
    if (durationSeconds !== undefined) return { durationSeconds };
  }
  return {};
}

/** The wait before each upload step: the call's latency is spread over the upload. */
export const uploadStepMs = (latencyMs: number) => Math.max(0, latencyMs) / UPLOAD_STEPS;

/**
 * Reports the bytes "in flight" in steps `stepMs` apart, like a real upload's progress. The wait
 * before the first step is the caller's (it checks the upload after it).
 */
export async function sendInSteps(
  total: number,
  stepMs: number,
  { signal, onProgress }: UploadOptions,
): Promise<void> {
  let reported = -1;
  for (let i = 1; i <= UPLOAD_STEPS; i++) {
    if (i > 1) await wait(stepMs, signal);
    const loaded = i === UPLOAD_STEPS ? total : Math.round((total * i) / UPLOAD_STEPS);
    if (loaded > reported || i === UPLOAD_STEPS) onProgress?.(loaded, total);
    reported = loaded;
  }
}
