/**
 * Defines every element (the provider first, so it is there when consumers ask for context; the
 * parts the page shows on demand when one first appears in the document) and
 * exports what a host uses: the element classes, the events, the adapter contract and the shipped
 * adapters, the store, and the translation functions. The conformance kit has its own entry
 * (`conformance.js`): it is test-time code. Every name here is in etc/index.api.md.
 * @packageDocumentation
 */
export { CustomModelsProvider } from './custom-models-provider.js';
export { ModelStatusBadge } from './model-status-badge.js';
export { GRID_COLUMNS, ModelsGrid, PAGE_SIZES, type GridColumn } from './models-grid.js';
export { CustomModelsPage } from './custom-models-page.js';
export {
  CustomModelPicker,
  CustomModelPickerChangeEvent,
  formatPickerValue,
  parsePickerValue,
  type CustomModelPickerChangeDetail,
  type CustomModelPickerSelection,
} from './custom-model-picker.js';
// What the page shows on demand (the details with their upload, the dialogs, the guide) is
// defined when one first appears in the document, its module loaded then: a host's build keeps it
// out of the entry, as the page's own entry does. Their classes come from the class modules, which
// define nothing (a host that uses one with `new`, or in its own shadow root, imports its define
// module, e.g. `@scriptix/custom-models-elements/custom-model-details.js`).
export { CreateModelDialog } from './create-model-dialog/create-model-dialog.component.js';
export { DeleteModelDialog } from './delete-model-dialog/delete-model-dialog.component.js';
export { CustomModelsGuide } from './custom-models-guide/custom-models-guide.component.js';
export { CustomModelDetails } from './custom-model-details/custom-model-details.component.js';
export {
  DatasetUpload,
  UPLOAD_PURPOSES,
  type UploadPurpose,
} from './dataset-upload/dataset-upload.component.js';
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
export * from './adapters.js';
export * from './store.js';
export { customModelsApiContext } from './internal/context.js';
export { CustomModelsElement } from './internal/base-element.js';
export { LocalizeController, type TermKey } from './i18n/localize.js';
export { registerCustomModelsTranslation } from './i18n/host-translations.js';
export type { CustomModelsTranslation, CustomModelsTranslationOf } from './i18n/en.js';
export { plural, type PluralForms } from './i18n/catalogue.js';
export * from './events/events.js';
export { CustomModelsEvent } from './events/custom-models-event.js';
export { ModelEvaluatedEvent, type ModelEvaluatedDetail } from './events/model-evaluated.js';
import { defineOnDemand } from './internal/define-on-demand.js';
import { LazyModule } from './internal/lazy-module.js';
// Every shipped language, ours and Shoelace's own strings: Dutch, French, German.
import './translations/nl.js';
import './translations/fr.js';
import './translations/de.js';

defineOnDemand([
  new LazyModule('custom-model-details', () => import('./custom-model-details.js')),
  new LazyModule('dataset-upload', () => import('./dataset-upload.js')),
  new LazyModule('create-model-dialog', () => import('./create-model-dialog.js')),
  new LazyModule('delete-model-dialog', () => import('./delete-model-dialog.js')),
  new LazyModule('custom-models-guide', () => import('./custom-models-guide.js')),
]);

// Their tags' types, as the define modules declare them (types only: nothing is imported).
export type {} from './custom-model-details.js';
export type {} from './dataset-upload.js';
export type {} from './create-model-dialog.js';
export type {} from './delete-model-dialog.js';
export type {} from './custom-models-guide.js';
