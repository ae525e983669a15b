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
