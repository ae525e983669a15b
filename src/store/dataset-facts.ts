import type { Dataset } from '../api/types.js';

/** What the upload's pre-flight read of a file: its seconds of audio, its words of speech. */
export type ReadFacts = Pick<Dataset, 'durationSeconds' | 'words'>;

const known = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * What the upload's pre-flight read from the files this store uploaded, by model and dataset id:
 * it fills a dataset's `durationSeconds` and `words` wherever the adapter gives none (the
 * adapter's own values win). Part of the store (it owns the datasets); kept for the page's life.
 */
export class DatasetFacts {
  private readonly byModel = new Map<string, Map<string, ReadFacts>>();

  /** Keeps what was read of `datasetId`'s file (numbers only; nothing when nothing was read). */
  remember(modelId: string, datasetId: string, read: ReadFacts | undefined): void {
    const facts: ReadFacts = {};
    if (known(read?.durationSeconds)) facts.durationSeconds = read.durationSeconds;
    if (known(read?.words)) facts.words = read.words;
    if (facts.durationSeconds === undefined && facts.words === undefined) return;
    let datasets = this.byModel.get(modelId);
    if (!datasets) this.byModel.set(modelId, (datasets = new Map()));
    datasets.set(String(datasetId), facts);
  }

  /** `dataset` with what was read where the adapter gave nothing (a copy when anything is added). */
  apply(modelId: string, dataset: Dataset): Dataset {
    const facts = this.byModel.get(modelId)?.get(String(dataset.id));
    if (!facts) return dataset;
    const filled = { ...dataset };
    if (!known(dataset.durationSeconds) && facts.durationSeconds !== undefined)
      filled.durationSeconds = facts.durationSeconds;
    if (!known(dataset.words) && facts.words !== undefined) filled.words = facts.words;
    return filled;
  }

  /** Forgets a dataset, or every dataset of a model. */
  forget(modelId: string, datasetId?: string): void {
    if (datasetId === undefined) this.byModel.delete(modelId);
    else this.byModel.get(modelId)?.delete(String(datasetId));
  }
}
