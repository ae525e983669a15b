import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NotifyDetail } from '../events/events.js';
import type { LocalizeController } from '../i18n/localize.js';
import type { CustomModelsStore } from '../store/custom-models-store.js';
import type { TrainingEnded } from '../store/live-types.js';
import { StoreSubscription } from './store-subscription.js';

/**
 * Who tells the store's facts (a training run ended) in one part of the document. The page and
 * the provider each give theirs to the elements inside them. The page tells every fact as a
 * notice (`tells`); the provider does not, but is told (`claim`) when a page inside it does, so
 * it leaves its own event to that page.
 */
export class AnnouncerScope {
  private readonly claims = new Set<object>();

  constructor(readonly tells: boolean) {}

  /** An element inside tells the facts from now on. */
  claim(by: object): void {
    this.claims.add(by);
  }

  release(by: object): void {
    this.claims.delete(by);
  }

  /** Whether an element inside tells the facts. */
  get claimed(): boolean {
    return this.claims.size > 0;
  }

  /** Whether the facts are told here or inside: the elements below leave them to it. */
  get told(): boolean {
    return this.tells || this.claimed;
  }
}

/** The nearest page's or provider's `AnnouncerScope`; a `Symbol.for` key, so two copies agree. */
export const customModelsAnnouncerContext = createContext<AnnouncerScope | undefined>(
  Symbol.for('custom-models:announcer'),
);

/**
 * Where an element stands among the views that tell notices. Give `provides` to the page
 * (`'tells'`) and the provider (`'relays'`): they give their scope to the elements inside, and
 * claim the scope above (a page inside a provider). Without it the element only reads the scope
 * above (the details).
 */
export class AnnouncerController implements ReactiveController {
  private readonly own?: AnnouncerScope;
  private above?: AnnouncerScope;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: { provides?: 'tells' | 'relays' } = {},
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: customModelsAnnouncerContext,
      subscribe: true,
      callback: (scope) => {
        if (this.own) this.above?.release(this.own);
        this.above = scope;
        if (this.own && host.isConnected) scope?.claim(this.own);
      },
    });
    if (options.provides) {
      this.own = new AnnouncerScope(options.provides === 'tells');
      new ContextProvider(host, { context: customModelsAnnouncerContext, initialValue: this.own });
    }
  }

  hostConnected(): void {
    if (this.own) this.above?.claim(this.own);
  }

  hostDisconnected(): void {
    if (this.own) this.above?.release(this.own);
  }

  /** Whether a page around this element tells the facts (or one inside the provider around it). */
  get toldAbove(): boolean {
    return this.above?.told ?? false;
  }

  /** Whether a page inside this element (a provider) tells the facts instead. */
  get claimed(): boolean {
    return this.own?.claimed ?? false;
  }
}

/**
 * Subscribes its host to the store's training-ended fact while connected, following the store
 * the host uses (`store()`): a `StoreSubscription`.
 */
export class TrainingEndedController extends StoreSubscription {
  constructor(
    host: ReactiveControllerHost,
    store: () => CustomModelsStore | undefined,
    onEnded: (ended: TrainingEnded) => void,
  ) {
    super(host, { store, subscribe: (s) => s.onTrainingEnded((ended) => onEnded(ended)) });
  }
}

/** The notice for an ended run, as whoever tells it sends it. */
export function trainingEndedNotice(
  localize: LocalizeController,
  { model, outcome }: TrainingEnded,
): NotifyDetail {
  const success = outcome === 'success';
  return {
    kind: success ? 'training-succeeded' : 'training-failed',
    variant: success ? 'success' : 'danger',
    message: localize.term(
      success ? 'cm.details.outcomeSuccess' : 'cm.details.outcomeFailed',
      model.name,
    ),
    modelId: String(model.id),
    modelName: model.name,
  };
}
