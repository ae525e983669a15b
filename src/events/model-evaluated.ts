import type { CustomModel, Evaluation } from '../api/types.js';
import { CustomModelsEvent } from './custom-models-event.js';

export interface ModelEvaluatedDetail {
  /** The model as the store has it (undefined if it was never loaded here). */
  model: CustomModel | undefined;
  /** The evaluation as it ended: `done` with its scores, or `failed` with its reason. */
  evaluation: Evaluation;
}

/**
 * A model's accuracy measurement ended (done or failed): fired once per run by the details that
 * show the model, which also show it as a toast.
 */
export class ModelEvaluatedEvent extends CustomModelsEvent<ModelEvaluatedDetail> {
  static override readonly eventName = 'model-evaluated';
  constructor(detail: ModelEvaluatedDetail) {
    super(ModelEvaluatedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}
