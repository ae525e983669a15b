import type { ReactiveControllerHost } from 'lit';
import type { CustomModel, Dataset } from '../api/types.js';
import type { NotifyKind, NotifyVariant } from '../events/events.js';
import type { LocalizeController } from '../i18n/localize.js';
import type { CustomModelsStore } from '../store/custom-models-store.js';

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
  dispatchEvent(event: Event): boolean;
  /** Tells a notice about the model shown (`custom-models-notify`; a page shows it). */
  notify(kind: NotifyKind, variant: NotifyVariant, message: string): void;
  formatDate(iso: string | undefined): string;
}
