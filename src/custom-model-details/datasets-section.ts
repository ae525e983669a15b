import { html, nothing } from 'lit';
import { forbiddenReason } from '../api/status-rules.js';
import type { CustomModel, Dataset } from '../api/types.js';
import { MutationController } from '../controllers/mutation-controller.js';
import { DATASET_KIND_ICONS } from '../dataset-upload/dataset-upload.component.js';
import { DatasetDeletedEvent } from '../events/events.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { errorMessage } from '../internal/error-message.js';
import { formatBytes } from '../uploads/format-bytes.js';
import type { DetailsHost } from './details-host.js';

/** Id of the text that says why datasets cannot change now. */
const BUSY_REASON_ID = 'busy-reason';

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
    this.host.notify('success', this.host.localize.term('cm.details.deleted', dataset.name));
  }

  closed(): void {
    this.open = false;
    this.mutations.abort();
    this.host.requestUpdate();
  }

  renderConfirm() {
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
  if (kind === 'audio' || kind === 'transcript' || kind === 'manifest') {
    return term(`cm.details.kind.${kind}`);
  }
  return kind ? String(kind) : term('cm.details.unknownValue');
}

function renderRows(
  host: DetailsHost,
  deletion: DatasetDeleteController,
  datasets: Dataset[],
  locked: boolean,
) {
  const term = host.localize.term.bind(host.localize);
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
            <td class="kind">${renderKind(host, dataset)}</td>
            <td class="num size">${formatBytes(host.localize, dataset.sizeBytes) ?? dash}</td>
            <td class="uploaded">
              ${dataset.uploadedAt ? host.formatDate(dataset.uploadedAt) : dash}
            </td>
            <td class="actions">
              <sl-icon-button
                class="delete-dataset"
                library=${ICON_LIBRARY}
                name="trash3"
                label=${term('cm.details.deleteDataset', dataset.name)}
                ?disabled=${locked}
                aria-describedby=${locked ? BUSY_REASON_ID : nothing}
                @click=${() => deletion.ask(dataset)}
              ></sl-icon-button>
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
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
  const uploadReason = forbiddenReason('upload', model.trainingStatus);
  const deleteReason = forbiddenReason('deleteDataset', model.trainingStatus);
  const { datasets } = view;
  let list;
  if (datasets?.length) list = renderRows(host, deletion, datasets, Boolean(deleteReason));
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
  const reason = uploadReason ?? deleteReason;
  return html`<section part="datasets" class="datasets panel" aria-labelledby="datasets-title">
    <div class="section-head">
      <h3 id="datasets-title">${term('cm.details.datasets')}</h3>
      ${datasets ? html`<span class="count">${term('cm.details.datasetsCount', datasets.length)}</span>` : nothing}
    </div>
    ${
      reason
        ? html`<p class="busy-reason" id=${BUSY_REASON_ID}>
            <sl-icon library=${ICON_LIBRARY} name="info-circle" aria-hidden="true"></sl-icon>
            ${term(reason)}
          </p>`
        : nothing
    }
    ${list}
    <dataset-upload
      part="upload"
      class="upload"
      model-id=${model.id}
      .api=${host.store?.api}
      ?disabled=${Boolean(uploadReason)}
      disabled-reason=${uploadReason ? term('cm.details.uploadLocked') : ''}
      .existingNames=${(datasets ?? [])
        .map((dataset) => dataset.name)
        .filter((name) => typeof name === 'string')}
    ></dataset-upload>
  </section>`;
}
