import { TrainingStatus } from '../api/types.js';

export { isBusyStatus, isTrainableStatus } from '../api/status-rules.js';

/** Statuses from which training can be started ("Train the Language" is shown). */
export const TRAINABLE_STATUSES = [TrainingStatus.NotRunning, TrainingStatus.Failed] as const;
