import type { ReactiveControllerHost, ReactiveElement } from 'lit';
import type { CustomModel, Dataset } from '../api/types.js';
import type { NotifyKind, NotifyVariant } from '../events/events.js';
import type { LocalizeController } from '../i18n/localize.js';
import type { CustomModelsStore } from '../store/custom-models-store.js';
import type { PreflightSettings } from '../dataset-upload/preflight-controller.js';

/**
 * What the details' sections (header, status panel, datasets) need from the element: the model
 * and datasets as the store has them now, the store to change them, strings, and a way to tell.
 */
export interface DetailsHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly localize: LocalizeController;
  readonly store: CustomModelsStore | undefined;
  readonly model: CustomModel | undefined;
  readonly datasets: Dataset[] | undefined;
  /** Training credits left, when the session says. */
  readonly credits: number | undefined;
  /** The host's pre-flight settings for the uploads (`false`: none). */
  readonly preflight: PreflightSettings | false;
  dispatchEvent(event: Event): boolean;
  /** Tells a notice about the model shown (`custom-models-notify`; a page shows it). */
  notify(kind: NotifyKind, variant: NotifyVariant, message: string): void;
  formatDate(iso: string | undefined): string;
}

/** What the element keeps to itself and gives its sections (as functions: read when called). */
export interface DetailsOwn {
  localize: () => LocalizeController;
  store: () => CustomModelsStore | undefined;
  model: () => CustomModel | undefined;
  datasets: () => Dataset[] | undefined;
  credits: () => number | undefined;
  preflight: () => PreflightSettings | false;
  notify: DetailsHost['notify'];
  formatDate: DetailsHost['formatDate'];
}

/** The sections' view of the details element: its controller host, and what `own` reads. */
export function detailsHost(element: ReactiveElement, own: DetailsOwn): DetailsHost {
  return {
    addController: (controller) => element.addController(controller),
    removeController: (controller) => element.removeController(controller),
    requestUpdate: () => element.requestUpdate(),
    get updateComplete() {
      return element.updateComplete;
    },
    get renderRoot() {
      return element.renderRoot;
    },
    get localize() {
      return own.localize();
    },
    get store() {
      return own.store();
    },
    get model() {
      return own.model();
    },
    get datasets() {
      return own.datasets();
    },
    get credits() {
      return own.credits();
    },
    get preflight() {
      return own.preflight();
    },
    dispatchEvent: (event) => element.dispatchEvent(event),
    notify: own.notify,
    formatDate: own.formatDate,
  };
}
