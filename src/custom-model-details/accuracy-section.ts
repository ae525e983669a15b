import { html, nothing, type ReactiveController } from 'lit';
import { progressBar } from '../internal/progress-bar.js';
import { TrainingStatus, type CustomModel, type Evaluation } from '../api/types.js';
import { forbiddenReason } from '../api/status-rules.js';
import { MutationController } from '../controllers/mutation-controller.js';
import { ResourceController } from '../controllers/resource-controller.js';
import { StoreSubscription } from '../controllers/store-subscription.js';
import { ModelEvaluatedEvent } from '../events/model-evaluated.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { accuracy } from '../i18n/en/accuracy.js';
import { loadSection } from '../i18n/lazy-sections.js';
import { registerEnglish } from '../i18n/localize.js';
import { errorMessage } from '../internal/error-message.js';
import { forbidden, withReason } from '../internal/forbidden-action.js';
import { servesEvaluations } from '../api/capabilities.js';
import { evaluationsOf } from '../store/evaluations.js';
import {
  DEFAULT_FILE_SORT,
  renderBreakdown,
  renderChart,
  renderFiles,
  summarySentence,
  type FileSort,
  type FileSortField,
} from './accuracy-results.js';
import type { DetailsHost } from './details-host.js';
import { accuracyStyles } from './accuracy.styles.js';

/**
 * Registers the section's English and loads its strings in every registered language; settles once
 * they are there. Called by the details when they load this module (on demand, for an adapter that
 * measures accuracy): importing the module registers nothing.
 */
export function loadAccuracyStrings(): Promise<void> {
  registerEnglish(accuracy);
  return loadSection('accuracy');
}

/** Whether the details show an Accuracy section: the adapter declares and serves evaluations. */
export function accuracyOffered(host: Pick<DetailsHost, 'store'>): boolean {
  return servesEvaluations(host.store?.api);
}

/**
 * The Accuracy section's data and actions: the model's evaluation read through the store (polled
 * by the store's live status while it runs), starting one through the store, and the per-file
 * table's sort (a view choice, not data).
 */
export class AccuracyController implements ReactiveController {
  sort: FileSort = DEFAULT_FILE_SORT;
  startError?: unknown;
  private readonly mutations: MutationController;
  readonly state: ResourceController<string, Evaluation>;

  constructor(
    private readonly host: DetailsHost,
    options: { modelId: () => string; interval: () => number | undefined },
  ) {
    this.mutations = new MutationController(host);
    this.state = new ResourceController<string, Evaluation>(host, {
      store: () => host.store,
      key: () => (accuracyOffered(host) && options.modelId()) || undefined,
      resources: (id) => [`evaluation:${id}`],
      fetch: (store, id, signal) => evaluationsOf(store).load(id, { signal }),
      read: (store, id) => evaluationsOf(store).get(id),
    });
    host.addController(this);
    // Keeps the shown model's evaluation fresh while it runs.
    new StoreSubscription(host, {
      store: () => (accuracyOffered(host) ? host.store : undefined),
      key: () => options.modelId(),
      subscribe: (store) => {
        const id = options.modelId();
        return id ? evaluationsOf(store).watch(id, options.interval) : undefined;
      },
    });
    // Tells the end of its run: `model-evaluated` and a notice, once per run.
    new StoreSubscription(host, {
      store: () => host.store,
      subscribe: (store) =>
        evaluationsOf(store).onEnded(({ model, evaluation }) => {
          if (evaluation.modelId !== options.modelId()) return;
          const name = model?.name ?? evaluation.modelId;
          const term = host.localize.term.bind(host.localize);
          host.dispatchEvent(new ModelEvaluatedEvent({ model, evaluation }));
          if (evaluation.status === 'done')
            host.notify('accuracy-measured', 'success', term('cm.accuracy.ended', name));
          else host.notify('accuracy-failed', 'danger', term('cm.accuracy.endedFailed', name));
        }, 1),
    });
  }

  hostConnected(): void {
    // The section's styles join the details' own (they load with this module, not before).
    const root = this.host.renderRoot;
    const sheet = accuracyStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  get starting(): boolean {
    return this.mutations.busy;
  }

  reset(): void {
    this.mutations.abort();
    this.startError = undefined;
    this.sort = DEFAULT_FILE_SORT;
  }

  /** Starts measuring (also Retry and Measure again). */
  async start(): Promise<void> {
    const model = this.host.model;
    const store = this.host.store;
    if (!model || !store || this.starting || this.why(model)) return;
    this.startError = undefined;
    const outcome = await this.mutations.run((signal) =>
      evaluationsOf(store).start(model.id, { signal }),
    );
    if (outcome && !outcome.ok) this.startError = outcome.error;
    this.host.requestUpdate();
  }

  sortBy(field: FileSortField): void {
    const same = this.sort.field === field;
    const direction = same
      ? this.sort.direction === 'asc'
        ? 'desc'
        : 'asc'
      : field === 'name'
        ? 'asc'
        : 'desc';
    this.sort = { field, direction };
    this.host.requestUpdate();
  }

  /** How many test files the model has, when its datasets are loaded. */
  private get testFiles(): number | undefined {
    return this.host.datasets?.filter((dataset) => dataset.kind === 'test-set').length;
  }

  /** Why a measurement cannot start now (a string key), or undefined. */
  private why(model: CustomModel) {
    if (model.trainingStatus !== TrainingStatus.Success)
      return 'cm.accuracy.needsTraining' as const;
    if (this.testFiles === 0) return 'cm.accuracy.needsTestSet' as const;
    return undefined;
  }

  private renderStart(model: CustomModel, label: string, variant: 'primary' | 'default') {
    const reason = this.why(model);
    const text = reason && this.host.localize.term(reason);
    return html`${withReason(
      text,
      html`<sl-button
        class="start-evaluation"
        variant=${variant}
        ?loading=${this.starting}
        ${forbidden(text)}
        @click=${() => void this.start()}
        >${label}</sl-button
      >`,
    )}${reason ? html`<p class="accuracy-reason">${text}</p>` : nothing}`;
  }

  private renderState(model: CustomModel) {
    const localize = this.host.localize;
    const term = localize.term.bind(localize);
    const evaluation = this.state.value;
    if (!evaluation) {
      if (this.state.error) {
        return html`<sl-alert class="accuracy-error" variant="danger" open>
          <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
          ${term('cm.accuracy.loadError')} ${errorMessage(localize, this.state.error)}
          <sl-button size="small" class="retry-accuracy" @click=${() => this.state.refresh()}
            >${term('cm.retry')}</sl-button
          >
        </sl-alert>`;
      }
      return html`<sl-spinner aria-label=${term('cm.loading')}></sl-spinner>`;
    }
    if (evaluation.status === 'running') {
      const progress = evaluation.progress;
      const percent = localize.number((progress ?? 0) / 100, { style: 'percent' });
      return html`<div class="accuracy-running" role="status">
        <p>
          ${progress === undefined ? term('cm.accuracy.running') : term('cm.accuracy.runningProgress', percent)}
        </p>
        ${progressBar({
          className: 'accuracy-progress',
          value: progress,
          label: term('cm.accuracy.running'),
        })}
      </div>`;
    }
    if (evaluation.status === 'failed') {
      return html`<div class="accuracy-failed" role="alert">
          <p class="accuracy-failed-title">
            <sl-icon
              library=${ICON_LIBRARY}
              name="exclamation-triangle"
              aria-hidden="true"
            ></sl-icon>
            <strong>${term('cm.accuracy.failedTitle')}</strong>
          </p>
          <p class="accuracy-failed-reason">
            ${evaluation.reason || term('cm.accuracy.failedNoReason')}
          </p>
        </div>
        ${this.renderStart(model, term('cm.accuracy.retry'), 'primary')}`;
    }
    const { base, custom } = evaluation;
    if (evaluation.status !== 'done' || !base || !custom) {
      return html`<p class="accuracy-none">${term('cm.accuracy.none')}</p>
        ${this.renderStart(model, term('cm.accuracy.start'), 'primary')}`;
    }
    return html`<p class="accuracy-summary">${summarySentence(localize, base, custom)}</p>
      ${renderChart(localize, base.wer, custom.wer)} ${renderBreakdown(localize, base, custom)}
      ${renderFiles(localize, evaluation, this.sort, (field) => this.sortBy(field))}
      <div class="accuracy-actions">
        ${evaluation.endedAt ? html`<span class="accuracy-when">${term('cm.accuracy.measuredAt', this.host.formatDate(evaluation.endedAt))}</span>` : nothing}
        ${this.renderStart(model, term('cm.accuracy.again'), 'default')}
      </div>`;
  }

  /** The existing upload, set to "Test set": its checks and pairing warnings apply. */
  private renderUpload(model: CustomModel) {
    const reason = forbiddenReason('upload', model.trainingStatus);
    const term = this.host.localize.term.bind(this.host.localize);
    return html`<dataset-upload
      part="test-set-upload"
      class="test-set-upload"
      model-id=${model.id}
      upload-as="test-set"
      .api=${this.host.store?.api}
      ?disabled=${Boolean(reason)}
      disabled-reason=${reason ? term('cm.details.uploadLocked') : ''}
      .existingNames=${(this.host.datasets ?? [])
        .map((dataset) => dataset.name)
        .filter((name) => typeof name === 'string')}
    ></dataset-upload>`;
  }

  /** The Accuracy section: nothing for an adapter that does not measure accuracy. */
  render(model: CustomModel) {
    if (!accuracyOffered(this.host)) return nothing;
    const term = this.host.localize.term.bind(this.host.localize);
    const files = this.testFiles;
    return html`<section part="accuracy" class="accuracy panel" aria-labelledby="accuracy-title">
      <div class="section-head">
        <h3 id="accuracy-title">${term('cm.accuracy.title')}</h3>
        ${files === undefined ? nothing : html`<span class="count">${term('cm.accuracy.testSetCount', files)}</span>`}
      </div>
      <p class="accuracy-explained">${term('cm.accuracy.werExplained')}</p>
      ${this.renderState(model)}
      ${
        this.startError
          ? html`<sl-alert class="accuracy-start-error" variant="danger" open>
              <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
              ${term('cm.accuracy.startError')} ${errorMessage(this.host.localize, this.startError)}
            </sl-alert>`
          : nothing
      }
      <p class="accuracy-help">${term('cm.accuracy.testSetHelp')}</p>
      ${this.renderUpload(model)}
    </section>`;
  }
}
