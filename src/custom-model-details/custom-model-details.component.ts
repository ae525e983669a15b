import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/copy-button/copy-button.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import '@shoelace-style/shoelace/dist/components/icon-button/icon-button.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/progress-bar/progress-bar.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import type SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.component.js';
import type SlIconButton from '@shoelace-style/shoelace/dist/components/icon-button/icon-button.component.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CustomModelsApiError, isAbortError } from '../api/errors.js';
import {
  BUSY_STATUSES,
  MAX_MODEL_NAME_LENGTH,
  TrainingStatus,
  isTrainingStatus,
  type CustomModel,
  type CustomModelsApi,
  type Dataset,
} from '../api/types.js';
import { PollingController } from '../controllers/polling-controller.js';
import { DATASET_KIND_ICONS } from '../dataset-upload/dataset-upload.component.js';
import {
  DatasetDeletedEvent,
  ModelDetailsBackEvent,
  ModelUpdatedEvent,
  NotifyEvent,
  type DatasetUploadedEvent,
  type NotifyVariant,
} from '../events/events.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { dialogStyles } from '../internal/dialog-styles.js';
import { errorMessage } from '../internal/error-message.js';
import { SessionController } from '../internal/session-controller.js';
import { formatBytes } from '../uploads/format-bytes.js';
import { detailsStyles } from './custom-model-details.styles.js';

/** Statuses from which training can be started ("Train the Language" is shown). */
export const TRAINABLE_STATUSES = [TrainingStatus.NotRunning, TrainingStatus.Failed] as const;

/** True while a model is queued or training: no upload, no delete of data, live status on. */
export function isBusyStatus(status: number | undefined): boolean {
  return (BUSY_STATUSES as readonly number[]).includes(status as number);
}

/** True when "Train the Language" applies to a model in this status. */
export function isTrainableStatus(status: number | undefined): boolean {
  return (TRAINABLE_STATUSES as readonly number[]).includes(status as number);
}

const DEFAULT_POLL_INTERVAL = 5000;

/**
 * One custom model: its name (editable in place), training status, base language, last change and
 * key; a status panel that says what the status means and what to do next; "Train the Language";
 * the model's datasets with upload and delete. While the model is queued or training, the status
 * is refreshed every `poll-interval` ms (slower after errors, paused while the page is hidden) and
 * the outcome is shown inline and as a toast.
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
 * @fires {NotifyEvent} custom-models-notify - A toast to show: rename, training started, training finished, dataset deleted.
 *
 * @csspart base - The element's layout box.
 * @csspart back - The "Back to custom models" button.
 * @csspart header - The name, badge and facts of the model.
 * @csspart name - The model's name as shown (not while editing).
 * @csspart status-panel - What the status means, the next step and the training controls.
 * @csspart train-button - The "Train the Language" button.
 * @csspart progress - The training progress bar.
 * @csspart datasets - The datasets section.
 * @csspart upload - The inner `<dataset-upload>`.
 * @csspart error - The not-found, forbidden or network error state.
 *
 * @cssproperty --cm-details-gap - Space between the sections. Default: `--sl-spacing-large`.
 * @cssproperty --cm-details-panel-background - Background of the sections. Default: `--sl-color-neutral-0`.
 * @cssproperty --cm-details-accent-width - Width of the status panel's coloured edge. Default: 4px.
 */
export class CustomModelDetails extends CustomModelsElement {
  static override styles = [dialogStyles, detailsStyles];

  /** Id of the model to show. */
  @property({ attribute: 'model-id', reflect: true }) modelId = '';

  /** How often the status is refreshed while the model is queued or training, in ms. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = DEFAULT_POLL_INTERVAL;

  /**
   * Where "Back to custom models" links to. Absent, it is a button that only fires
   * `model-details-back`; with it, a real link (unless the event is cancelled).
   */
  @property({ attribute: 'back-href' }) backHref?: string;

  /** The model as last loaded. */
  @state() model?: CustomModel;
  /** The model's datasets as last loaded. */
  @state() datasets?: Dataset[];

  @state() private loading = false;
  @state() private loadError?: unknown;
  @state() private datasetsError?: unknown;

  @state() private editing = false;
  @state() private draftName = '';
  @state() private nameError = '';
  @state() private saving = false;

  @state() private confirmTrainOpen = false;
  @state() private starting = false;
  @state() private trainError?: unknown;

  @state() private deleteTarget?: Dataset;
  @state() private deleteOpen = false;
  @state() private deleting = false;
  @state() private deleteError?: unknown;

  @state() private liveError = false;
  @state() private outcome?: 'success' | 'failed';

  @query('.name-input') private nameInput?: SlInput;
  @query('.rename') private renameButton?: SlIconButton;
  @query('.delete-dialog') private deleteDialog?: SlDialog;
  @query('.train-dialog') private trainDialog?: SlDialog;

  private readonly session = new SessionController(this, () => ({
    adapter: this.adapter,
    provided: this.contextSession,
  }));

  private readonly polling = new PollingController(this, {
    interval: DEFAULT_POLL_INTERVAL,
    backoff: { factor: 2, maxInterval: 60_000 },
    callback: () => this.refresh(),
  });

  private loadedAdapter?: CustomModelsApi;
  private loadedId?: string;
  private loadRequest?: AbortController;
  private readonly mutations = new Set<AbortController>();
  private pollRequest?: AbortController;

  /** Loads the model and its datasets again (after a failure, say). */
  async reload(): Promise<void> {
    const adapter = this.adapter;
    this.loadRequest?.abort();
    this.loadedAdapter = adapter;
    this.loadedId = this.modelId;
    if (!adapter || !this.modelId) {
      this.model = undefined;
      this.datasets = undefined;
      return;
    }
    const request = (this.loadRequest = new AbortController());
    const { signal } = request;
    const sameModel = this.model?.id === this.modelId;
    if (!sameModel) {
      this.model = undefined;
      this.datasets = undefined;
      this.resetTransient();
    }
    this.loading = true;
    this.loadError = undefined;
    const [model, datasets] = await Promise.allSettled([
      adapter.getModel(this.modelId, { signal }),
      adapter.listDatasets(this.modelId, { signal }),
    ]);
    if (signal.aborted) return;
    this.loading = false;
    if (model.status === 'rejected') {
      // Our own abort returned above; an adapter that reports "aborted" by itself has failed, and
      // returning here would leave the loading spinner up for ever.
      this.loadError = model.reason;
      return;
    }
    if (!model.value || typeof model.value !== 'object') {
      // An answer that is no model: say so (with Retry) instead of loading forever.
      this.loadError = new Error('The adapter answered getModel without a model.');
      return;
    }
    this.model = model.value;
    if (datasets.status === 'fulfilled') {
      const list: unknown = datasets.value;
      this.datasets = Array.isArray(list)
        ? (list as unknown[]).filter(
            (dataset): dataset is Dataset => typeof dataset === 'object' && dataset !== null,
          )
        : [];
      this.datasetsError = undefined;
    } else if (!isAbortError(datasets.reason)) {
      this.datasetsError = datasets.reason;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadRequest?.abort();
    this.pollRequest?.abort();
    for (const request of this.mutations) request.abort();
    this.mutations.clear();
    // Loaded again when the element comes back.
    this.loadedAdapter = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pollInterval')) {
      this.polling.interval = this.pollInterval > 0 ? this.pollInterval : DEFAULT_POLL_INTERVAL;
    }
    if (this.adapter !== this.loadedAdapter || this.modelId !== this.loadedId) void this.reload();
  }

  protected override updated(): void {
    this.polling.toggle(!this.loadError && isBusyStatus(this.model?.trainingStatus));
  }

  private resetTransient() {
    this.editing = false;
    this.nameError = '';
    this.trainError = undefined;
    this.outcome = undefined;
    this.liveError = false;
    this.confirmTrainOpen = false;
    this.deleteOpen = false;
  }

  /** Runs a user's change with an abortable signal that disconnecting aborts. */
  private async mutate<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const request = new AbortController();
    this.mutations.add(request);
    try {
      return await run(request.signal);
    } finally {
      this.mutations.delete(request);
    }
  }

  private notify(variant: NotifyVariant, message: string) {
    this.dispatchEvent(new NotifyEvent({ variant, message }));
  }

  // --- live status ---------------------------------------------------------------------------

  /** One poll: the model's status; throws on failure so the poller backs off. */
  private async refresh(): Promise<void> {
    const adapter = this.adapter;
    const id = this.modelId;
    if (!adapter || !id) return;
    this.pollRequest?.abort();
    const request = (this.pollRequest = new AbortController());
    try {
      const model = await adapter.getModel(id, { signal: request.signal });
      if (request.signal.aborted || id !== this.modelId) return;
      this.liveError = false;
      this.applyModel(model);
    } catch (error) {
      if (request.signal.aborted || isAbortError(error)) return;
      if (
        error instanceof CustomModelsApiError &&
        (error.kind === 'not-found' || error.kind === 'forbidden')
      ) {
        this.loadError = error;
        return;
      }
      this.liveError = true;
      throw error;
    }
  }

  /** Takes a newer copy of the model, announcing the end of a training run. */
  private applyModel(model: CustomModel) {
    const before = this.model?.trainingStatus;
    this.model = model;
    if (!isBusyStatus(before)) return;
    const name = model.name;
    if (model.trainingStatus === TrainingStatus.Success) {
      this.outcome = 'success';
      this.notify('success', this.localize.term('cm.details.outcomeSuccess', name));
    } else if (model.trainingStatus === TrainingStatus.Failed) {
      this.outcome = 'failed';
      this.notify('danger', this.localize.term('cm.details.outcomeFailed', name));
    }
  }

  /** A quiet refresh after a change to the datasets (last modified, trainable). */
  private async refreshQuietly() {
    try {
      await this.refresh();
    } catch {
      /* shown by liveError; the next action refreshes again */
    }
  }

  // --- back ----------------------------------------------------------------------------------

  private onBack(event: Event) {
    const back = new ModelDetailsBackEvent({ id: this.modelId });
    this.dispatchEvent(back);
    if (back.defaultPrevented) event.preventDefault();
  }

  // --- rename --------------------------------------------------------------------------------

  /** Switches the name to an input. */
  async startRename(): Promise<void> {
    if (!this.model || this.editing) return;
    this.editing = true;
    this.draftName = this.model.name;
    this.nameError = '';
    await this.updateComplete;
    this.nameInput?.focus();
    this.nameInput?.select();
  }

  /** Leaves the input without saving. */
  async cancelRename(): Promise<void> {
    if (!this.editing || this.saving) return;
    this.editing = false;
    this.nameError = '';
    await this.updateComplete;
    this.renameButton?.focus();
  }

  /** Saves the name being edited. */
  async saveRename(): Promise<void> {
    const model = this.model;
    const adapter = this.adapter;
    if (!model || !adapter || !this.editing || this.saving) return;
    const name = this.draftName.trim();
    if (!name) {
      this.nameError = this.localize.term('cm.details.nameRequired');
      return;
    }
    if (name.length > MAX_MODEL_NAME_LENGTH) {
      this.nameError = this.localize.term('cm.details.nameTooLong', MAX_MODEL_NAME_LENGTH);
      return;
    }
    if (name === model.name) {
      await this.cancelRename();
      return;
    }
    this.saving = true;
    this.nameError = '';
    try {
      const updated = await this.mutate((signal) =>
        adapter.updateModel(model.id, { name }, { signal }),
      );
      this.saving = false;
      this.model = updated;
      this.editing = false;
      this.dispatchEvent(new ModelUpdatedEvent({ model: updated }));
      this.notify('success', this.localize.term('cm.details.renamed'));
      await this.updateComplete;
      this.renameButton?.focus();
    } catch (error) {
      this.saving = false;
      if (isAbortError(error)) return;
      const field = error instanceof CustomModelsApiError ? error.fieldErrors?.name : undefined;
      this.nameError = field || errorMessage(this.localize, error);
      await this.updateComplete;
      this.nameInput?.focus();
    }
  }

  private onNameKeydown(event: KeyboardEvent) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void this.saveRename();
    } else if (event.key === 'Escape') {
      // Only the edit ends; a dialog or drawer around the element stays open.
      event.preventDefault();
      event.stopPropagation();
      void this.cancelRename();
    }
  }

  // --- training ------------------------------------------------------------------------------

  private get hasDatasets(): boolean {
    if (this.datasets) return this.datasets.length > 0;
    return (this.model?.datasetCount ?? 0) > 0;
  }

  private get credits(): number | undefined {
    const credits = this.session.session?.organization?.trainingCredits;
    return typeof credits === 'number' && Number.isFinite(credits) ? credits : undefined;
  }

  private onTrainClick() {
    this.trainError = undefined;
    if (this.credits !== undefined) this.confirmTrainOpen = true;
    else void this.startTraining();
  }

  /** Starts training the model now (no confirmation). */
  async startTraining(): Promise<void> {
    const model = this.model;
    const adapter = this.adapter;
    if (!model || !adapter || this.starting) return;
    this.starting = true;
    this.trainError = undefined;
    try {
      const updated = await this.mutate((signal) => adapter.startTraining(model.id, { signal }));
      this.confirmTrainOpen = false;
      this.outcome = undefined;
      this.liveError = false;
      this.model = updated;
      this.dispatchEvent(new ModelUpdatedEvent({ model: updated }));
      this.notify('primary', this.localize.term('cm.details.trainStarted', updated.name));
      void this.session.reload();
    } catch (error) {
      if (isAbortError(error)) return;
      this.confirmTrainOpen = false;
      this.trainError = error;
    } finally {
      this.starting = false;
    }
  }

  // --- datasets ------------------------------------------------------------------------------

  private onDatasetUploaded(event: DatasetUploadedEvent) {
    if (event.detail.modelId !== this.modelId) return;
    this.datasets = [...(this.datasets ?? []), event.detail.dataset];
    this.trainError = undefined;
    void this.refreshQuietly();
  }

  private askDelete(dataset: Dataset) {
    this.deleteTarget = dataset;
    this.deleteError = undefined;
    this.deleteOpen = true;
  }

  private async confirmDelete() {
    const dataset = this.deleteTarget;
    const model = this.model;
    const adapter = this.adapter;
    if (!dataset || !model || !adapter || this.deleting) return;
    this.deleting = true;
    this.deleteError = undefined;
    try {
      await this.mutate((signal) => adapter.deleteDataset(model.id, dataset.id, { signal }));
      this.datasets = (this.datasets ?? []).filter((candidate) => candidate.id !== dataset.id);
      this.deleteOpen = false;
      this.dispatchEvent(new DatasetDeletedEvent({ modelId: model.id, datasetId: dataset.id }));
      this.notify('success', this.localize.term('cm.details.deleted', dataset.name));
      void this.refreshQuietly();
    } catch (error) {
      if (!isAbortError(error)) this.deleteError = error;
    } finally {
      this.deleting = false;
    }
  }

  private onDialogHide(event: Event) {
    if (event.target === this.deleteDialog && !this.deleting) this.deleteOpen = false;
    if (event.target === this.trainDialog && !this.starting) this.confirmTrainOpen = false;
  }

  private onDialogRequestClose(event: Event) {
    // A request in flight finishes before the dialog closes.
    if (
      (event.target === this.deleteDialog && this.deleting) ||
      (event.target === this.trainDialog && this.starting)
    ) {
      event.preventDefault();
    }
  }

  // --- rendering -----------------------------------------------------------------------------

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

  private renderProblem(title: string, text: string, actions: { retry?: boolean }) {
    return html`<div part="error" class="problem" role="alert">
      <sl-icon
        class="problem-icon"
        library=${ICON_LIBRARY}
        name="exclamation-triangle"
        aria-hidden="true"
      ></sl-icon>
      <h2 class="problem-title">${title}</h2>
      ${text ? html`<p>${text}</p>` : nothing}
      <div class="problem-actions">
        ${
          actions.retry
            ? html`<sl-button variant="primary" class="retry" @click=${() => void this.reload()}>
                <sl-icon slot="prefix" library=${ICON_LIBRARY} name="arrow-clockwise"></sl-icon>
                ${this.localize.term('cm.retry')}
              </sl-button>`
            : nothing
        }
        <sl-button
          class="back-action"
          variant=${actions.retry ? 'default' : 'primary'}
          href=${this.backHref || nothing}
          @click=${this.onBack}
          >${this.localize.term('cm.details.back')}</sl-button
        >
      </div>
    </div>`;
  }

  private renderLoadError(error: unknown) {
    const kind = error instanceof CustomModelsApiError ? error.kind : undefined;
    const term = this.localize.term.bind(this.localize);
    if (kind === 'not-found') {
      return this.renderProblem(term('cm.details.notFoundTitle'), term('cm.details.notFound'), {});
    }
    if (kind === 'forbidden' || kind === 'unauthorized') {
      return this.renderProblem(
        term('cm.details.forbiddenTitle'),
        term('cm.details.forbidden'),
        {},
      );
    }
    if (kind === 'network') {
      return this.renderProblem(term('cm.details.networkTitle'), term('cm.details.network'), {
        retry: true,
      });
    }
    return this.renderProblem(term('cm.details.errorTitle'), errorMessage(this.localize, error), {
      retry: true,
    });
  }

  private renderName(model: CustomModel) {
    if (this.editing) {
      return html`<div class="rename-form">
        <sl-input
          class="name-input"
          label=${this.localize.term('cm.details.nameLabel')}
          .value=${this.draftName}
          ?disabled=${this.saving}
          @sl-input=${(event: Event) => {
            this.draftName = (event.target as SlInput).value;
            this.nameError = '';
          }}
          @keydown=${this.onNameKeydown}
        >
          <div slot="help-text">
            ${
              this.nameError
                ? html`<span class="field-error" role="alert">${this.nameError}</span>`
                : this.localize.term('cm.details.nameHelp')
            }
          </div>
        </sl-input>
        <div class="rename-actions">
          <sl-button
            variant="primary"
            class="save"
            ?loading=${this.saving}
            @click=${this.saveRename}
            >${this.localize.term('cm.details.save')}</sl-button
          >
          <sl-button class="cancel" ?disabled=${this.saving} @click=${this.cancelRename}
            >${this.localize.term('cm.cancel')}</sl-button
          >
        </div>
        ${
          this.saving
            ? html`<span class="visually-hidden" role="status"
                >${this.localize.term('cm.details.saving')}</span
              >`
            : nothing
        }
      </div>`;
    }
    const name =
      model.name == null || model.name === ''
        ? this.localize.term('cm.details.unknownValue')
        : model.name;
    return html`<div class="title-row">
      <h2 part="name" class="name" @click=${this.startRename}>${name}</h2>
      <sl-icon-button
        class="rename"
        library=${ICON_LIBRARY}
        name="pencil"
        label=${this.localize.term('cm.details.rename')}
        @click=${this.startRename}
      ></sl-icon-button>
    </div>`;
  }

  private renderHeader(model: CustomModel) {
    const base = model.baseLanguage as Partial<CustomModel['baseLanguage']> | null | undefined;
    const language =
      (base && typeof base === 'object'
        ? this.localize.languageName(base.key as string, base.name as string)
        : undefined) || this.localize.term('cm.details.unknownValue');
    return html`<div part="header" class="header panel">
      ${this.renderName(model)}
      <dl class="facts">
        <div>
          <dt>${this.localize.term('cm.details.status')}</dt>
          <dd><model-status-badge status=${model.trainingStatus}></model-status-badge></dd>
        </div>
        <div>
          <dt>${this.localize.term('cm.details.baseLanguage')}</dt>
          <dd class="language">${language}</dd>
        </div>
        <div>
          <dt>${this.localize.term('cm.details.lastModified')}</dt>
          <dd class="modified">
            <time datetime=${model.lastModified}>${this.formatDate(model.lastModified)}</time>
          </dd>
        </div>
        <div>
          <dt>${this.localize.term('cm.details.key')}</dt>
          <dd class="key-row">
            <code class="key">${model.key}</code>
            <sl-copy-button
              class="copy-key"
              .value=${model.key}
              copy-label=${this.localize.term('cm.details.copyKey')}
              success-label=${this.localize.term('cm.details.copied')}
              error-label=${this.localize.term('cm.details.copyFailed')}
            >
              <!-- Labelled icons: Shoelace's button has no name of its own, only a tooltip. -->
              <sl-icon
                slot="copy-icon"
                library=${ICON_LIBRARY}
                name="clipboard"
                label=${this.localize.term('cm.details.copyKey')}
              ></sl-icon>
              <sl-icon
                slot="success-icon"
                library=${ICON_LIBRARY}
                name="check-circle"
                label=${this.localize.term('cm.details.copied')}
              ></sl-icon>
              <sl-icon
                slot="error-icon"
                library=${ICON_LIBRARY}
                name="x-circle"
                label=${this.localize.term('cm.details.copyFailed')}
              ></sl-icon>
            </sl-copy-button>
          </dd>
        </div>
      </dl>
    </div>`;
  }

  private renderProgress(model: CustomModel) {
    if (model.trainingStatus !== TrainingStatus.Running) return nothing;
    const raw = model.trainingProgress;
    const known = typeof raw === 'number' && Number.isFinite(raw);
    const percent = known ? Math.max(0, Math.min(100, Math.round(raw))) : 0;
    const text = known
      ? this.localize.term('cm.details.progress', percent)
      : this.localize.term('cm.details.progressUnknown');
    return html`<div class="progress-row">
      <sl-progress-bar
        part="progress"
        class="training-progress"
        .value=${percent}
        ?indeterminate=${!known}
        label=${this.localize.term('cm.details.progressLabel')}
      ></sl-progress-bar>
      <span class="progress-text">${text}</span>
    </div>`;
  }

  private renderOutcome(model: CustomModel) {
    if (!this.outcome) return nothing;
    const success = this.outcome === 'success';
    return html`<sl-alert
      class="outcome"
      variant=${success ? 'success' : 'danger'}
      open
      closable
      @sl-after-hide=${(event: Event) => {
        if (event.target === event.currentTarget) this.outcome = undefined;
      }}
    >
      <sl-icon
        slot="icon"
        library=${ICON_LIBRARY}
        name=${success ? 'check-circle' : 'x-circle'}
      ></sl-icon>
      ${
        success
          ? this.localize.term('cm.details.outcomeSuccess', model.name)
          : this.localize.term('cm.details.outcomeFailed', model.name)
      }
    </sl-alert>`;
  }

  private renderTrainControls(model: CustomModel) {
    if (!isTrainableStatus(model.trainingStatus)) return nothing;
    const noData = !this.hasDatasets;
    return html`<div class="train">
      <sl-button
        part="train-button"
        class="train-button"
        variant="primary"
        ?disabled=${noData}
        ?loading=${this.starting}
        @click=${this.onTrainClick}
      >
        ${this.localize.term('cm.details.train')}
      </sl-button>
      ${noData ? html`<p class="train-reason">${this.localize.term('cm.details.trainNeedsData')}</p>` : nothing}
    </div>`;
  }

  private renderStatusPanel(model: CustomModel) {
    const status = model.trainingStatus;
    const known = isTrainingStatus(status);
    const term = this.localize.term.bind(this.localize);
    const meaning = known
      ? term(`cm.details.status.${status}.meaning`)
      : term(
          'cm.details.status.unknown.meaning',
          typeof status === 'number' || typeof status === 'string' ? String(status) : '—',
        );
    const next = known
      ? term(`cm.details.status.${status}.next`)
      : term('cm.details.status.unknown.next');
    return html`<section
      part="status-panel"
      class="status-panel panel"
      data-status=${known ? String(status) : 'unknown'}
      aria-labelledby="status-title"
    >
      <h3 id="status-title" class="status-title">
        ${known ? term(`cm.status.${status}`) : term('cm.status.unknown')}
      </h3>
      ${this.renderOutcome(model)}
      <div class="status-text">
        <div>
          <h4>${term('cm.details.meaning')}</h4>
          <p class="meaning">${meaning}</p>
          ${
            status === TrainingStatus.Failed && model.statusMessage
              ? html`<div class="server-message">
                  <span class="server-message-label">${term('cm.details.serverMessage')}</span>
                  <span class="status-message">${model.statusMessage}</span>
                </div>`
              : nothing
          }
        </div>
        ${this.renderProgress(model)}
        <div>
          <h4>${term('cm.details.nextStep')}</h4>
          <p class="next">${next}</p>
        </div>
      </div>
      ${
        this.trainError
          ? html`<sl-alert class="train-error" variant="danger" open>
              <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
              ${errorMessage(this.localize, this.trainError)}
            </sl-alert>`
          : nothing
      }
      ${this.renderTrainControls(model)}
      <p class="live-error" role="status">${this.liveError ? term('cm.details.liveError') : ''}</p>
    </section>`;
  }

  private renderDatasetRows(datasets: Dataset[], busy: boolean) {
    const term = this.localize.term.bind(this.localize);
    const dash = term('cm.details.unknownValue');
    return html`<table class="datasets-table">
      <thead>
        <tr>
          <th scope="col">${term('cm.details.col.name')}</th>
          <th scope="col">${term('cm.details.col.kind')}</th>
          <th scope="col" class="num">${term('cm.details.col.size')}</th>
          <th scope="col">${term('cm.details.col.uploaded')}</th>
          <th scope="col">
            <span class="visually-hidden">${term('cm.details.col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        ${datasets.map(
          (dataset) =>
            html`<tr data-id=${dataset.id}>
              <td>
                <span class="dataset-name"
                  ><sl-icon
                    library=${ICON_LIBRARY}
                    name=${DATASET_KIND_ICONS[dataset.kind] ?? 'file-earmark-text'}
                    aria-hidden="true"
                  ></sl-icon
                  ><span class="file-name"
                    >${dataset.name == null || dataset.name === '' ? dash : dataset.name}</span
                  ></span
                >
              </td>
              <td class="kind">
                ${
                  dataset.kind === 'audio' ||
                  dataset.kind === 'transcript' ||
                  dataset.kind === 'manifest'
                    ? term(`cm.details.kind.${dataset.kind}`)
                    : dataset.kind
                      ? String(dataset.kind)
                      : dash
                }
              </td>
              <td class="num size">${formatBytes(this.localize, dataset.sizeBytes) ?? dash}</td>
              <td class="uploaded">
                ${dataset.uploadedAt ? this.formatDate(dataset.uploadedAt) : dash}
              </td>
              <td class="actions">
                <sl-icon-button
                  class="delete-dataset"
                  library=${ICON_LIBRARY}
                  name="trash3"
                  label=${term('cm.details.deleteDataset', dataset.name)}
                  ?disabled=${busy}
                  @click=${() => this.askDelete(dataset)}
                ></sl-icon-button>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderDatasets(model: CustomModel) {
    const term = this.localize.term.bind(this.localize);
    const busy = isBusyStatus(model.trainingStatus);
    const datasets = this.datasets;
    let list;
    if (datasets?.length) list = this.renderDatasetRows(datasets, busy);
    else if (datasets) list = html`<p class="empty">${term('cm.details.datasetsEmpty')}</p>`;
    else if (this.datasetsError) {
      list = html`<sl-alert class="datasets-error" variant="danger" open>
        <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
        ${term('cm.details.datasetsError')} ${errorMessage(this.localize, this.datasetsError)}
        <sl-button size="small" class="retry-datasets" @click=${() => void this.reload()}
          >${term('cm.retry')}</sl-button
        >
      </sl-alert>`;
    } else {
      list = html`<sl-spinner aria-label=${term('cm.loading')}></sl-spinner>`;
    }
    return html`<section part="datasets" class="datasets panel" aria-labelledby="datasets-title">
      <div class="section-head">
        <h3 id="datasets-title">${term('cm.details.datasets')}</h3>
        ${datasets ? html`<span class="count">${term('cm.details.datasetsCount', datasets.length)}</span>` : nothing}
      </div>
      ${
        busy
          ? html`<p class="busy-reason">
              <sl-icon library=${ICON_LIBRARY} name="info-circle" aria-hidden="true"></sl-icon>
              ${term('cm.details.busyReason')}
            </p>`
          : nothing
      }
      ${list}
      <dataset-upload
        part="upload"
        class="upload"
        model-id=${model.id}
        ?disabled=${busy}
        disabled-reason=${busy ? term('cm.details.uploadLocked') : ''}
        .existingNames=${(datasets ?? [])
          .map((dataset) => dataset.name)
          .filter((name) => typeof name === 'string')}
        .api=${this.api}
        @dataset-uploaded=${this.onDatasetUploaded}
      ></dataset-upload>
    </section>`;
  }

  private renderDialogs() {
    const term = this.localize.term.bind(this.localize);
    const credits = this.credits;
    const target = this.deleteTarget;
    return html`<sl-dialog
        class="delete-dialog"
        label=${term('cm.details.deleteTitle')}
        ?open=${this.deleteOpen}
        style="--width: 28rem"
        @sl-request-close=${this.onDialogRequestClose}
        @sl-hide=${this.onDialogHide}
      >
        ${
          this.deleteError
            ? html`<sl-alert class="error" variant="danger" open>
                <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
                ${errorMessage(this.localize, this.deleteError)}
              </sl-alert>`
            : nothing
        }
        <p class="dialog-text">${target ? term('cm.details.deleteText', target.name) : ''}</p>
        <div slot="footer" class="footer">
          <sl-button
            class="dialog-cancel"
            ?disabled=${this.deleting}
            @click=${() => (this.deleteOpen = false)}
            >${term('cm.cancel')}</sl-button
          >
          <sl-button
            class="confirm-delete"
            variant="danger"
            autofocus
            ?loading=${this.deleting}
            @click=${this.confirmDelete}
            >${term('cm.details.delete')}</sl-button
          >
        </div>
      </sl-dialog>
      <sl-dialog
        class="train-dialog"
        label=${term('cm.details.confirmTitle')}
        ?open=${this.confirmTrainOpen}
        style="--width: 28rem"
        @sl-request-close=${this.onDialogRequestClose}
        @sl-hide=${this.onDialogHide}
      >
        <p class="dialog-text cost">
          ${
            credits !== undefined && credits <= 0
              ? term('cm.details.confirmNoCredits')
              : term('cm.details.confirmCost', credits ?? 0)
          }
        </p>
        <p class="dialog-text">${term('cm.details.confirmNote')}</p>
        <div slot="footer" class="footer">
          <sl-button
            class="dialog-cancel"
            ?disabled=${this.starting}
            @click=${() => (this.confirmTrainOpen = false)}
            >${term('cm.cancel')}</sl-button
          >
          <sl-button
            class="confirm-train"
            variant="primary"
            autofocus
            ?disabled=${credits !== undefined && credits <= 0}
            ?loading=${this.starting}
            @click=${this.startTraining}
            >${term('cm.details.confirmStart')}</sl-button
          >
        </div>
      </sl-dialog>`;
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
        ${this.renderProblem(term('cm.details.noModelId'), '', {})}
      </div>`;
    }
    const model = this.model;
    let content;
    if (this.loadError) content = this.renderLoadError(this.loadError);
    else if (!model) {
      content = html`<div class="loading" role="status">
        <sl-spinner></sl-spinner>
        <span>${term('cm.details.loading')}</span>
      </div>`;
    } else {
      content = html`${this.renderHeader(model)} ${this.renderStatusPanel(model)}
      ${this.renderDatasets(model)} ${this.renderDialogs()}`;
    }
    return html`<div part="base" class="base" aria-busy=${this.loading ? 'true' : 'false'}>
      ${this.loadError ? nothing : html`<div class="top">${this.renderBack()}</div>`} ${content}
    </div>`;
  }
}
