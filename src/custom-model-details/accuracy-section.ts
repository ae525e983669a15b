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
import { buildAccuracyReport, type AccuracyReport } from '../scoring/report.js';
import { pairTestFiles, type TestFilePairing } from '../scoring/test-items.js';
import { renderChart, renderTotals } from './accuracy-results.js';
import { renderGuide, type AccuracyStage } from './accuracy-guide.js';
import { breakableName, InspectState, renderInspection } from './accuracy-inspect.js';
import { renderConfusions } from './accuracy-confusions.js';
import { ReportFiles, renderExport } from './accuracy-export.js';
import type { DetailsHost } from './details-host.js';
import { accuracyStyles } from './accuracy.styles.js';
import { accuracyInspectStyles } from './accuracy-inspect.styles.js';

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
 * by the store's live status while it runs), starting one through the store, the report built from
 * the evaluation's items (memoised per evaluation), and the inspection's view choices.
 */
export class AccuracyController implements ReactiveController {
  startError?: unknown;
  readonly inspect: InspectState;
  private readonly files = new ReportFiles();
  private memo?: { evaluation: Evaluation; language?: string; report: AccuracyReport };
  private readonly mutations: MutationController;
  readonly state: ResourceController<string, Evaluation>;

  constructor(
    private readonly host: DetailsHost,
    options: { modelId: () => string; interval: () => number | undefined },
  ) {
    this.mutations = new MutationController(host);
    this.inspect = new InspectState(() => host.requestUpdate());
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
    if (!(root instanceof ShadowRoot)) return;
    for (const styles of [accuracyStyles, accuracyInspectStyles]) {
      const sheet = styles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
    }
  }

  hostDisconnected(): void {
    this.files.revoke();
  }

  get starting(): boolean {
    return this.mutations.busy;
  }

  reset(): void {
    this.mutations.abort();
    this.startError = undefined;
    this.inspect.reset();
    this.files.revoke();
    this.memo = undefined;
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

  /** The model's test files as items (audio with its reference), when its datasets are loaded. */
  private get pairing(): TestFilePairing | undefined {
    const datasets = this.host.datasets;
    if (!datasets) return undefined;
    return pairTestFiles(
      datasets
        .filter((dataset) => dataset.kind === 'test-set' && typeof dataset.name === 'string')
        .map((dataset) => dataset.name),
    );
  }

  /** The report of a done evaluation with items (built once per evaluation object). */
  private reportOf(evaluation: Evaluation, model: CustomModel): AccuracyReport | undefined {
    if (!Array.isArray(evaluation.items) || !evaluation.items.length) return undefined;
    const language = model.baseLanguage?.key;
    if (this.memo?.evaluation !== evaluation || this.memo.language !== language) {
      this.memo = { evaluation, language, report: buildAccuracyReport(evaluation, { language }) };
    }
    return this.memo.report;
  }

  /** Why a measurement cannot start now (a string key), or undefined. */
  private why(model: CustomModel) {
    if (model.trainingStatus !== TrainingStatus.Success)
      return 'cm.accuracy.needsTraining' as const;
    if (this.pairing?.items.length === 0) return 'cm.accuracy.needsTestItem' as const;
    return undefined;
  }

  private stage(model: CustomModel, evaluation: Evaluation | undefined): AccuracyStage {
    if (evaluation?.status === 'running') return 'running';
    if (evaluation?.status === 'failed') return 'failed';
    if (evaluation?.status === 'done' && evaluation.base && evaluation.custom) return 'done';
    if (evaluation?.status === 'done' && evaluation.items?.length) return 'done';
    if (model.trainingStatus !== TrainingStatus.Success) return 'untrained';
    if (!evaluation) return 'loading';
    if (this.pairing?.items.length === 0) return 'no-items';
    return 'ready';
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

  /** Step 1: the upload, for test data only, and the files that make no item. */
  private renderTestSetStep(model: CustomModel, pairing: TestFilePairing | undefined) {
    const reason = forbiddenReason('upload', model.trainingStatus);
    const term = this.host.localize.term.bind(this.host.localize);
    const list = (key: Parameters<typeof term>[0], names: string[], kind: string) =>
      names.length
        ? html`<div class="unpaired unpaired-${kind}">
            <p>${term(key as 'cm.accuracy.unpaired.audio')}</p>
            <ul>
              ${names.map((name) => html`<li class="file-name">${breakableName(name)}</li>`)}
            </ul>
          </div>`
        : nothing;
    return html`<li class="step step-test-set">
      <h4 class="step-title">${term('cm.accuracy.step.testSet')}</h4>
      <p class="accuracy-help">${term('cm.accuracy.testSetHelp')}</p>
      <dataset-upload
        part="test-set-upload"
        class="test-set-upload"
        model-id=${model.id}
        upload-as="test-set"
        fixed-purpose
        .preflight=${this.host.preflight}
        .api=${this.host.store?.api}
        ?disabled=${Boolean(reason)}
        disabled-reason=${reason ? term('cm.details.uploadLocked') : ''}
        .existingNames=${(this.host.datasets ?? [])
          .map((dataset) => dataset.name)
          .filter((name) => typeof name === 'string')}
      ></dataset-upload>
      ${
        pairing
          ? html`${list('cm.accuracy.unpaired.audio', pairing.audioWithoutReference, 'audio')}
            ${list('cm.accuracy.unpaired.reference', pairing.referenceWithoutAudio, 'reference')}
            ${list(
              'cm.accuracy.unpaired.ambiguous',
              pairing.ambiguous.flatMap((group) => group.files),
              'ambiguous',
            )}`
          : nothing
      }
    </li>`;
  }

  /** Step 2: the button (with why it waits), progress while running. */
  private renderMeasureStep(
    model: CustomModel,
    stage: AccuracyStage,
    evaluation: Evaluation | undefined,
  ) {
    const localize = this.host.localize;
    const term = localize.term.bind(localize);
    const label =
      stage === 'failed'
        ? term('cm.accuracy.retry')
        : stage === 'done'
          ? term('cm.accuracy.again')
          : term('cm.accuracy.start');
    return html`<li class="step step-measure">
      <h4 class="step-title">${term('cm.accuracy.step.measure')}</h4>
      ${
        stage === 'running'
          ? html`<div class="accuracy-running" role="status">
              ${progressBar({
                className: 'accuracy-progress',
                value: evaluation?.progress,
                label: term('cm.accuracy.running'),
              })}
            </div>`
          : html`<div class="accuracy-actions">
              ${this.renderStart(model, label, stage === 'done' ? 'default' : 'primary')}
              ${
                stage === 'done' && evaluation?.endedAt
                  ? html`<span class="accuracy-when"
                      >${term('cm.accuracy.measuredAt', this.host.formatDate(evaluation.endedAt))}</span
                    >`
                  : nothing
              }
            </div>`
      }
      ${
        this.startError
          ? html`<sl-alert class="accuracy-start-error" variant="danger" open>
              <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
              ${term('cm.accuracy.startError')} ${errorMessage(localize, this.startError)}
            </sl-alert>`
          : nothing
      }
    </li>`;
  }

  /** Step 3: the numbers behind the verdict, word by word, and the files. */
  private renderResultStep(model: CustomModel, evaluation: Evaluation, report?: AccuracyReport) {
    const localize = this.host.localize;
    const term = localize.term.bind(localize);
    let body;
    if (report) {
      body = html`${renderChart(localize, report.comparison.baseWer, report.comparison.customWer)}
      ${renderTotals(localize, report.total, report.profile)} ${renderConfusions(localize, report)}
      ${renderInspection(localize, report, this.inspect)}
      ${renderExport(localize, this.files, report, model)}`;
    } else if (evaluation.base && evaluation.custom) {
      body = html`${renderChart(localize, evaluation.base.wer, evaluation.custom.wer)}
      ${renderTotals(localize, { raw: { base: evaluation.base, custom: evaluation.custom } }, 'raw')}`;
    }
    return html`<li class="step step-result">
      <h4 class="step-title">${term('cm.accuracy.step.result')}</h4>
      ${body}
    </li>`;
  }

  /** The Accuracy section: nothing for an adapter that does not measure accuracy. */
  render(model: CustomModel) {
    if (!accuracyOffered(this.host)) return nothing;
    const term = this.host.localize.term.bind(this.host.localize);
    const pairing = this.pairing;
    const evaluation = this.state.value;
    const stage = this.stage(model, evaluation);
    const report = stage === 'done' && evaluation ? this.reportOf(evaluation, model) : undefined;
    return html`<section part="accuracy" class="accuracy panel" aria-labelledby="accuracy-title">
      <div class="section-head">
        <h3 id="accuracy-title">${term('cm.accuracy.title')}</h3>
        ${
          pairing
            ? html`<span class="count"
                >${term('cm.accuracy.testItemCount', pairing.items.length)}</span
              >`
            : nothing
        }
      </div>
      <p class="accuracy-explained">${term('cm.accuracy.werExplained')}</p>
      ${renderGuide(this.host, stage, evaluation, report, {
        error: this.state.error,
        retry: () => this.state.refresh(),
      })}
      <ol class="accuracy-steps">
        ${this.renderTestSetStep(model, pairing)}
        ${this.renderMeasureStep(model, stage, evaluation)}
        ${stage === 'done' && evaluation ? this.renderResultStep(model, evaluation, report) : nothing}
      </ol>
    </section>`;
  }
}
