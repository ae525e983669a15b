import { html, nothing } from 'lit';
import type { Dataset } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import { clockTime } from '../internal/clock-time.js';
import { unpairedAudio } from './dataset-marks.js';

/*
 * How much training data the model has, where the decision to train is made: each file's length
 * (the adapter's `durationSeconds`, else what the upload's pre-flight read, which the store fills
 * in) and, under the table, the minutes of training audio, paired and unpaired, and the words.
 */

const known = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A dataset's length as m:ss, or undefined when no one knows it. */
export function datasetDuration(dataset: Dataset): string | undefined {
  return known(dataset.durationSeconds) ? clockTime(dataset.durationSeconds) : undefined;
}

/** The model's training data in figures: seconds of audio (paired, unpaired), words. */
export interface DatasetTotals {
  /** Training audio files, and those whose length is unknown. */
  audioFiles: number;
  unknownAudio: number;
  seconds: number;
  pairedSeconds: number;
  unpairedSeconds: number;
  /** Words of the transcripts and manifests that have a count; undefined when none has. */
  words?: number;
  /** Transcripts and manifests. */
  textFiles: number;
}

/** Totals over the training data (a test set is held out of training). */
export function datasetTotals(datasets: readonly Dataset[]): DatasetTotals {
  const training = datasets.filter((dataset) => dataset.kind !== 'test-set');
  const unpaired = new Set(unpairedAudio(training));
  const totals: DatasetTotals = {
    audioFiles: 0,
    unknownAudio: 0,
    seconds: 0,
    pairedSeconds: 0,
    unpairedSeconds: 0,
    textFiles: 0,
  };
  for (const dataset of training) {
    if (dataset.kind === 'audio') {
      totals.audioFiles++;
      const seconds = dataset.durationSeconds;
      if (!known(seconds)) {
        totals.unknownAudio++;
        continue;
      }
      totals.seconds += seconds;
      if (unpaired.has(dataset)) totals.unpairedSeconds += seconds;
      else totals.pairedSeconds += seconds;
    } else if (dataset.kind === 'transcript' || dataset.kind === 'manifest') {
      totals.textFiles++;
      if (known(dataset.words)) totals.words = (totals.words ?? 0) + dataset.words;
    }
  }
  return totals;
}

/** The totals line under the table: nothing when the model has no training audio or text. */
export function renderDatasetTotals(localize: LocalizeController, datasets: readonly Dataset[]) {
  const totals = datasetTotals(datasets);
  if (!totals.audioFiles && !totals.textFiles) return nothing;
  const term = localize.term.bind(localize);
  const minutes = (seconds: number) => localize.number(seconds / 60, { maximumFractionDigits: 1 });
  const parts: string[] = [];
  if (totals.audioFiles) {
    parts.push(
      totals.unknownAudio === totals.audioFiles
        ? term('cm.details.totals.audioUnknown')
        : term(
            'cm.details.totals.audio',
            minutes(totals.seconds),
            minutes(totals.pairedSeconds),
            minutes(totals.unpairedSeconds),
          ),
    );
    if (totals.unknownAudio && totals.unknownAudio < totals.audioFiles)
      parts.push(term('cm.details.totals.unknown', totals.unknownAudio));
  }
  if (totals.words !== undefined)
    parts.push(term('cm.details.totals.words', localize.number(totals.words)));
  return html`<p class="datasets-totals" part="datasets-totals">${parts.join(' · ')}</p>`;
}
