import { upload } from './i18n/en/upload.js';
import { defineElement } from './internal/define.js';
import { registerLibrary } from './internal/register.js';
import {
  DatasetUpload,
  UPLOAD_PURPOSES,
  type UploadPurpose,
} from './dataset-upload/dataset-upload.component.js';

export { DatasetUpload, UPLOAD_PURPOSES, type UploadPurpose };
export {
  REFUSAL_REASONS,
  datasetKindOf,
  type RefusalReason,
  type RefusedFile,
} from './uploads/dataset-rules.js';
export type { NamedDatasetKind } from './api/dataset-files.js';
// The pre-flight's settings and what it reports, for a host's own rules and checks (types only:
// the pre-flight itself loads on demand, with the upload).
export type { PreflightSettings } from './dataset-upload/preflight-controller.js';
export type {
  AudioFacts,
  FileCheck,
  FileReport,
  FindingParams,
  PreflightFinding,
  PreflightKind,
  PreflightRules,
  PreflightSeverity,
  SelectionCheck,
  SelectionReport,
  SelectionTotals,
  TextFacts,
} from './preflight/types.js';
export {
  UploadQueue,
  UploadItemEvent,
  UPLOAD_STATES,
  type UploadItem,
  type UploadState,
  type UploadFunction,
  type UploadQueueOptions,
} from './uploads/upload-queue.js';

// The upload's English loads with the upload (the page loads it with the details, on demand).
registerLibrary(upload);
defineElement('dataset-upload', DatasetUpload);

declare global {
  interface HTMLElementTagNameMap {
    'dataset-upload': DatasetUpload;
  }
}
