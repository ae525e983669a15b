import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/copy-button/copy-button.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import '@shoelace-style/shoelace/dist/components/icon-button/icon-button.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import '@shoelace-style/shoelace/dist/components/tooltip/tooltip.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CustomModelsApiError } from '../api/errors.js';
import type { CustomModel, Dataset } from '../api/types.js';
import { ResourceController } from '../controllers/resource-controller.js';
import { sessionResource } from '../controllers/store-resources.js';
import {
  ModelDetailsBackEvent,
  NotifyEvent,
  type NotifyKind,
  type NotifyVariant,
} from '../events/events.js';
import {
  AnnouncerController,
  TrainingEndedController,
  trainingEndedNotice,
} from '../controllers/announcer.js';
import type { TrainingEnded } from '../store/live-types.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { progressBarStyles } from '../internal/progress-bar.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { dialogStyles } from '../internal/dialog-styles.js';
import { servesEvaluations } from '../api/capabilities.js';
import type { AccuracyController } from './accuracy-section.js';
import { detailsStyles } from './custom-model-details.styles.js';
import { DatasetDeleteController, renderDatasetsSection } from './datasets-section.js';
import { renderHeader, RenameController } from './details-header.js';
import { renderLoadError, renderProblem, type ProblemView } from './load-problem.js';
import { detailsHost, type DetailsHost } from './details-host.js';
import { DetailsFocus } from './details-focus.js';
import type { PreflightSettings } from '../dataset-upload/preflight-controller.js';
import { renderStatusPanel, renderTrainControls, TrainingController } from './status-panel.js';
import { alertStyles } from '../internal/alert-styles.js';
import { forbiddenStyles } from '../internal/forbidden-action.js';
export { isBusyStatus, isTrainableStatus, TRAINABLE_STATUSES } from './status-rules-exports.js';

const DEFAULT_POLL_INTERVAL = 5000;

/**
 * One custom model: its name (editable in place), training status, base language, last change and
 * key; a status panel that says what the status means and what to do next; "Train the Language";
 * the model's datasets with upload and delete; and, when the adapter measures accuracy, an
 * Accuracy section (test set, word error rate of the base and the custom model, per file). What the status rules forbid (renaming a Running
 * model, changing the datasets of a busy one) is shown disabled with its reason. While the model is
 * queued or training, the status is refreshed every `poll-interval` ms through the store's one poll
 * (slower after errors, paused while the page is hidden) and the outcome is shown inline; its
 * notice goes out once (by the page around the details, else by the details).
 *
 * The model and its datasets come from the adapter's store: a change made in any view on the same
 * adapter shows here at once, and a change made here shows in every other view.
 *
 * Put it inside a `<custom-models-provider>` (or set `api`) and give it a `model-id`.
 *
 * @tag custom-model-details
 * @summary The details page of one custom model: name, status, datasets and training.
 *
 * @fires {ModelDetailsBackEvent} model-details-back - "Back to custom models" was activated. Cancelable.
 * @fires {ModelUpdatedEvent} model-updated - The model was renamed or its training started.
 * @fires {DatasetUploadedEvent} dataset-uploaded - A dataset file finished uploading (from the inner `<dataset-upload>`).
 * @fires {DatasetDeletedEvent} dataset-deleted - A dataset was deleted.
 * @fires {NotifyEvent} custom-models-notify - A notice, before it is shown: `model-renamed`, `training-started`, `training-succeeded` / `training-failed` (once per run; inside a page, the page tells it), `datasets-uploaded`, `dataset-deleted`, `accuracy-measured` / `accuracy-failed`. Cancelable: a page around shows it as a toast unless cancelled.
 * @fires {ModelUseRequestedEvent} model-use-requested - After Success, "Use this model" was activated (shown with `use-model-href` or `use-model-event`); detail `{ id, key, name }`. Cancelable: cancel it to route yourself instead of following the link.
 * @fires {ModelEvaluatedEvent} model-evaluated - A measurement of the model's accuracy ended (done or failed), once per run.
 *
 * @csspart base - The element's layout box.
 * @csspart back - The "Back to custom models" button.
 * @csspart header - The name, badge and facts of the model.
 * @csspart name - The model's name as shown (not while editing).
 * @csspart status-panel - What the status means, the next step and the training controls.
 * @csspart train-button - The "Train the Language" button (below the Datasets section).
 * @csspart progress - The training progress bar.
 * @csspart datasets - The datasets section.
 * @csspart datasets-totals - The line under the Datasets table: minutes of training audio, words.
 * @csspart upload - The inner `<dataset-upload>`.
 * @csspart accuracy - The Accuracy section (only for an adapter with `capabilities.evaluations`).
 * @csspart test-set-upload - The Accuracy section's `<dataset-upload>`, set to "Test set".
 * @csspart accuracy-chart - The chart of the base and the custom model's word error rate.
 * @csspart error - The not-found, forbidden or network error state.
 *
 * @cssproperty --cm-details-gap - Space between the sections. Default: `--sl-spacing-large`.
 * @cssproperty --cm-details-panel-background - Background of the sections. Default: `--sl-color-neutral-0`.
 * @cssproperty --cm-details-accent-width - Width of the status panel's coloured edge. Default: 4px.
 */
export class CustomModelDetails extends CustomModelsElement {
  static override styles = [
    dialogStyles,
    alertStyles,
    progressBarStyles,
    forbiddenStyles,
    detailsStyles,
  ];

  /** Id of the model to show. */
  @property({ attribute: 'model-id', reflect: true }) modelId = '';

  /**
   * How often the status is refreshed while the model is queued or training, in ms. Left at its
   * default, the adapter's `capabilities.pollIntervalMs` applies when it gives one.
   */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = DEFAULT_POLL_INTERVAL;

  /**
   * Where "Back to custom models" links to. Absent, it is a button that only fires
   * `model-details-back`; with it, a real link (unless the event is cancelled).
   */
  @property({ attribute: 'back-href' }) backHref?: string;

  /**
   * After Success, "Use this model" links here: a URL with `{id}` and/or `{key}`, filled with the
   * model's (e.g. `/transcribe?model={key}`). It fires `model-use-requested` first (cancel it to
   * route yourself).
   */
  @property({ attribute: 'use-model-href' }) useModelHref?: string;

  /**
   * Offer "Use this model" without a link: the host handles `model-use-requested`. Without this
   * or `use-model-href` the button is not shown (it would lead nowhere).
   */
  @property({ type: Boolean, attribute: 'use-model-event' }) useModelEvent = false;

  /**
   * The pre-flight of the uploads (Datasets and the Accuracy test set), as `<dataset-upload>`'s
   * `preflight`: the host's thresholds (`rules`) and checks (`checks`, `selectionChecks`) on top of
   * the defaults and the model language's rules; `false` turns it off.
   */
  @property({ attribute: false }) preflight: PreflightSettings | false = {};

  private readonly modelState = new ResourceController<string, CustomModel>(this, {
    store: () => this.store,
    key: () => this.modelId || undefined,
    resources: (id) => [`model:${id}`],
    fetch: (store, id, signal) => store.loadModel(id, { signal }),
    read: (store, id) => store.model(id),
    live: (id) => ({
      models: () => [id],
      // The default gives way to the adapter's hint (ScriptixApi: 20 s); a host's value wins.
      interval: () => this.hostInterval,
      defaultInterval: DEFAULT_POLL_INTERVAL,
    }),
  });

  /** A host's own poll interval; left at the default, the adapter's hint applies. */
  private get hostInterval(): number | undefined {
    return this.pollInterval > 0 && this.pollInterval !== DEFAULT_POLL_INTERVAL
      ? this.pollInterval
      : undefined;
  }

  private readonly datasetsState = new ResourceController<string, Dataset[]>(this, {
    store: () => this.store,
    key: () => this.modelId || undefined,
    resources: (id) => [`datasets:${id}`],
    fetch: (store, id, signal) => store.loadDatasets(id, { signal }),
    read: (store, id) => store.datasets(id),
  });

  private readonly sessionState = sessionResource(this, () => this.store);

  /** What the sections read and call: the element, seen through one small interface. */
  private readonly view: DetailsHost = detailsHost(this, {
    localize: () => this.localize,
    store: () => this.store,
    model: () => this.model,
    datasets: () => this.datasets,
    credits: () => this.credits,
    preflight: () => this.preflight,
    notify: (kind, variant, message) => this.notify(kind, variant, message),
    formatDate: (iso) => this.formatDate(iso),
  });

  private readonly rename = new RenameController(this.view);
  private readonly training = new TrainingController(this.view);
  private readonly deletion = new DatasetDeleteController(this.view);
  /** The Accuracy section: its module loads on demand, for an adapter that measures accuracy. */
  private accuracy?: AccuracyController;
  private accuracyRequested = false;
  /** Whether a page around tells the end of a run (the details then only show it in place). */
  private readonly announcer = new AnnouncerController(this);
  /** Focus kept in the details when the control that had it goes away. */
  private readonly focusKeeper = new DetailsFocus(this);

  constructor() {
    super();
    new TrainingEndedController(
      this,
      () => this.store,
      (ended) => this.onTrainingEnded(ended),
    );
  }

  /** The model as the store has it now. */
  get model(): CustomModel | undefined {
    return this.modelState.value;
  }

  /** The model's datasets as the store has them now. */
  get datasets(): Dataset[] | undefined {
    return this.datasetsState.value;
  }

  /** Loads the model and its datasets again (after a failure, say). */
  async reload(): Promise<void> {
    await Promise.all([
      this.modelState.refresh(),
      this.datasetsState.refresh(),
      this.accuracy?.state.refresh(),
    ]);
  }

  /** Switches the name to an input (not for a model the status rules keep from renaming). */
  startRename(): Promise<void> {
    return this.rename.start();
  }

  /** Leaves the input without saving. */
  cancelRename(): Promise<void> {
    return this.rename.cancel();
  }

  /** Saves the name being edited. */
  saveRename(): Promise<void> {
    return this.rename.save();
  }

  /**
   * The page opened these details from its list: focus goes to the model's name once it shows.
   * @internal
   */
  focusNameWhenShown(): void {
    this.focusKeeper.toNameWhenShown();
  }

  /** Starts training the model now (no confirmation). */
  startTraining(): Promise<void> {
    return this.training.start();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('modelId') && changed.get('modelId') !== undefined) {
      this.rename.reset();
      this.training.reset();
      this.deletion.reset();
      this.accuracy?.reset();
    }
    if (!this.accuracyRequested && servesEvaluations(this.store?.api)) {
      this.accuracyRequested = true;
      // A failed load leaves the section out (and the rest of the details working).
      void import('./accuracy-section.js').then(
        async ({ AccuracyController, loadAccuracyStrings }) => {
          await loadAccuracyStrings();
          this.accuracy = new AccuracyController(this.view, {
            modelId: () => this.modelId,
            interval: () => this.hostInterval,
          });
          this.requestUpdate();
        },
      );
    }
  }

  private get hasDatasets(): boolean {
    if (this.datasets) return this.datasets.length > 0;
    return (this.model?.datasetCount ?? 0) > 0;
  }

  private get credits(): number | undefined {
    const credits = this.sessionState.value?.organization?.trainingCredits;
    return typeof credits === 'number' && Number.isFinite(credits) ? credits : undefined;
  }

  /** The store's fact: a run ended. Shown in place; told as a notice unless a page tells it. */
  private onTrainingEnded(ended: TrainingEnded): void {
    if (String(ended.model.id) !== this.modelId) return;
    this.training.ended(ended.outcome);
    if (!this.announcer.toldAbove) {
      this.dispatchEvent(new NotifyEvent(trainingEndedNotice(this.localize, ended)));
    }
  }

  /** A notice about the model shown: out as `custom-models-notify`. */
  private notify(kind: NotifyKind, variant: NotifyVariant, message: string) {
    const model = this.model;
    this.dispatchEvent(
      new NotifyEvent({
        kind,
        variant,
        message,
        modelId: this.modelId,
        ...(model ? { modelName: model.name } : {}),
      }),
    );
  }

  private onBack(event: Event) {
    const back = new ModelDetailsBackEvent({ id: this.modelId });
    this.dispatchEvent(back);
    if (back.defaultPrevented) event.preventDefault();
  }

  private formatDate(iso: string | undefined): string {
    if (!iso || Number.isNaN(Date.parse(iso))) return this.localize.term('cm.details.unknownValue');
    return this.localize.date(iso, { dateStyle: 'medium', timeStyle: 'short' });
  }

  private renderBack() {
    return html`<sl-button
      part="back"
      class="back"
      variant="text"
      href=${this.backHref || nothing}
      @click=${this.onBack}
    >
      <sl-icon slot="prefix" library=${ICON_LIBRARY} name="arrow-left"></sl-icon>
      ${this.localize.term('cm.details.back')}
    </sl-button>`;
  }

  /** What a failed load (or a missing id) shows: its title, what to do, Retry and Back. */
  private get problemView(): ProblemView {
    return {
      localize: this.localize,
      backHref: this.backHref,
      onBack: (event) => this.onBack(event),
      onRetry: () => void this.reload(),
    };
  }

  override render() {
    const term = this.localize.term.bind(this.localize);
    if (!this.adapter) {
      return html`<div part="base" class="base">
        <p class="problem" role="alert">${term('cm.noAdapter')}</p>
      </div>`;
    }
    if (!this.modelId) {
      return html`<div part="base" class="base">
        ${renderProblem(this.problemView, term('cm.details.noModelId'), '', {})}
      </div>`;
    }
    const model = this.model;
    // Deleted through the store (in another view): gone, as the server would say.
    const loadError = this.store?.isRemoved(this.modelId)
      ? new CustomModelsApiError('not-found', term('cm.details.notFound'))
      : this.modelState.error;
    let content;
    if (loadError) content = renderLoadError(this.problemView, loadError);
    else if (!model) {
      content = html`<div class="loading" role="status">
        <sl-spinner></sl-spinner>
        <span>${term('cm.details.loading')}</span>
      </div>`;
    } else {
      content = html`${renderHeader(this.view, this.rename, model)}
        ${renderStatusPanel(this.view, this.training, model, {
          hasData: this.hasDatasets,
          toldAbove: this.announcer.toldAbove,
          useModel: { href: this.useModelHref || undefined, event: this.useModelEvent },
        })}
        <div class="with-data">
          ${renderDatasetsSection(this.view, this.deletion, model, {
            datasets: this.datasets,
            error: this.datasetsState.error,
            onRetry: () => void this.datasetsState.refresh(),
          })}
          ${renderTrainControls(this.view, this.training, model, this.hasDatasets)}
        </div>
        ${this.accuracy?.render(model)} ${this.deletion.renderConfirm()}
        ${this.training.renderConfirm()}`;
    }
    const busy = this.modelState.loading || this.datasetsState.loading;
    return html`<div
      part="base"
      class="base"
      aria-busy=${busy ? 'true' : 'false'}
      @sl-after-hide=${this.focusKeeper.dialogClosed}
    >
      ${loadError ? nothing : html`<div class="top">${this.renderBack()}</div>`} ${content}
    </div>`;
  }
}
