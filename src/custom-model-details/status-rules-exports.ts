export { isBusyStatus, isTrainableStatus, TRAINABLE_STATUSES } from '../api/status-rules.js';
