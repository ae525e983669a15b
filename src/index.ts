/**
 * Defines every element (the provider first, so it is there when consumers ask for context) and
 * exports every class, type and adapter.
 * @packageDocumentation
 */
export * from './custom-models-provider.js';
export * from './model-status-badge.js';
export * from './models-grid.js';
export * from './create-model-dialog.js';
export * from './delete-model-dialog.js';
export * from './custom-models-guide.js';
export * from './custom-models-page.js';
export * from './custom-model-details.js';
export * from './dataset-upload.js';
export * from './custom-model-picker.js';
export * from './adapters.js';
export { LocalizeController, resolveLang, type TermKey } from './i18n/localize.js';
export { registerCustomModelsTranslation } from './i18n/host-translations.js';
export type { CustomModelsTranslation, CustomModelsTranslationOf } from './i18n/en.js';
export {
  formatCount,
  formatPercent,
  plural,
  type PluralForms,
  type SectionOf,
} from './i18n/catalogue.js';
// Every shipped language, ours and Shoelace's own strings: Dutch, French, German.
import './translations/nl.js';
import './translations/fr.js';
import './translations/de.js';
export { CustomModelsElement } from './internal/base-element.js';
export { customModelsApiContext, customModelsStoreContext } from './internal/context.js';
export * from './events/events.js';
export { ModelEvaluatedEvent } from './events/model-evaluated.js';
export * from './store/index.js';
