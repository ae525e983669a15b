export {
  CustomModelsStore,
  pageKey,
  pageName,
  type ResourceName,
  type StoreListener,
} from './custom-models-store.js';
export type { Observer, TrainingEnded, TrainingEndedHandler } from './live-types.js';
export { languageLabel } from './language-label.js';
