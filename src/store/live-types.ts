import type { CustomModel, CustomModelsApi, ModelQuery, ModelsChange } from '../api/types.js';
import type { Interest } from './feed.js';
import type { ResourceName } from './resource-name.js';

/** A view's interest in live status, registered while it is connected. */
export interface Observer extends Interest {
  /** The pages the view shows. */
  pages?: () => readonly ModelQuery[];
  /** The models the view shows on their own. */
  models?: () => readonly string[];
}

/** A training run that ended, as the store saw it change: a fact, told once per run. */
export interface TrainingEnded {
  model: CustomModel;
  outcome: 'success' | 'failed';
}

export type TrainingEndedHandler = (ended: TrainingEnded) => void;

/** What the live status needs of its store. */
export interface LiveStore {
  readonly api: CustomModelsApi;
  applyChange(change: ModelsChange): void;
  changed(...names: ResourceName[]): void;
}
