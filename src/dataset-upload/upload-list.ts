import { html, nothing } from 'lit';
import { progressBar } from '../internal/progress-bar.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Dataset, DatasetKind } from '../api/types.js';
import { CustomModelsApiError } from '../api/errors.js';
import type { LocalizeController } from '../i18n/localize.js';
import { ICON_LIBRARY, type IconName } from '../icons/register.js';
import { errorMessage } from '../internal/error-message.js';
import { datasetKindOf } from '../uploads/dataset-rules.js';
import { formatBytes } from '../uploads/format-bytes.js';
import type { UploadItem, UploadQueue } from '../uploads/upload-queue.js';
import type { PreflightController } from './preflight-controller.js';
import {
  preflightSummary,
  renderAcceptAll,
  renderCheckedFile,
  renderFindings,
  renderSelectionFindings,
} from './preflight-view.js';

/** Icon per dataset kind. */
export const DATASET_KIND_ICONS = {
  audio: 'file-earmark-music',
  transcript: 'file-earmark-text',
  manifest: 'file-earmark-text',
  'test-set': 'file-earmark-check',
} as const satisfies Record<DatasetKind, IconName>;

/** What the list of uploads reads from `<dataset-upload>`. */
export interface UploadListView {
  readonly localize: LocalizeController;
  readonly queue: UploadQueue<Dataset>;
  /** The pre-flight: files being checked, held or refused, and each file's findings. */
  readonly checks: PreflightController;
  /** New uploads refused: retries are disabled too. */
  readonly disabled: boolean;
  /** "Clear list": settled files and refusals go. */
  onClear(): void;
}

function percent(item: UploadItem): number {
  if (item.state === 'done') return 100;
  if (!item.total) return 0;
  return Math.min(100, Math.round((item.loaded / item.total) * 100));
}

function stateText(view: UploadListView, item: UploadItem): string {
  switch (item.state) {
    case 'uploading':
      return view.localize.term('cm.upload.state.uploading', percent(item));
    case 'queued':
      return view.localize.term('cm.upload.state.queued');
    case 'done':
      return view.localize.term('cm.upload.state.done');
    case 'failed':
      return view.localize.term('cm.upload.state.failed');
    default:
      return view.localize.term('cm.upload.state.cancelled');
  }
}

/**
 * Why an upload failed. The service's empty-transcript refusal is said for the file being
 * uploaded: the shared sentence (a failed run's) asks to delete a file the model has, which an
 * upload refused never became.
 */
function uploadError(view: UploadListView, error: unknown): string {
  if (CustomModelsApiError.is(error) && error.code === 'empty-transcript') {
    return view.localize.term('cm.upload.error.emptyTranscript');
  }
  return errorMessage(view.localize, error);
}

function renderItem(view: UploadListView, item: UploadItem<Dataset>) {
  const name = item.file.name;
  const kind = item.kind ?? datasetKindOf(name) ?? 'transcript';
  const active = item.state === 'queued' || item.state === 'uploading';
  const size = formatBytes(view.localize, item.file.size);
  return html`<li part="file" class="file" data-state=${item.state}>
    <sl-icon
      class="file-icon"
      library=${ICON_LIBRARY}
      name=${DATASET_KIND_ICONS[kind]}
      aria-hidden="true"
    ></sl-icon>
    <div class="file-main">
      <div class="file-line">
        <span class="file-title"
          ><span class="file-name" title=${name}>${name}</span>${
            item.kind === 'test-set'
              ? html`<span class="kind-tag">${view.localize.term('cm.upload.kind.test-set')}</span>`
              : nothing
          }</span
        >
        <span class="file-state"
          >${size ? html`<span class="file-size">${size}</span>` : nothing}
          <span class="state-text">${stateText(view, item)}</span></span
        >
      </div>
      ${
        active
          ? progressBar({
              part: 'progress',
              className: 'progress',
              value: percent(item),
              label: view.localize.term('cm.upload.progressLabel', name),
            })
          : nothing
      }
      ${item.state === 'done' ? nothing : renderFindings(view.localize, view.checks.reportOf(item.file))}
      ${
        item.state === 'failed'
          ? html`<p class="file-error">${uploadError(view, item.error)}</p>`
          : nothing
      }
    </div>
    <div class="file-actions">
      ${
        active
          ? html`<sl-icon-button
              library=${ICON_LIBRARY}
              name="x-circle"
              class="cancel"
              label=${view.localize.term('cm.upload.cancelFile', name)}
              @click=${() => view.queue.cancel(item.id)}
            ></sl-icon-button>`
          : nothing
      }
      ${
        item.state === 'failed' || item.state === 'cancelled'
          ? html`<sl-icon-button
              library=${ICON_LIBRARY}
              name="arrow-clockwise"
              class="retry"
              label=${view.localize.term('cm.upload.retryFile', name)}
              ?disabled=${view.disabled}
              @click=${() => view.queue.retry(item.id)}
            ></sl-icon-button>`
          : nothing
      }
      ${
        active
          ? nothing
          : html`<sl-icon-button
              library=${ICON_LIBRARY}
              name="x-lg"
              class="remove"
              label=${view.localize.term('cm.upload.removeFile', name)}
              @click=${() => view.queue.remove(item.id)}
            ></sl-icon-button>`
      }
    </div>
  </li>`;
}

function renderSummary(view: UploadListView, items: UploadItem<Dataset>[]) {
  if (!items.length) return '';
  const count = (state: UploadItem['state']) => items.filter((item) => item.state === state).length;
  const done = count('done');
  if (view.queue.busy) {
    const total = items.length - count('cancelled') - count('failed');
    return view.localize.term('cm.upload.summary.busy', done, total);
  }
  return view.localize.term('cm.upload.summary.settled', done, count('failed'), count('cancelled'));
}

/**
 * The uploads of this session: the pre-flight's summary and the uploads' one, one row per file that
 * needs a look (being checked, held, refused, uploading, failed, cancelled), and cancel all /
 * upload with warnings / retry failed / clear. Uploaded files leave the rows: the summary counts
 * them, and the model's Datasets table lists them (a row each would say the same twice).
 */
export function renderUploadList(view: UploadListView) {
  const items = view.queue.items;
  const rows = items.filter((item) => item.state !== 'done');
  const checked = view.checks.files;
  const failed = items.filter((item) => item.state === 'failed').length;
  const busy = view.queue.busy;
  const settled =
    items.some((item) => item.state !== 'queued' && item.state !== 'uploading') ||
    checked.some((entry) => entry.state !== 'checking');
  const checkSummary = preflightSummary(view.localize, view.checks);
  return html`<p class="summary" role="status">
      ${checkSummary ? html`<span class="preflight-summary">${checkSummary}</span>` : nothing}
      ${renderSummary(view, items)}
    </p>
    ${renderSelectionFindings(view.localize, view.checks)}
    ${
      rows.length || checked.length
        ? html`<ul part="list" class="list" aria-label=${view.localize.term('cm.upload.listLabel')}>
            ${repeat(
              checked,
              (entry) => entry.id,
              (entry) =>
                renderCheckedFile(
                  view.localize,
                  view.checks,
                  entry,
                  DATASET_KIND_ICONS[entry.kind ?? datasetKindOf(entry.file.name) ?? 'transcript'],
                  view.disabled,
                ),
            )}
            ${repeat(
              rows,
              (item) => item.id,
              (item) => renderItem(view, item),
            )}
          </ul>`
        : nothing
    }
    ${
      items.length || checked.length
        ? html`<div part="actions" class="actions">
            ${renderAcceptAll(view.localize, view.checks, view.disabled)}
            ${
              busy
                ? html`<sl-button
                    size="small"
                    class="cancel-all"
                    @click=${() => view.queue.cancelAll()}
                    ><sl-icon slot="prefix" library=${ICON_LIBRARY} name="x-circle"></sl-icon
                    >${view.localize.term('cm.upload.cancelAll')}</sl-button
                  >`
                : nothing
            }
            ${
              failed
                ? html`<sl-button
                    size="small"
                    class="retry-failed"
                    ?disabled=${view.disabled}
                    @click=${() => view.queue.retryFailed()}
                    ><sl-icon slot="prefix" library=${ICON_LIBRARY} name="arrow-clockwise"></sl-icon
                    >${view.localize.term('cm.upload.retryFailed', failed)}</sl-button
                  >`
                : nothing
            }
            ${
              settled && !busy
                ? html`<sl-button size="small" variant="text" class="clear" @click=${view.onClear}
                    >${view.localize.term('cm.upload.clear')}</sl-button
                  >`
                : nothing
            }
          </div>`
        : nothing
    }`;
}
