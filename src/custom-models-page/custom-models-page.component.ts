import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import '@shoelace-style/shoelace/dist/components/icon-button/icon-button.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import { provide } from '@lit/context';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { customModelsApiContext, customModelsStoreContext } from '../internal/context.js';
import { canDelete, type CustomModel, type CustomModelsApi } from '../api/types.js';
import { deepActiveElement } from '../controllers/dialog-controller.js';
import { sessionResource } from '../controllers/store-resources.js';
import {
  type ModelDeletedEvent,
  type ModelDeleteRequestEvent,
  type ModelDetailsBackEvent,
  type ModelCreatedEvent,
  ModelOpenEvent,
  ModelTrainingEndedEvent,
  NotifyEvent,
  type NotifyVariant,
} from '../events/events.js';
import type { CustomModelsStore } from '../store/custom-models-store.js';
import type { TrainingEnded } from '../store/live-types.js';
import {
  AnnouncerController,
  TrainingEndedController,
  trainingEndedNotice,
} from '../controllers/announcer.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { StoredFlagController } from '../controllers/stored-flag-controller.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { errorMessage } from '../internal/error-message.js';
import { registryOf } from '../internal/scoped-registry.js';
import { renderSessionError } from '../internal/session-error.js';
import { alertStyles } from '../internal/alert-styles.js';
import { hostStyles, visuallyHidden } from '../internal/styles.js';
import type { CreateModelDialog } from '../create-model-dialog/create-model-dialog.component.js';
import type { CustomModelsGuide } from '../custom-models-guide/custom-models-guide.component.js';
import type { ModelsGrid } from '../models-grid/models-grid.component.js';
import type { CustomModelDetails } from '../custom-model-details/custom-model-details.component.js';
import type { DeleteModelDialog } from '../delete-model-dialog/delete-model-dialog.component.js';
import { pageStyles } from './custom-models-page.styles.js';
import { LazyModule } from '../internal/lazy-module.js';
import { renderPageBanner } from './page-banner.js';
import { renderPageHeader } from './page-header.js';
import { CreatedModel } from './created-model.js';
import { ToastController } from './toast-controller.js';
import { UrlBindingController } from './url-binding.js';
import { renderToasts } from './page-toasts.js';
import type { PreflightSettings } from '../dataset-upload/preflight-controller.js';

/** localStorage key that records the guide was shown (the seed's name). */
export const GUIDE_SHOWN_KEY = 'customModelsGuideShown';
/** localStorage key that records the info banner was dismissed. */
export const BANNER_DISMISSED_KEY = 'customModelsBannerDismissed';

/**
 * The whole Custom Models feature: header, info banner, getting-started guide, the models grid, the
 * create and delete dialogs, toasts, and one model's details.
 *
 * Give it an adapter with `api`, or put it inside `<custom-models-provider>`. Set `model-id` to show
 * that model's details (a host can deep-link); empty shows the list. Opening a model from the grid
 * sets `model-id` unless a host cancels `model-open` to route itself. With `route` the page keeps
 * the open model in the URL itself (Back, reload and shared links work).
 *
 * @tag custom-models-page
 * @summary The complete Custom Models page.
 *
 * @fires model-open - A model was opened from the grid, or from the toast of a model just created. Cancelable: cancel it to route yourself.
 * @fires {ModelDetailsBackEvent} model-details-back - The details' "Back to custom models" was activated. Cancelable: cancel it to route yourself.
 * @fires model-created - A model was created.
 * @fires model-deleted - A model was deleted.
 * @fires model-updated - A model was renamed or its training started (from the details view).
 * @fires {ModelTrainingEndedEvent} model-training-ended - A training run ended, wherever the user is; detail `{ model, outcome }`. Once per run, also with a page and details both present.
 * @fires {ModelUseRequestedEvent} model-use-requested - A trained model's "Use this model" was activated in its details (offered with `use-model-href` or `use-model-event`); detail `{ id, key, name }`. Cancelable.
 * @fires force-alignment-requested - The banner's Force Alignment link was used and no `force-alignment-href` is set. Cancelable.
 * @fires {NotifyEvent} custom-models-notify - Every notice, before it is shown: created, deleted, delete failed, renamed, training started, training succeeded or failed (once per run), files uploaded, dataset deleted, accuracy measured or failed, a part that could not load. Cancelable: the page shows it as a toast unless a listener calls `preventDefault()` (the host shows it itself); route by `detail.kind`.
 *
 * @csspart header - The title, caption and buttons.
 * @csspart title - The "Custom models" heading.
 * @csspart banner - The "About Custom Models" banner.
 * @csspart grid - The models grid.
 * @csspart details - The details view of one model.
 * @csspart toasts - The toast stack.
 * @csspart toast - Each toast.
 *
 * @cssproperty --cm-page-gap - Space between the page's sections. Default: `--sl-spacing-large`.
 * @cssproperty --cm-page-title-font-size - Size of the heading. Default: `--sl-font-size-2x-large`.
 * @cssproperty --cm-page-color - Text colour. Default: `--sl-color-neutral-900`.
 * @cssproperty --cm-toast-z-index - Stacking order of the toasts. Default: `--sl-z-index-toast`.
 */
export class CustomModelsPage extends CustomModelsElement {
  static override styles = [hostStyles, visuallyHidden, alertStyles, pageStyles];

  /** Id of the model whose details are shown; empty shows the list. */
  @property({ attribute: 'model-id', reflect: true }) modelId = '';

  /**
   * Opt-in URL binding: a URL pattern with one `:id`, in the fragment (`#/models/:id`, or `hash`
   * for short) or a path (`/custom-models/:id`, the list at `/custom-models`). The open model is
   * then kept in the URL through the History API: opening one adds a history entry, the browser's
   * Back returns to the list, and a reload or a shared link opens it again. Without it the URL is
   * left alone (a host with its own router binds `model-id` and cancels `model-open` and
   * `model-details-back`).
   */
  @property() route?: string;

  /** Where the banner's and the guide's Force Alignment links go. Without it they fire `force-alignment-requested`. */
  @property({ attribute: 'force-alignment-href' }) forceAlignmentHref?: string;

  /** Given to the details: where a trained model's "Use this model" links (`{id}`, `{key}`). */
  @property({ attribute: 'use-model-href' }) useModelHref?: string;

  /** Given to the details: offer "Use this model" without a link (the host handles `model-use-requested`). */
  @property({ type: Boolean, attribute: 'use-model-event' }) useModelEvent = false;

  /**
   * Given to the details' uploads: the pre-flight's host rules and checks (see
   * `<dataset-upload>`'s `preflight`), or `false` to turn it off.
   */
  @property({ attribute: false }) preflight: PreflightSettings | false = {};

  /** The adapter given to the elements inside: the page's own `api`, else the enclosing provider's. */
  @provide({ context: customModelsApiContext })
  @state()
  protected providedApi?: CustomModelsApi;

  /** The store given to the elements inside: the adapter's one store. */
  @provide({ context: customModelsStoreContext })
  @state()
  protected providedStore?: CustomModelsStore;

  private readonly sessionState = sessionResource(this, () => this.store);
  private readonly guideShown = new StoredFlagController(this, GUIDE_SHOWN_KEY);
  private readonly bannerDismissed = new StoredFlagController(this, BANNER_DISMISSED_KEY);
  private readonly toasts = new ToastController(this);
  private readonly url = new UrlBindingController(this);

  @state() private modelToDelete?: CustomModel;
  /** On a narrow page, whether the banner's full text is open. */
  @state() private bannerExpanded = false;

  /**
   * `<custom-model-details>` (with the dataset upload it renders) is loaded on first use, when a
   * model is first shown: the list is what most visits need, and the details were a third of the
   * page's bundle. Defined already when the host imported it (or the whole package).
   */
  @state() private detailsDefined = false;
  @state() private detailsLoadError?: unknown;
  private detailsLoading?: Promise<void>;

  @query('create-model-dialog') private createDialog?: CreateModelDialog;
  @query('delete-model-dialog') private deleteDialog?: DeleteModelDialog;
  @query('custom-models-guide') private guide?: CustomModelsGuide;
  @query('h1') private heading?: HTMLElement;
  @query('models-grid') private grid?: ModelsGrid;
  /** The model just created: marked in the grid, its row brought into view and focused. */
  private readonly created = new CreatedModel();
  /** From the list to a model's details: focus follows (the row that had it hid with the list). */
  private focusDetails = false;

  constructor() {
    super();
    // The page tells the store's facts for everything inside it (and inside its provider).
    new AnnouncerController(this, { provides: 'tells' });
    new TrainingEndedController(
      this,
      () => this.store,
      (ended) => this.onTrainingEnded(ended),
    );
    this.addController({ hostUpdated: () => this.handOffFocus() });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('custom-models-notify', this.onNotify);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('custom-models-notify', this.onNotify);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('route')) this.url.routeChanged();
    if (changed.has('modelId')) this.focusDetails = changed.get('modelId') === '' && !!this.modelId;
    if (this.providedApi !== this.adapter) this.providedApi = this.adapter;
    const store = this.store;
    if (this.providedStore !== store) this.providedStore = store;
    if (!isServer && !this.detailsDefined) {
      this.detailsDefined = !!registryOf(this).get('custom-model-details');
      if (this.modelId && !this.detailsDefined) this.loadDetails();
    }
    // First visit: show the guide once, and remember it (in memory when storage is unavailable).
    if (!isServer && !this.hasUpdated && !this.guideShown.value) {
      this.guideShown.set(true);
      this.openGuide();
    }
  }

  /** Loads and defines `<custom-model-details>` (once; again after a failure, on Retry). */
  private loadDetails(): void {
    if (isServer || this.detailsLoading) return;
    this.detailsLoadError = undefined;
    this.detailsLoading = import('../custom-model-details.js').then(
      () => {
        this.detailsDefined = true;
      },
      (error: unknown) => {
        this.detailsLoading = undefined;
        this.detailsLoadError = error;
      },
    );
  }

  /** Opens the "Getting started" guide. */
  openGuide(): void {
    this.whenLoaded(this.guideModule, () => this.guide?.show());
  }

  /** Opens the "New custom model" dialog. */
  openCreateDialog(): void {
    if (this.limitReached) return;
    this.whenLoaded(this.createModule, () => this.createDialog?.show());
  }

  /**
   * The dialogs the page opens on demand (create, guide, delete) are not needed to paint the list:
   * their modules load once the page has rendered (at once when opened before that). Defined
   * already when the host imported them.
   */
  private readonly createModule = new LazyModule(
    'create-model-dialog',
    () => import('../create-model-dialog.js'),
  );
  private readonly guideModule = new LazyModule(
    'custom-models-guide',
    () => import('../custom-models-guide.js'),
  );
  private readonly deleteModule = new LazyModule(
    'delete-model-dialog',
    () => import('../delete-model-dialog.js'),
  );

  private whenLoaded(module: LazyModule, then: () => void): void {
    void module.load(registryOf(this)).then(
      async () => {
        await this.updateComplete;
        // Removed while the module loaded: its dialogs, in a tree no longer in the document, were
        // never upgraded, and there is no one to show them to.
        if (!this.isConnected) return;
        then();
      },
      (error: unknown) =>
        this.dispatchEvent(
          new NotifyEvent({
            kind: 'load-failed',
            variant: 'danger',
            message: errorMessage(this.localize, error),
          }),
        ),
    );
  }

  /** After an update: the details opened from the list take focus once their model shows. */
  private handOffFocus(): void {
    if (!this.focusDetails) return;
    const details = this.renderRoot.querySelector<CustomModelDetails>('custom-model-details');
    // Its module may still be loading: then on the update that defines it.
    if (typeof details?.focusNameWhenShown !== 'function') return;
    this.focusDetails = false;
    details.focusNameWhenShown();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    setTimeout(() => {
      for (const module of [this.createModule, this.guideModule, this.deleteModule])
        void module.load(registryOf(this)).catch(() => {});
    });
  }

  /**
   * A run ended anywhere: one notice (a toast unless cancelled; the live region reads it) and one
   * `model-training-ended`. The details inside leave it to the page (see AnnouncerController).
   */
  private onTrainingEnded(ended: TrainingEnded): void {
    this.dispatchEvent(new NotifyEvent(trainingEndedNotice(this.localize, ended)));
    this.dispatchEvent(new ModelTrainingEndedEvent({ ...ended }));
  }

  /**
   * Shows a toast in the page's stack, with no event: for a host's own messages. The page's own
   * notices go out as `custom-models-notify` first.
   */
  notify(variant: NotifyVariant, message: string): void {
    this.toasts.show(variant, message);
  }

  /** Whether the organization's plan has no room for another model. */
  get limitReached(): boolean {
    const organization = this.sessionState.value?.organization;
    const limit = organization?.customModelLimit;
    const count = organization?.customModelCount;
    return limit != null && count != null && count >= limit;
  }

  /**
   * After a modal closed, focus went back to its opener (the dialog's own controller). When that
   * control is gone (a deleted model's row) focus would fall to the body: start again from the
   * page's heading.
   */
  private readonly focusFallback = (event: Event) => {
    if ((event.composedPath()[0] as Element | undefined)?.tagName !== 'SL-DIALOG') return;
    if (this.created.closed(this.grid)) return;
    if (!deepActiveElement()) this.heading?.focus();
  };

  /**
   * Every notice from inside (and the page's own) is shown once it has reached the host's
   * listeners, unless one of them cancelled it to show it itself. Dispatching is synchronous: a
   * microtask runs after the last listener.
   */
  private onNotify = (event: NotifyEvent) => {
    queueMicrotask(() => {
      if (event.defaultPrevented || !this.isConnected) return;
      const { kind, modelId, modelName } = event.detail;
      // A new model is one step from its data: the toast opens it (its details hold the upload).
      const action =
        kind === 'model-created' && modelId
          ? {
              label: this.localize.term('cm.page.openCreated', modelName ?? ''),
              run: () => this.openModel(modelId),
            }
          : undefined;
      const toast = this.toasts.show(event.detail.variant, event.detail.message, action);
      if (action) this.created.toast(toast.id);
    });
  };

  /** Opens a model as the grid does: a cancelable `model-open` first, for hosts that route. */
  private openModel(id: string) {
    this.created.clear(this.grid, this.toasts);
    const event = new ModelOpenEvent({ id });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.modelId = id;
  }

  private onModelOpen(event: ModelOpenEvent) {
    // The user moved on from the model just created: its mark goes.
    this.created.clear(this.grid, this.toasts);
    // Decide once the event has reached the host's listeners: they may cancel it to route themselves.
    setTimeout(() => {
      if (!event.defaultPrevented) this.modelId = event.detail.id;
    });
  }

  private onDeleteRequest(event: ModelDeleteRequestEvent) {
    if (!canDelete(this.sessionState.value?.role)) return;
    setTimeout(() => {
      if (event.defaultPrevented) return;
      const { model } = event.detail;
      this.modelToDelete = model;
      this.whenLoaded(this.deleteModule, () => this.deleteDialog?.show(model));
    });
  }

  private async onDeleted(event: ModelDeletedEvent) {
    // The delete dialog told the notice; the store refetches the lists and the session.
    if (this.modelId === event.detail.id) {
      // The deleted model's URL is no place to come Back to.
      this.url.replaceCurrentEntry();
      this.modelId = '';
    }
    await this.updateComplete;
    // The row whose Delete opened the confirmation left with the model: focus would fall to
    // <body>, so a keyboard user starts again from the page's heading instead.
    if (!deepActiveElement()) this.heading?.focus();
  }

  private onDetailsBack(event: ModelDetailsBackEvent) {
    // A host that routes itself cancels it (and then shows the list itself): decided once the
    // event has reached every listener, which the user's click runs before any microtask.
    queueMicrotask(() => {
      if (!event.defaultPrevented) this.backToList();
    });
  }

  private backToList() {
    this.modelId = '';
    void this.updateComplete.then(() => this.heading?.focus());
  }

  private renderDetails() {
    // Until its module has loaded, the same loading state the details show while fetching.
    const pending = this.detailsDefined
      ? nothing
      : this.detailsLoadError
        ? html`<sl-alert variant="danger" open class="details-error">
            <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
            ${errorMessage(this.localize, this.detailsLoadError)}
            <sl-button size="small" @click=${() => this.loadDetails()}
              >${this.localize.term('cm.retry')}</sl-button
            >
          </sl-alert>`
        : html`<div class="details-loading" role="status">
            <sl-spinner></sl-spinner>
            <span>${this.localize.term('cm.details.loading')}</span>
          </div>`;
    return html`${pending}<custom-model-details
        part="details"
        model-id=${this.modelId}
        use-model-href=${this.useModelHref || nothing}
        ?use-model-event=${this.useModelEvent}
        .preflight=${this.preflight}
        @model-details-back=${this.onDetailsBack}
        @model-deleted=${this.onDeleted}
      ></custom-model-details>`;
  }

  override render() {
    const showingDetails = Boolean(this.modelId);
    const admin = canDelete(this.sessionState.value?.role);
    return html`<div class="page" @sl-after-hide=${this.focusFallback}>
        ${showingDetails ? this.renderDetails() : nothing}
        <div class="page list" ?hidden=${showingDetails}>
          ${renderPageHeader({
            localize: this.localize,
            limit: this.sessionState.value?.organization?.customModelLimit,
            limitReached: this.limitReached,
            onGuide: () => this.openGuide(),
            onCreate: () => this.openCreateDialog(),
          })}
          ${renderSessionError(this.localize, this.sessionState, this.store)}
          ${
            this.bannerDismissed.value
              ? nothing
              : renderPageBanner({
                  host: this,
                  localize: this.localize,
                  forceAlignmentHref: this.forceAlignmentHref,
                  expanded: this.bannerExpanded,
                  onToggle: () => (this.bannerExpanded = !this.bannerExpanded),
                  onDismissed: () => this.bannerDismissed.set(true),
                })
          }
          <models-grid
            part="grid"
            hide-session-error
            @model-open=${this.onModelOpen}
            @model-delete-request=${this.onDeleteRequest}
            @model-create-request=${() => this.openCreateDialog()}
            new-model-id=${this.created.id}
          ></models-grid>
        </div>
        <custom-models-guide
          force-alignment-href=${this.forceAlignmentHref ?? nothing}
        ></custom-models-guide>
        <create-model-dialog
          @model-created=${(event: ModelCreatedEvent) => this.created.created(event, this)}
        ></create-model-dialog>
        ${
          admin
            ? html`<delete-model-dialog
                .model=${this.modelToDelete}
                @model-deleted=${this.onDeleted}
              ></delete-model-dialog>`
            : nothing
        }
      </div>
      ${renderToasts(this.localize, this.toasts)}`;
  }
}
