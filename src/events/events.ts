import type { CustomModel, Dataset, ModelFilters } from '../api/types.js';
import type { ModelEvaluatedEvent } from './model-evaluated.js';
import { CustomModelsEvent } from './custom-models-event.js';

/*
 * The library's public events. Each bubbles and is composed, so a host listening on the page (or
 * any ancestor) hears it through the shadow roots, and carries a typed `detail`.
 */

export interface ModelOpenDetail {
  id: string;
}
export interface ModelCreatedDetail {
  model: CustomModel;
}
export interface ModelUpdatedDetail {
  model: CustomModel;
}
export interface ModelDeletedDetail {
  id: string;
}
export interface ModelDeleteRequestDetail {
  model: CustomModel;
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ForceAlignmentRequestedDetail {}
/** The trained model the user asked to use. */
export interface ModelUseRequestedDetail {
  /** The model's id. */
  id: string;
  /** The model's key: what a transcription request names to use it. */
  key: string;
  /** The model's name, as shown. */
  name: string;
}

/**
 * A name, base-language or key cell, or the Edit action, was activated. Cancelable: a host that
 * routes itself calls `preventDefault()`; otherwise the page shows its details view.
 */
export class ModelOpenEvent extends CustomModelsEvent<ModelOpenDetail> {
  static override readonly eventName = 'model-open';
  constructor(detail: ModelOpenDetail) {
    super(ModelOpenEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** A model was created. */
export class ModelCreatedEvent extends CustomModelsEvent<ModelCreatedDetail> {
  static override readonly eventName = 'model-created';
  constructor(detail: ModelCreatedDetail) {
    super(ModelCreatedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** A model was renamed or its training started. */
export class ModelUpdatedEvent extends CustomModelsEvent<ModelUpdatedDetail> {
  static override readonly eventName = 'model-updated';
  constructor(detail: ModelUpdatedDetail) {
    super(ModelUpdatedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** A model was deleted. */
export class ModelDeletedEvent extends CustomModelsEvent<ModelDeletedDetail> {
  static override readonly eventName = 'model-deleted';
  constructor(detail: ModelDeletedDetail) {
    super(ModelDeletedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/**
 * The grid's Delete action was activated. The grid never deletes by itself: the page answers with
 * the confirmation dialog. Cancelable, so a host can show its own confirmation.
 */
export class ModelDeleteRequestEvent extends CustomModelsEvent<ModelDeleteRequestDetail> {
  static override readonly eventName = 'model-delete-request';
  constructor(detail: ModelDeleteRequestDetail) {
    super(ModelDeleteRequestEvent.eventName, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

/** The banner's Force Alignment link was activated with no `force-alignment-href` set. Cancelable. */
export class ForceAlignmentRequestedEvent extends CustomModelsEvent<ForceAlignmentRequestedDetail> {
  static override readonly eventName = 'force-alignment-requested';
  constructor() {
    super(ForceAlignmentRequestedEvent.eventName, {
      detail: {},
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

/**
 * "Use this model" was activated on a trained model (the details' next step after Success). The host
 * takes the user to where the model is used (a transcription upload with it chosen, say). Cancelable:
 * with `use-model-href` set, the button is a link to it and `preventDefault()` keeps the browser from
 * following it (route yourself); without a link, the button is offered only when the host says it
 * handles this event (`use-model-event`).
 */
export class ModelUseRequestedEvent extends CustomModelsEvent<ModelUseRequestedDetail> {
  static override readonly eventName = 'model-use-requested';
  constructor(detail: ModelUseRequestedDetail) {
    super(ModelUseRequestedEvent.eventName, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

export type NotifyVariant = 'success' | 'danger' | 'warning' | 'primary' | 'neutral';

/**
 * What a notice is about: stable names a host routes by (its own toasts, a notification centre,
 * nothing at all). New kinds may be added; the existing ones keep their meaning.
 */
export type NotifyKind =
  /** A model was created (create dialog). */
  | 'model-created'
  /** A model was deleted (delete dialog). */
  | 'model-deleted'
  /** A delete failed; the model stays (delete dialog). `message` says why. */
  | 'model-delete-failed'
  /** A model was renamed (details). */
  | 'model-renamed'
  /** Training was started (details). */
  | 'training-started'
  /** A training run ended well, wherever the user is (page, else details). */
  | 'training-succeeded'
  /** A training run failed (page, else details). */
  | 'training-failed'
  /** Files of one selection finished uploading (upload); `message` says how many, and failures. */
  | 'datasets-uploaded'
  /** A dataset was deleted (details). */
  | 'dataset-deleted'
  /** A measurement of accuracy ended with a result (details). */
  | 'accuracy-measured'
  /** A measurement of accuracy failed (details). */
  | 'accuracy-failed'
  /** A part of the page could not be loaded (the page's on-demand dialogs). */
  | 'load-failed';

export interface NotifyDetail {
  /** What the notice is about, to route by. */
  kind: NotifyKind;
  variant: NotifyVariant;
  /** Plain text in the element's language; shown as text, never as HTML. */
  message: string;
  /** The model it is about, when it is about one. */
  modelId?: string;
  /** That model's name when the notice was made. */
  modelName?: string;
}

/**
 * An element has something to tell the user ("Custom model created successfully", a training run
 * that ended, an error). Every notice the elements show goes out as this event first. Bubbling,
 * composed and cancelable: `<custom-models-page>` shows it in its toast stack unless a listener
 * calls `preventDefault()`, so a host with its own notification centre cancels it and shows it
 * there (route by `detail.kind`). Elements used without the page only fire it.
 */
export class NotifyEvent extends CustomModelsEvent<NotifyDetail> {
  static override readonly eventName = 'custom-models-notify';
  constructor(detail: NotifyDetail) {
    super(NotifyEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** The empty grid's "New Custom Model" action was activated; the page opens the create dialog. */
export class ModelCreateRequestEvent extends CustomModelsEvent {
  static override readonly eventName = 'model-create-request';
  constructor() {
    super(ModelCreateRequestEvent.eventName, { bubbles: true, composed: true });
  }
}

export interface ModelDetailsBackDetail {
  /** The model whose details were shown. */
  id: string;
}
export interface DatasetUploadedDetail {
  modelId: string;
  dataset: Dataset;
}
export interface DatasetDeletedDetail {
  modelId: string;
  datasetId: string;
}

/**
 * The details view's "Back to custom models" was activated. Cancelable: the page shows its list;
 * a host that routes itself calls `preventDefault()` (which also stops a `back-href` link).
 */
export class ModelDetailsBackEvent extends CustomModelsEvent<ModelDetailsBackDetail> {
  static override readonly eventName = 'model-details-back';
  constructor(detail: ModelDetailsBackDetail) {
    super(ModelDetailsBackEvent.eventName, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

/** One dataset file finished uploading (fired per file, as each completes). */
export class DatasetUploadedEvent extends CustomModelsEvent<DatasetUploadedDetail> {
  static override readonly eventName = 'dataset-uploaded';
  constructor(detail: DatasetUploadedDetail) {
    super(DatasetUploadedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** A dataset was deleted from a model, after the user confirmed. */
export class DatasetDeletedEvent extends CustomModelsEvent<DatasetDeletedDetail> {
  static override readonly eventName = 'dataset-deleted';
  constructor(detail: DatasetDeletedDetail) {
    super(DatasetDeletedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface GridStateChangeDetail {
  /** 1-based page. */
  page: number;
  pageSize: number;
  /** `field:direction` (e.g. `name:asc`), or '' for no sort: the form of the `sort` attribute. */
  sort: string;
  /** The active filters; `{}` when none. */
  filters: ModelFilters;
}

/**
 * The user changed the grid's page, page size, sort or filters. Fired on user action only (never
 * when a host sets the properties), so a host can mirror the state in its URL without loops.
 */
export class GridStateChangeEvent extends CustomModelsEvent<GridStateChangeDetail> {
  static override readonly eventName = 'grid-state-change';
  constructor(detail: GridStateChangeDetail) {
    super(GridStateChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface ModelTrainingEndedDetail {
  /** The model as it is now (status 4 Success or 5 Failed). */
  model: CustomModel;
  /** How the run ended. */
  outcome: 'success' | 'failed';
}

/**
 * A training run ended, wherever the user is (the list, another model's details): fired once per
 * run by the page (or, without a page, by the provider). The notice for it is a separate
 * `custom-models-notify` (kind `training-succeeded` or `training-failed`).
 */
export class ModelTrainingEndedEvent extends CustomModelsEvent<ModelTrainingEndedDetail> {
  static override readonly eventName = 'model-training-ended';
  constructor(detail: ModelTrainingEndedDetail) {
    super(ModelTrainingEndedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

// The accuracy event lives apart: only the details' Accuracy section (loaded on demand) fires
// it, so the entry points do not carry its class.
export type { ModelEvaluatedDetail, ModelEvaluatedEvent } from './model-evaluated.js';

declare global {
  interface HTMLElementEventMap {
    'model-evaluated': ModelEvaluatedEvent;
    'model-training-ended': ModelTrainingEndedEvent;
    'grid-state-change': GridStateChangeEvent;
    'model-details-back': ModelDetailsBackEvent;
    'dataset-uploaded': DatasetUploadedEvent;
    'dataset-deleted': DatasetDeletedEvent;
    'model-open': ModelOpenEvent;
    'model-created': ModelCreatedEvent;
    'model-updated': ModelUpdatedEvent;
    'model-deleted': ModelDeletedEvent;
    'model-delete-request': ModelDeleteRequestEvent;
    'force-alignment-requested': ForceAlignmentRequestedEvent;
    'model-use-requested': ModelUseRequestedEvent;
    'custom-models-notify': NotifyEvent;
    'model-create-request': ModelCreateRequestEvent;
  }
}
