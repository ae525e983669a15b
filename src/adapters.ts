/**
 * The adapter contract (`CustomModelsApi` and its types, errors, status rules, the context keys)
 * and the shipped adapters, without defining any element.
 * @packageDocumentation
 */
export {
  BUSY_STATUSES,
  DATASET_KINDS,
  DELETE_ROLES,
  FILTER_FIELDS,
  MAX_MODEL_NAME_LENGTH,
  SORT_FIELDS,
  TRAINING_STATUSES,
  TrainingStatus,
  canDelete,
  isTrainingStatus,
  type AdapterCapabilities,
  type CustomModel,
  type CustomModelsApi,
  type Dataset,
  type DatasetKind,
  type Evaluation,
  type EvaluationFileResult,
  type EvaluationStatus,
  type FilterField,
  type Language,
  type ModelFilters,
  type ModelPage,
  type ModelQuery,
  type ModelSort,
  type ModelsChange,
  type Organization,
  type RequestOptions,
  type Role,
  type Session,
  type SortDirection,
  type SortField,
  type UploadOptions,
  type WordErrorScore,
} from './api/types.js';
export {
  API_ERROR_KINDS,
  CustomModelsApiError,
  isAbortError,
  type ApiErrorKind,
  type CustomModelsApiErrorInit,
} from './api/errors.js';
export {
  TRAINABLE_STATUSES,
  forbiddenReason,
  isAllowed,
  isBusyStatus,
  isTrainableStatus,
  type ModelAction,
  type RuleReason,
} from './api/status-rules.js';
export {
  InMemoryCustomModelsApi,
  type InMemoryOptions,
} from './adapters/in-memory/in-memory-api.js';
export {
  SCRIPTIX_DEFAULT_BASE_URL,
  SCRIPTIX_DEFAULT_CAPABILITIES,
  SCRIPTIX_DEFAULT_DATA_TYPES,
  SCRIPTIX_DEFAULT_FILTER_PARAMS,
  SCRIPTIX_DEFAULT_PATHS,
  SCRIPTIX_DEFAULT_POLL_INTERVAL_MS,
  SCRIPTIX_DEFAULT_SORT_FIELDS,
  SCRIPTIX_DEFAULT_TIMEOUT_MS,
  SCRIPTIX_PLAN_MESSAGE,
  SCRIPTIX_STATUS_MESSAGES,
  ScriptixApi,
  type ScriptixApiOptions,
  type ScriptixPaths,
  type ScriptixTokenSource,
} from './adapters/scriptix/index.js';
