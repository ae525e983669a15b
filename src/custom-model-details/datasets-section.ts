import { html, nothing } from 'lit';
import { forbiddenReason, type RuleReason } from '../api/status-rules.js';
import { datasetKindOf } from '../api/dataset-files.js';
import { TrainingStatus, type CustomModel, type Dataset } from '../api/types.js';
import { MutationController } from '../controllers/mutation-controller.js';
import { DATASET_KIND_ICONS } from '../dataset-upload/upload-list.js';
import { DatasetDeletedEvent } from '../events/events.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { errorMessage } from '../internal/error-message.js';
import { forbidden, withReason } from '../internal/forbidden-action.js';
import { formatBytes } from '../uploads/format-bytes.js';
import { datasetMarks, renderDatasetMarks } from './dataset-marks.js';
import { datasetDuration, renderDatasetTotals } from './dataset-totals.js';
import type { DetailsHost } from './details-host.js';

/** Id of the text that says why datasets cannot change now. */

/**
 * Whether the adapter serves dataset delete: `capabilities.deleteDataset: false` (ScriptixApi
 * without a configured path) means no delete is offered and none is ever called.
 */
export function datasetDeleteOffered(host: Pick<DetailsHost, 'store'>): boolean {
  return host.store?.api.capabilities?.deleteDataset !== false;
}

/**
 * The dataset's download address when it is an absolute http(s) URL, else undefined. Adapters
 * promise that much; a host's own adapter may not keep it, and a `javascript:` link must never
 * reach an `href`.
 */
function downloadUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || !url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Deleting one dataset: which, its confirmation, the call through the store and its error. */
export class DatasetDeleteController {
  target?: Dataset;
  open = false;
  error?: unknown;
  private readonly mutations: MutationController;

  constructor(private readonly host: DetailsHost) {
    this.mutations = new MutationController(host);
  }

  get deleting(): boolean {
    return this.mutations.busy;
  }

  reset(): void {
    this.open = false;
    this.error = undefined;
    this.mutations.abort();
  }

  ask(dataset: Dataset): void {
    if (!datasetDeleteOffered(this.host)) return;
    const model = this.host.model;
    if (model && forbiddenReason('deleteDataset', model.trainingStatus)) return;
    this.target = dataset;
    this.error = undefined;
    this.open = true;
    this.host.requestUpdate();
  }

  async confirm(): Promise<void> {
    const dataset = this.target;
    const model = this.host.model;
    const store = this.host.store;
    if (!dataset || !model || !store || this.deleting) return;
    if (forbiddenReason('deleteDataset', model.trainingStatus)) return;
    if (!datasetDeleteOffered(this.host)) return;
    this.error = undefined;
    const outcome = await this.mutations.run((signal) =>
      store.deleteDataset(model.id, dataset.id, { signal }),
    );
    // Plain fields change below: render them.
    this.host.requestUpdate();
    if (!outcome) return;
    if (!outcome.ok) {
      this.error = outcome.error;
      return;
    }
    this.open = false;
    this.host.dispatchEvent(new DatasetDeletedEvent({ modelId: model.id, datasetId: dataset.id }));
    this.host.notify(
      'dataset-deleted',
      'success',
      this.host.localize.term('cm.details.deleted', dataset.name),
    );
  }

  closed(): void {
    this.open = false;
    this.mutations.abort();
    this.host.requestUpdate();
  }

  renderConfirm() {
    // Nothing to confirm where the adapter cannot delete datasets.
    if (!datasetDeleteOffered(this.host)) return nothing;
    const term = this.host.localize.term.bind(this.host.localize);
    const target = this.target;
    return html`<custom-models-confirm-dialog
      dialog-class="delete-dialog"
      confirm-class="confirm-delete"
      label=${term('cm.details.deleteTitle')}
      confirm-label=${term('cm.details.delete')}
      cancel-label=${term('cm.cancel')}
      .open=${this.open}
      .busy=${this.deleting}
      .error=${this.error ? errorMessage(this.host.localize, this.error) : ''}
      .content=${html`<p class="dialog-text">
        ${target ? term('cm.details.deleteText', target.name) : ''}
      </p>`}
      @confirm-dialog-confirm=${() => this.confirm()}
      @confirm-dialog-close=${() => this.closed()}
    ></custom-models-confirm-dialog>`;
  }
}

function renderKind(host: DetailsHost, dataset: Dataset): string {
  const term = host.localize.term.bind(host.localize);
  const kind = dataset.kind;
  if (kind === 'test-set') return term(testSetKind(dataset));
  if (kind === 'audio' || kind === 'transcript' || kind === 'manifest') {
    return term(`cm.details.kind.${kind}`);
  }
  return kind ? String(kind) : term('cm.details.unknownValue');
}

/**
 * A test-set file as what it is in a test item: the audio, or its reference transcript (paired by
 * base name, as the evaluation pairs them); "Test set" for any other file.
 */
function testSetKind(dataset: Dataset) {
  const named = datasetKindOf(String(dataset.name ?? ''));
  if (named === 'audio') return 'cm.details.kind.test-audio';
  if (named === 'transcript') return 'cm.details.kind.test-reference';
  return 'cm.details.kind.test-set';
}

function renderName(host: DetailsHost, dataset: Dataset) {
  const term = host.localize.term.bind(host.localize);
  const name =
    dataset.name == null || dataset.name === '' ? term('cm.details.unknownValue') : dataset.name;
  const href = downloadUrl(dataset.url);
  const icon = html`<sl-icon
    library=${ICON_LIBRARY}
    name=${DATASET_KIND_ICONS[dataset.kind] ?? 'file-earmark-text'}
    aria-hidden="true"
  ></sl-icon>`;
  if (!href) {
    return html`<span class="dataset-name">${icon}<span class="file-name">${name}</span></span>`;
  }
  // Text and an href only: the name is data, the address is checked above.
  return html`<span class="dataset-name"
    >${icon}<a class="download" href=${href} target="_blank" rel="noopener noreferrer"
      ><span class="file-name">${name}</span
      ><span class="visually-hidden"> ${term('cm.details.downloadHint')}</span
      ><sl-icon
        class="download-icon"
        library=${ICON_LIBRARY}
        name="download"
        aria-hidden="true"
      ></sl-icon></a
  ></span>`;
}

function renderRows(
  host: DetailsHost,
  deletion: DatasetDeleteController,
  datasets: Dataset[],
  /** Why no dataset can be deleted now, in the user's language (undefined: they can). */
  locked: string | undefined,
) {
  const term = host.localize.term.bind(host.localize);
  const dash = term('cm.details.unknownValue');
  const deletable = datasetDeleteOffered(host);
  const marks = datasetMarks(host.model, datasets);
  return html`<table class="datasets-table">
    <thead>
      <tr>
        <th scope="col">${term('cm.details.col.name')}</th>
        <th scope="col">${term('cm.details.col.kind')}</th>
        <th scope="col" class="num">${term('cm.details.col.size')}</th>
        <th scope="col" class="num">${term('cm.details.col.duration')}</th>
        <th scope="col">${term('cm.details.col.uploaded')}</th>
        ${
          deletable
            ? html`<th scope="col">
                <span class="visually-hidden">${term('cm.details.col.actions')}</span>
              </th>`
            : nothing
        }
      </tr>
    </thead>
    <tbody>
      ${datasets.map(
        (dataset) =>
          html`<tr data-id=${dataset.id}>
            <td class="name-cell">
              ${renderName(host, dataset)}
              ${renderDatasetMarks(host.localize, marks.get(String(dataset.id)))}
              <!-- Narrow screens hide the Kind column and show the kind here. -->
              <span class="kind-inline">${renderKind(host, dataset)}</span>
            </td>
            <td class="kind">${renderKind(host, dataset)}</td>
            <td class="num size">${formatBytes(host.localize, dataset.sizeBytes) ?? dash}</td>
            <td class="num duration">${datasetDuration(dataset) ?? dash}</td>
            <td class="uploaded">
              ${dataset.uploadedAt ? host.formatDate(dataset.uploadedAt) : dash}
            </td>
            ${
              deletable
                ? html`<td class="actions">
                    ${withReason(
                      locked,
                      html`<sl-icon-button
                        class="delete-dataset"
                        library=${ICON_LIBRARY}
                        name="trash3"
                        label=${term('cm.details.deleteDataset', dataset.name)}
                        ${forbidden(locked)}
                        @click=${() => deletion.ask(dataset)}
                      ></sl-icon-button>`,
                    )}
                  </td>`
                : nothing
            }
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Why the Datasets upload is closed, in the user's language ('' while it is open). */
function uploadClosedText(
  host: DetailsHost,
  model: CustomModel,
  reason: RuleReason | undefined,
): string {
  if (!reason) return '';
  const term = host.localize.term.bind(host.localize);
  if (reason !== 'cm.rules.datasetsBusy') return term(reason);
  return model.trainingStatus === TrainingStatus.ReadyToRun
    ? term('cm.details.uploadQueued')
    : term('cm.details.uploadLocked');
}

export interface DatasetsView {
  datasets?: Dataset[];
  error?: unknown;
  onRetry: () => void;
}

/** The model's datasets: the list, why they cannot change now, and the upload. */
export function renderDatasetsSection(
  host: DetailsHost,
  deletion: DatasetDeleteController,
  model: CustomModel,
  view: DatasetsView,
) {
  const term = host.localize.term.bind(host.localize);
  // This drop zone takes training data, which a trained model can no longer use.
  const uploadReason = forbiddenReason('uploadTraining', model.trainingStatus);
  const deleteReason = forbiddenReason('deleteDataset', model.trainingStatus);
  const { datasets } = view;
  let list;
  if (datasets?.length)
    list = html`${renderRows(host, deletion, datasets, deleteReason && term(deleteReason))}
    ${renderDatasetTotals(host.localize, datasets)}`;
  else if (datasets) list = html`<p class="empty">${term('cm.details.datasetsEmpty')}</p>`;
  else if (view.error) {
    list = html`<sl-alert class="datasets-error" variant="danger" open>
      <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
      ${term('cm.details.datasetsError')} ${errorMessage(host.localize, view.error)}
      <sl-button size="small" class="retry-datasets" @click=${view.onRetry}
        >${term('cm.retry')}</sl-button
      >
    </sl-alert>`;
  } else {
    list = html`<sl-spinner aria-label=${term('cm.loading')}></sl-spinner>`;
  }
  // Said once for the section while it is busy; a trained model's closed upload says why itself.
  const reason =
    uploadReason === 'cm.rules.uploadTrained' ? deleteReason : (uploadReason ?? deleteReason);
  return html`<section part="datasets" class="datasets panel" aria-labelledby="datasets-title">
    <div class="section-head">
      <h3 id="datasets-title" tabindex="-1">${term('cm.details.datasets')}</h3>
      ${datasets ? html`<span class="count">${term('cm.details.datasetsCount', datasets.length)}</span>` : nothing}
    </div>
    ${
      reason
        ? html`<p class="busy-reason">
            <sl-icon library=${ICON_LIBRARY} name="info-circle" aria-hidden="true"></sl-icon>
            ${term(reason)}
          </p>`
        : nothing
    }
    <div class="datasets-list">${list}</div>
    <dataset-upload
      part="upload"
      class="upload"
      model-id=${model.id}
      .api=${host.store?.api}
      upload-as="training"
      fixed-purpose
      .preflight=${host.preflight}
      ?disabled=${Boolean(uploadReason)}
      disabled-reason=${uploadClosedText(host, model, uploadReason)}
      .existingNames=${(datasets ?? [])
        .map((dataset) => dataset.name)
        .filter((name) => typeof name === 'string')}
    ></dataset-upload>
  </section>`;
}
