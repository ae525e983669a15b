import { BUSY_STATUSES, TrainingStatus } from './types.js';

/**
 * What a user may do to a model in each training status: the one place the elements (and the
 * in-memory adapter) read it from. An action the rules forbid is shown disabled with its reason,
 * never offered and then refused; adapters keep refusing it too, since their servers do.
 */

/**
 * The actions the rules decide. `upload` is any dataset (a test set too); `uploadTraining` is
 * training data (audio, transcripts, manifests), which only a model that can still be trained uses.
 */
export type ModelAction =
  'rename' | 'delete' | 'upload' | 'uploadTraining' | 'deleteDataset' | 'train';

/** Why an action is not allowed: a translation key under `cm.rules.*`. */
export type RuleReason =
  | 'cm.rules.renameTraining'
  | 'cm.rules.deleteTraining'
  | 'cm.rules.datasetsBusy'
  | 'cm.rules.uploadTrained'
  | 'cm.rules.trainStatus'
  | 'cm.rules.trainNeedsData';

/** Statuses from which training can be started ("Train the Language" is shown; hidden in 2–4). */
export const TRAINABLE_STATUSES = [TrainingStatus.NotRunning, TrainingStatus.Failed] as const;

/** Queued or training (`BUSY_STATUSES`): no dataset changes, live status on. */
const BUSY: ReadonlySet<number> = new Set(BUSY_STATUSES);
const TRAINABLE: ReadonlySet<number> = new Set(TRAINABLE_STATUSES);

/** True while a model is queued or training. */
export function isBusyStatus(status: number | undefined): boolean {
  return BUSY.has(status as number);
}

/** True when "Train the Language" applies to a model in this status. */
export function isTrainableStatus(status: number | undefined): boolean {
  return TRAINABLE.has(status as number);
}

/**
 * Why `action` is forbidden for a model in `status`, or undefined when it is allowed. `train` also
 * needs data: pass `hasData` (unknown counts as none).
 */
export function forbiddenReason(
  action: ModelAction,
  status: number | undefined,
  context: { hasData?: boolean } = {},
): RuleReason | undefined {
  switch (action) {
    case 'rename':
      return status === TrainingStatus.Running ? 'cm.rules.renameTraining' : undefined;
    case 'delete':
      return status === TrainingStatus.Running ? 'cm.rules.deleteTraining' : undefined;
    case 'upload':
    case 'deleteDataset':
      return isBusyStatus(status) ? 'cm.rules.datasetsBusy' : undefined;
    case 'uploadTraining':
      // The spec: no "Train the Language" after Success, so new training data is never used.
      if (isBusyStatus(status)) return 'cm.rules.datasetsBusy';
      return status === TrainingStatus.Success ? 'cm.rules.uploadTrained' : undefined;
    case 'train':
      if (!isTrainableStatus(status)) return 'cm.rules.trainStatus';
      return context.hasData ? undefined : 'cm.rules.trainNeedsData';
  }
}

/** True when the rules allow `action` for a model in `status`. */
export function isAllowed(
  action: ModelAction,
  status: number | undefined,
  context?: { hasData?: boolean },
): boolean {
  return forbiddenReason(action, status, context) === undefined;
}
