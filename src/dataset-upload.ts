import { defineElement } from './internal/define.js';
import {
  DatasetUpload,
  UPLOAD_PURPOSES,
  type UploadPurpose,
} from './dataset-upload/dataset-upload.component.js';

export { DatasetUpload, UPLOAD_PURPOSES, type UploadPurpose };
export * from './uploads/dataset-rules.js';
export {
  UploadQueue,
  UploadItemEvent,
  UPLOAD_STATES,
  type UploadItem,
  type UploadState,
  type UploadFunction,
  type UploadQueueOptions,
} from './uploads/upload-queue.js';

defineElement('dataset-upload', DatasetUpload);

declare global {
  interface HTMLElementTagNameMap {
    'dataset-upload': DatasetUpload;
  }
}
