export { CustomModelsStore, pageKey, type ResourceName } from './custom-models-store.js';
export type { Observer, TrainingEnded, TrainingEndedHandler } from './live-updates.js';
export { languageLabel } from './language-label.js';
