/**
 * Defines every element (the provider first, so it is there when consumers ask for context) and
 * exports what a host uses: the element classes, the events, the adapter contract and the shipped
 * adapters, the store, and the translation functions. The conformance kit has its own entry
 * (`conformance.js`): it is test-time code. Every name here is in etc/index.api.md.
 * @packageDocumentation
 */
export { CustomModelsProvider } from './custom-models-provider.js';
export { ModelStatusBadge } from './model-status-badge.js';
export { GRID_COLUMNS, ModelsGrid, PAGE_SIZES, type GridColumn } from './models-grid.js';
export { CreateModelDialog } from './create-model-dialog.js';
export { DeleteModelDialog } from './delete-model-dialog.js';
export { CustomModelsGuide } from './custom-models-guide.js';
export { CustomModelsPage } from './custom-models-page.js';
export { CustomModelDetails } from './custom-model-details.js';
export {
  DatasetUpload,
  UPLOAD_PURPOSES,
  UPLOAD_STATES,
  UploadItemEvent,
  UploadQueue,
  REFUSAL_REASONS,
  datasetKindOf,
  type NamedDatasetKind,
  type RefusalReason,
  type RefusedFile,
  type UploadFunction,
  type UploadItem,
  type UploadPurpose,
  type UploadQueueOptions,
  type UploadState,
  type AudioFacts,
  type FileCheck,
  type FileReport,
  type FindingParams,
  type PreflightFinding,
  type PreflightKind,
  type PreflightRules,
  type PreflightSettings,
  type PreflightSeverity,
  type SelectionCheck,
  type SelectionReport,
  type SelectionTotals,
  type TextFacts,
} from './dataset-upload.js';
export {
  CustomModelPicker,
  CustomModelPickerChangeEvent,
  formatPickerValue,
  parsePickerValue,
  type CustomModelPickerChangeDetail,
  type CustomModelPickerSelection,
} from './custom-model-picker.js';
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
// Every shipped language, ours and Shoelace's own strings: Dutch, French, German.
import './translations/nl.js';
import './translations/fr.js';
import './translations/de.js';
