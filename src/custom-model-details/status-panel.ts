import { html, nothing } from 'lit';
import { progressBar } from '../internal/progress-bar.js';
import { isKnownErrorCode } from '../api/errors.js';
import { forbiddenReason, isTrainableStatus } from '../api/status-rules.js';
import { TrainingStatus, isTrainingStatus, type CustomModel, type Dataset } from '../api/types.js';
import { MutationController } from '../controllers/mutation-controller.js';
import { ModelUpdatedEvent } from '../events/events.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { errorDetail, errorMessage, statusFailure } from '../internal/error-message.js';
import { forbidden, withReason } from '../internal/forbidden-action.js';
import { hasTrainingWarnings, renderTrainingWarnings } from './dataset-marks.js';
import { nextStepText, renderNextActions, type UseModelOffer } from './next-step.js';
import type { DetailsHost } from './details-host.js';

/**
 * "Train the Language": the confirmation (when the plan counts credits), the call through the
 * store, its error, and the outcome of the run shown inline when it ends while the model is open
 * (the element passes on the store's fact: `ended`).
 */
export class TrainingController {
  confirmOpen = false;
  error?: unknown;
  /** How the last run of the shown model ended, seen while it was shown. */
  outcome?: 'success' | 'failed';
  /** The confirmation asks first because the data is the same as the failed run's. */
  sameData = false;
  /** The datasets a failed run left, as first seen here (by model): a change since is a fix. */
  private failedWith?: { modelId: string; datasets: string };
  private readonly mutations: MutationController;

  constructor(private readonly host: DetailsHost) {
    this.mutations = new MutationController(host);
  }

  get starting(): boolean {
    return this.mutations.busy;
  }

  /** Another model is shown: forget this one's state. */
  reset(): void {
    this.confirmOpen = false;
    this.error = undefined;
    this.outcome = undefined;
    this.sameData = false;
    this.failedWith = undefined;
    this.mutations.abort();
  }

  /**
   * Remembers the datasets of a Failed model the first time they are seen here (the run just ended
   * or the model was opened): adding or removing one since then is trying a fix.
   */
  noteFailure(model: CustomModel, datasets: readonly Dataset[] | undefined): void {
    if (model.trainingStatus !== TrainingStatus.Failed) {
      this.failedWith = undefined;
      return;
    }
    if (!datasets || this.failedWith?.modelId === String(model.id)) return;
    this.failedWith = { modelId: String(model.id), datasets: datasetIds(datasets) };
  }

  /**
   * Whether training now would retry a failed run on the same data: the model failed, and no
   * dataset was added or removed since (none seen to change here, none uploaded after the run's end
   * when the adapter says when it ended).
   */
  sameDataAsFailedRun(model: CustomModel, datasets: readonly Dataset[] | undefined): boolean {
    if (model.trainingStatus !== TrainingStatus.Failed || !datasets) return false;
    const seen = this.failedWith;
    if (seen?.modelId === String(model.id) && seen.datasets !== datasetIds(datasets)) return false;
    const ended = Date.parse(model.trainingEndedAt ?? '');
    if (!Number.isNaN(ended))
      return !datasets.some((dataset) => Date.parse(dataset.uploadedAt ?? '') > ended);
    return true;
  }

  /** The store said the shown model's run ended (told once, by the store): show it in place. */
  ended(outcome: 'success' | 'failed'): void {
    this.outcome = outcome;
    this.host.requestUpdate();
  }

  /**
   * The train button: confirm first when the plan counts credits, when the data has problems (the
   * confirmation lists them), or when it would retry a failed run on the same data (the confirmation then says why it will likely fail again).
   */
  request(): void {
    this.error = undefined;
    const model = this.host.model;
    this.sameData = !!model && this.sameDataAsFailedRun(model, this.host.datasets);
    if (this.host.credits !== undefined || this.sameData || hasTrainingWarnings(this.host.datasets))
      this.confirmOpen = true;
    else void this.start();
    this.host.requestUpdate();
  }

  /** Starts training now. */
  async start(): Promise<void> {
    const model = this.host.model;
    const store = this.host.store;
    if (!model || !store || this.starting) return;
    this.error = undefined;
    const outcome = await this.mutations.run((signal) => store.startTraining(model.id, { signal }));
    // Plain fields change below: render them.
    this.host.requestUpdate();
    if (!outcome) return;
    this.confirmOpen = false;
    if (!outcome.ok) {
      this.error = outcome.error;
      return;
    }
    this.outcome = undefined;
    this.host.dispatchEvent(new ModelUpdatedEvent({ model: outcome.value }));
    this.host.notify(
      'training-started',
      'primary',
      this.host.localize.term('cm.details.trainStarted', outcome.value.name),
    );
  }

  /** The confirmation closed (Cancel, Escape): a start in flight is aborted. */
  closed(): void {
    this.confirmOpen = false;
    this.mutations.abort();
    this.host.requestUpdate();
  }

  /** Why the last run failed, for the "same data" confirmation. */
  private renderSameData() {
    const model = this.host.model;
    const term = this.host.localize.term.bind(this.host.localize);
    const reason = model ? failureReason(this.host, model) : undefined;
    return html`<p class="dialog-text same-data">${term('cm.details.retrySameData')}</p>
      ${
        reason?.message
          ? html`<p class="dialog-text failure-reason">
              ${term('cm.details.retryReason')} ${reason.message}
            </p>`
          : nothing
      }`;
  }

  renderConfirm() {
    const term = this.host.localize.term.bind(this.host.localize);
    const credits = this.host.credits;
    const none = credits !== undefined && credits <= 0;
    const same = this.sameData;
    return html`<custom-models-confirm-dialog
      dialog-class="train-dialog"
      confirm-class="confirm-train"
      variant="primary"
      label=${term(same ? 'cm.details.retryTitle' : 'cm.details.confirmTitle')}
      confirm-label=${term(same ? 'cm.details.retryStart' : 'cm.details.confirmStart')}
      cancel-label=${term('cm.cancel')}
      .open=${this.confirmOpen}
      .busy=${this.starting}
      .confirmDisabled=${none}
      .content=${html`${same ? this.renderSameData() : nothing}
        ${
          credits === undefined
            ? nothing
            : html`<p class="dialog-text cost">
                ${none ? term('cm.details.confirmNoCredits') : term('cm.details.confirmCost', credits)}
              </p>`
        }
        ${renderTrainingWarnings(this.host.localize, this.host.datasets)}
        <p class="dialog-text">${term('cm.details.confirmNote')}</p>`}
      @confirm-dialog-confirm=${() => this.start()}
      @confirm-dialog-close=${() => this.closed()}
    ></custom-models-confirm-dialog>`;
  }
}

function renderProgress(host: DetailsHost, model: CustomModel) {
  if (model.trainingStatus !== TrainingStatus.Running) return nothing;
  const raw = model.trainingProgress;
  const known = typeof raw === 'number' && Number.isFinite(raw);
  const percent = known ? Math.max(0, Math.min(100, Math.round(raw))) : 0;
  const term = host.localize.term.bind(host.localize);
  const text = known ? term('cm.details.progress', percent) : term('cm.details.progressUnknown');
  return html`<div class="progress-row">
    ${progressBar({
      part: 'progress',
      className: 'training-progress',
      value: known ? percent : undefined,
      label: term('cm.details.progressLabel'),
    })}
    <span class="progress-text">${text}</span>
  </div>`;
}

function renderOutcome(
  host: DetailsHost,
  training: TrainingController,
  model: CustomModel,
  toldAbove: boolean,
) {
  if (!training.outcome) return nothing;
  const success = training.outcome === 'success';
  // Success is said once: by the page's notice where a page tells it (the panel keeps the state
  // and what to do next); in place only for details on their own.
  if (success && toldAbove) return nothing;
  const term = host.localize.term.bind(host.localize);
  return html`<sl-alert
    class="outcome"
    variant=${success ? 'success' : 'danger'}
    open
    closable
    @sl-after-hide=${(event: Event) => {
      if (event.target !== event.currentTarget) return;
      training.outcome = undefined;
      host.requestUpdate();
    }}
  >
    <sl-icon
      slot="icon"
      library=${ICON_LIBRARY}
      name=${success ? 'check-circle' : 'x-circle'}
    ></sl-icon>
    ${
      success
        ? term('cm.details.outcomeSuccess', model.name)
        : term('cm.details.outcomeFailed', model.name)
    }
  </sl-alert>`;
}

/**
 * "Train the Language", with the datasets it trains on: rendered right after the Datasets section,
 * where the user who has just uploaded is (the status panel's next step points down to it).
 */
export function renderTrainControls(
  host: DetailsHost,
  training: TrainingController,
  model: CustomModel,
  hasData: boolean,
) {
  // The spec: "Train the Language" is hidden in Ready to Run, Running and Success.
  if (!isTrainableStatus(model.trainingStatus)) return nothing;
  training.noteFailure(model, host.datasets);
  const reason = forbiddenReason('train', model.trainingStatus, { hasData });
  const text = reason && host.localize.term(reason);
  return html`${
      training.error
        ? html`<sl-alert class="train-error" variant="danger" open>
            <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
            ${errorMessage(host.localize, training.error)}
          </sl-alert>`
        : nothing
    }
    <div class="train">
      ${withReason(
        text,
        html`<sl-button
          part="train-button"
          class="train-button"
          variant="primary"
          ${forbidden(text)}
          ?loading=${training.starting}
          @click=${() => training.request()}
        >
          ${host.localize.term('cm.details.train')}
        </sl-button>`,
      )}
      ${text ? html`<p class="train-reason">${text}</p>` : nothing}
    </div>`;
}

/** Why a failed model failed, in the user's words where the reason is known, and the service's. */
export function failureReason(
  host: Pick<DetailsHost, 'localize'>,
  model: CustomModel,
): { message: string; detail: string | undefined } {
  // A known reason (statusCode) in the user's language, the service's words beside it.
  const failure = statusFailure(model);
  const known = failure !== undefined && isKnownErrorCode(failure.code);
  const message = known
    ? errorMessage(host.localize, failure)
    : typeof model.statusMessage === 'string'
      ? model.statusMessage
      : '';
  return { message, detail: known ? errorDetail(host.localize, failure) : undefined };
}

/** A failed model's reason: the service's message and the name of its training log, as text. */
function renderFailure(host: DetailsHost, model: CustomModel) {
  const term = host.localize.term.bind(host.localize);
  const { message, detail } = failureReason(host, model);
  const log = typeof model.trainingLogName === 'string' ? model.trainingLogName : '';
  // A space before the note keeps the two sentences apart in the text read out.
  const detailNote = detail
    ? html` <span class="error-detail">${term('cm.error.serviceSaid')} ${detail}</span>`
    : nothing;
  if (!message && !log.trim()) return nothing;
  return html`<dl class="server-message">
    ${
      message
        ? html`<div>
            <dt class="server-message-label">${term('cm.details.serverMessage')}</dt>
            <dd class="status-message">${message}${detailNote}</dd>
          </div>`
        : nothing
    }
    ${
      log.trim()
        ? html`<div>
            <dt class="server-message-label">${term('cm.details.trainingLog')}</dt>
            <dd class="training-log"><code>${log}</code></dd>
          </div>`
        : nothing
    }
  </dl>`;
}

/** A set of datasets as one comparable string. */
function datasetIds(datasets: readonly Dataset[]): string {
  return datasets
    .map((dataset) => String(dataset.id))
    .sort()
    .join('\n');
}

/** What the status panel is told beside the model. */
export interface StatusPanelView {
  hasData: boolean;
  /** A page around tells the end of a run (its notice): Success is then not said again here. */
  toldAbove: boolean;
  /** How "Use this model" is offered after Success (next-step.ts). */
  useModel: UseModelOffer;
}

/** What the status means, the next step (with its actions), progress and the outcome. */
export function renderStatusPanel(
  host: DetailsHost,
  training: TrainingController,
  model: CustomModel,
  view: StatusPanelView,
) {
  const status = model.trainingStatus;
  const known = isTrainingStatus(status);
  const term = host.localize.term.bind(host.localize);
  const meaning = known
    ? term(`cm.details.status.${status}.meaning`)
    : term(
        'cm.details.status.unknown.meaning',
        typeof status === 'number' || typeof status === 'string' ? String(status) : '—',
      );
  return html`<section
    part="status-panel"
    class="status-panel panel"
    data-status=${known ? String(status) : 'unknown'}
    aria-labelledby="status-title"
  >
    <h3 id="status-title" class="status-title" tabindex="-1">
      ${known ? term(`cm.status.${status}`) : term('cm.status.unknown')}
    </h3>
    ${renderOutcome(host, training, model, view.toldAbove)}
    <div class="status-text">
      <div>
        <h4>${term('cm.details.meaning')}</h4>
        <p class="meaning">${meaning}</p>
        ${status === TrainingStatus.Failed ? renderFailure(host, model) : nothing}
      </div>
      ${renderProgress(host, model)}
      <div>
        <h4>${term('cm.details.nextStep')}</h4>
        <p class="next">${nextStepText(host, model, view.hasData)}</p>
        ${renderNextActions(host, model, view.useModel)}
      </div>
    </div>
    <p class="live-error" role="status">
      ${host.store?.liveError ? term('cm.details.liveError') : ''}
    </p>
  </section>`;
}
