import type { KnownErrorCode } from '../../api/errors.js';
import type { Dataset } from '../../api/types.js';
import { TrainingStatus } from '../../api/types.js';
import { now } from './clock.js';
import type { ModelIndex, Row } from './model-index.js';
import { error } from './validation.js';
import { isBusyStatus, isTrainableStatus } from '../../api/status-rules.js';

/** The statuses of a model in a training run: queued (Ready to Run) or Running. */

/** Share of a training run spent queued in Ready to Run before it starts Running. */
const QUEUED_SHARE = 0.15;
/** Progress rises 10 points per tick, then one more tick gives the result. */
const PROGRESS_STEP = 10;
const RUNNING_TICKS = 100 / PROGRESS_STEP + 1;

/** What a run reads from, and tells, the adapter that owns the models. */
export interface LifecycleHost {
  /** Read at every step, so a change of `api.trainingTimeMs` applies from the next step. */
  trainingTimeMs(): number;
  datasets(modelId: string): readonly Dataset[];
  emitModel(id: string): void;
  save(): void;
}

/** Refuses a run the server would refuse: the model is busy or done, or has no datasets. */
export function checkCanStart(row: Row, datasetCount: number): void {
  const status = row.model.trainingStatus;
  if (isBusyStatus(status))
    throw error(
      'conflict',
      409,
      'This model is already queued or training.',
      undefined,
      'model-busy',
    );
  if (!isTrainableStatus(status)) {
    throw error('conflict', 409, 'Only models that are not running or that failed can be trained.');
  }
  if (!datasetCount) {
    throw error(
      'validation',
      422,
      'Upload at least one dataset before training.',
      undefined,
      'no-audio',
    );
  }
}

/** Why training on these datasets fails, or undefined when the data is good. */
function trainingFailure(
  datasets: readonly Dataset[],
): { message: string; code: KnownErrorCode; datasetIds?: string[] } | undefined {
  const empty = datasets.find((d) => d.kind === 'transcript' && d.sizeBytes === 0);
  if (empty) {
    return {
      message: `Training failed: transcript "${empty.name}" is empty.`,
      code: 'empty-transcript',
      // The dataset the message names, so the details can mark its row.
      datasetIds: [empty.id],
    };
  }
  if (!datasets.some((d) => d.kind === 'audio'))
    return { message: 'Training failed: no audio files were uploaded.', code: 'no-audio' };
  return undefined;
}

/**
 * Training runs on timers, as the server runs them: Ready to Run, then Running with progress in
 * steps, then Success, or Failed with the reason the datasets give.
 */
export class TrainingLifecycle {
  /** Models whose lifecycle this adapter drives (seeded busy models stay as they are). */
  private readonly training = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly index: ModelIndex,
    private readonly host: LifecycleHost,
  ) {}

  /** The models whose run is driven here, kept in the persisted state to resume on reload. */
  ids(): string[] {
    return [...this.training];
  }

  /** Drives a busy model's run from where it is now: a new run, or one resumed. */
  start(id: string): void {
    this.training.add(id);
    this.schedule(id);
  }

  /** Plans the next lifecycle step of a busy model from where it is now. */
  private schedule(id: string): void {
    const row = this.index.get(id);
    if (!row) return;
    const total = Math.max(0, this.host.trainingTimeMs());
    if (row.model.trainingStatus === TrainingStatus.ReadyToRun) {
      this.later(id, total * QUEUED_SHARE, () => {
        this.setStatus(row, TrainingStatus.Running, { progress: 0 });
        this.host.save();
        this.schedule(id);
      });
    } else if (row.model.trainingStatus === TrainingStatus.Running) {
      this.later(id, (total * (1 - QUEUED_SHARE)) / RUNNING_TICKS, () => {
        const progress = row.model.trainingProgress ?? 0;
        if (progress < 100) {
          // Progress is neither sorted nor filtered on: change it in place, no re-index.
          row.model.trainingProgress = Math.min(100, progress + PROGRESS_STEP);
          this.host.emitModel(id);
          this.schedule(id);
        } else {
          this.finish(row);
        }
      });
    } else {
      this.training.delete(id);
    }
  }

  private finish(row: Row): void {
    const failure = trainingFailure(this.host.datasets(row.model.id));
    if (failure) this.setStatus(row, TrainingStatus.Failed, failure);
    else this.setStatus(row, TrainingStatus.Success);
    this.training.delete(row.model.id);
    this.host.save();
  }

  private later(id: string, ms: number, run: () => void): void {
    clearTimeout(this.timers.get(id));
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        run();
      }, ms),
    );
  }

  /** Ends the model's run here, as when it is deleted. */
  stop(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.training.delete(id);
  }

  setStatus(
    row: Row,
    status: TrainingStatus,
    extra: { progress?: number; message?: string; code?: string; datasetIds?: string[] } = {},
  ): void {
    this.index.update(row, (model) => {
      model.trainingStatus = status;
      model.lastModified = now();
      if (extra.progress === undefined) delete model.trainingProgress;
      else model.trainingProgress = extra.progress;
      if (extra.message === undefined) delete model.statusMessage;
      else model.statusMessage = extra.message;
      if (extra.code === undefined) delete model.statusCode;
      else model.statusCode = extra.code;
      if (extra.datasetIds === undefined) delete model.statusDatasetIds;
      else model.statusDatasetIds = [...extra.datasetIds];
    });
    this.host.emitModel(row.model.id);
  }

  /** Stops every timer; the models stay where they are. */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
