export { ScriptixApi } from './scriptix-api.js';
export {
  SCRIPTIX_DEFAULT_BASE_URL,
  SCRIPTIX_DEFAULT_TIMEOUT_MS,
  SCRIPTIX_DEFAULT_CAPABILITIES,
  SCRIPTIX_DEFAULT_DATA_TYPES,
  SCRIPTIX_DEFAULT_FILTER_PARAMS,
  SCRIPTIX_DEFAULT_PATHS,
  SCRIPTIX_DEFAULT_POLL_INTERVAL_MS,
  SCRIPTIX_DEFAULT_SORT_FIELDS,
  type ScriptixApiOptions,
  type ScriptixPaths,
  type ScriptixTokenSource,
} from './options.js';
export { SCRIPTIX_PLAN_MESSAGE, SCRIPTIX_STATUS_MESSAGES, errorFromResponse } from './errors.js';
export type {
  WireDataset,
  WireEnvelope,
  WireModel,
  WireTrainingLog,
  WireUploadResult,
} from './wire.js';
