import { html, nothing } from 'lit';
import { audioWithoutTranscript } from '../api/dataset-files.js';
import { TrainingStatus, type CustomModel, type Dataset } from '../api/types.js';
import { ICON_LIBRARY } from '../icons/register.js';
import type { LocalizeController } from '../i18n/localize.js';

/*
 * What the Datasets table says about each file, where the decision to train is made: audio
 * without a transcript of the same name (the project's one pairing rule, api/dataset-files.ts),
 * empty files (where the adapter gives a size) and the dataset a failed run names
 * (`CustomModel.statusDatasetIds`). The "Start training?" confirmation lists the same facts.
 */

/** One fact about a dataset the table marks: text with an icon, never colour alone. */
export type DatasetMark = 'culprit' | 'unpaired' | 'empty';

/** Training data: what a run reads (a test set is held out of training). */
const isTrainingData = (dataset: Dataset): boolean => dataset.kind !== 'test-set';

/** Training audio that has no transcript with the same base name among the training data. */
export function unpairedAudio(datasets: readonly Dataset[]): Dataset[] {
  const training = datasets.filter(isTrainingData);
  const names = training.map((dataset) => dataset.name).filter((name) => typeof name === 'string');
  const unpaired = new Set(audioWithoutTranscript(names));
  return training.filter((dataset) => unpaired.has(dataset.name));
}

/** Files the adapter says are empty (size 0); a file without a size is not claimed empty. */
export function emptyFiles(datasets: readonly Dataset[]): Dataset[] {
  return datasets.filter((dataset) => dataset.sizeBytes === 0);
}

/** Ids of the datasets the model's failure names, while it is Failed. */
function culpritIds(model: CustomModel | undefined): ReadonlySet<string> {
  if (model?.trainingStatus !== TrainingStatus.Failed) return new Set();
  const ids = model.statusDatasetIds;
  return new Set(Array.isArray(ids) ? ids.map(String) : []);
}

/** The marks of every dataset that has one, by dataset id, the failure's first. */
export function datasetMarks(
  model: CustomModel | undefined,
  datasets: readonly Dataset[],
): Map<string, DatasetMark[]> {
  const marks = new Map<string, DatasetMark[]>();
  const add = (list: readonly Dataset[] | ReadonlySet<string>, mark: DatasetMark) => {
    for (const item of list) {
      const id = typeof item === 'string' ? item : String(item.id);
      marks.set(id, [...(marks.get(id) ?? []), mark]);
    }
  };
  add(culpritIds(model), 'culprit');
  add(unpairedAudio(datasets), 'unpaired');
  add(emptyFiles(datasets), 'empty');
  return marks;
}

const MARK_ICONS: Record<DatasetMark, string> = {
  culprit: 'x-circle',
  unpaired: 'exclamation-triangle',
  empty: 'exclamation-triangle',
};

function markText(localize: LocalizeController, mark: DatasetMark): string {
  switch (mark) {
    case 'culprit':
      return localize.term('cm.details.mark.culprit');
    case 'unpaired':
      return localize.term('cm.details.mark.unpaired');
    case 'empty':
      return localize.term('cm.details.mark.empty');
  }
}

/** A dataset's marks, as text the accessibility tree reads with the file's name. */
export function renderDatasetMarks(
  localize: LocalizeController,
  marks: readonly DatasetMark[] | undefined,
) {
  if (!marks?.length) return nothing;
  // A space before each mark keeps it apart from the name in the text read out.
  return marks.map(
    (mark) =>
      html` <span class="dataset-mark" data-mark=${mark}
        ><sl-icon library=${ICON_LIBRARY} name=${MARK_ICONS[mark]} aria-hidden="true"></sl-icon
        >${markText(localize, mark)}</span
      >`,
  );
}

/** True when training on these datasets would leave files out or may fail on them. */
export function hasTrainingWarnings(datasets: readonly Dataset[] | undefined): boolean {
  if (!datasets) return false;
  return (
    unpairedAudio(datasets).length > 0 || emptyFiles(datasets.filter(isTrainingData)).length > 0
  );
}

function warningList(id: string, title: string, files: readonly Dataset[]) {
  if (!files.length) return nothing;
  return html`<p class="dialog-text warning-title" id=${id}>${title}</p>
    <ul class="warning-files" aria-labelledby=${id}>
      ${files.map((file) => html`<li class="file-name">${file.name}</li>`)}
    </ul>`;
}

/**
 * For "Start training?": the training data that will be left out (audio without a transcript) or
 * that training may fail on (empty files), by name. Nothing when the data has neither.
 */
export function renderTrainingWarnings(
  localize: LocalizeController,
  datasets: readonly Dataset[] | undefined,
) {
  if (!datasets || !hasTrainingWarnings(datasets)) return nothing;
  const unpaired = unpairedAudio(datasets);
  const empty = emptyFiles(datasets.filter(isTrainingData));
  return html`<div class="training-warnings">
    ${warningList('warning-unpaired', localize.term('cm.details.confirmUnpaired'), unpaired)}
    ${warningList('warning-empty', localize.term('cm.details.confirmEmpty'), empty)}
  </div>`;
}
