import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import '@shoelace-style/shoelace/dist/components/icon-button/icon-button.js';
import '@shoelace-style/shoelace/dist/components/radio-button/radio-button.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Dataset } from '../api/types.js';
import { DatasetUploadedEvent, NotifyEvent } from '../events/events.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { progressBarStyles } from '../internal/progress-bar.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { forbidden, forbiddenStyles } from '../internal/forbidden-action.js';
import {
  DATASET_ACCEPT,
  audioWithoutTranscript,
  checkDatasetFiles,
  type RefusedFile,
} from '../uploads/dataset-rules.js';
import { UploadQueueController, type UploadsSettled } from '../uploads/upload-queue-controller.js';
import type { UploadItem, UploadItemEvent, UploadQueue } from '../uploads/upload-queue.js';
import { uploadStyles } from './dataset-upload.styles.js';
import { renderUploadList, type UploadListView } from './upload-list.js';
import { PreflightController, type PreflightSettings } from './preflight-controller.js';
import { alertStyles } from '../internal/alert-styles.js';
export { DATASET_KIND_ICONS } from './upload-list.js';

/** What the files of a selection are for: training data (kind told from the name) or a test set. */
export const UPLOAD_PURPOSES = ['training', 'test-set'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

/** How many files upload at the same time. */
const CONCURRENCY = 2;

/**
 * Picks, checks and uploads dataset files for one custom model: a drop zone and a file picker;
 * audio (.wav, .mp3, .m4a, .flac), transcripts (.vtt, .srt, .txt) and manifests (.jsonl); 1 to 10
 * files per upload, at most 10 GB each. Anything else is refused before any request, each file
 * with its own reason. Audio files without a transcript of the same name are pointed out (a
 * warning, not a block). Before any byte is sent, each file is read in the browser (the
 * pre-flight, loaded on demand): a transcript or manifest decoded and parsed, an audio file read by
 * its header, a pair's last cue against its audio's duration. Its findings show beside it: a file
 * with errors is refused with the reason and line, one with warnings waits for "Upload anyway",
 * and good files upload with no extra click; a summary above says how many are ready, refused and
 * warned about. Uploaded files leave the list (the summary counts them). Files upload two at a time, each with its progress bar and a cancel
 * button; failed ones can be retried, and a failure never undoes the files that did upload.
 *
 * "Upload as" chooses what the next files are: training data (audio, transcript or manifest, told
 * from the extension) or a test set (held out of training to measure the trained model; the
 * adapter gets `uploadDataset(modelId, file, { kind: 'test-set' })`). A test set is only ever
 * chosen, never guessed from a file name. With `fixed-purpose` there is no choice: the drop zone
 * takes only what `upload-as` says.
 *
 * Uploads still running when the element leaves the document are cancelled.
 *
 * @tag dataset-upload
 * @summary Drop zone and file picker that uploads dataset files with per-file progress, cancel and retry.
 *
 * @fires {DatasetUploadedEvent} dataset-uploaded - One file finished uploading; `detail` is `{ modelId, dataset }`.
 * @fires {NotifyEvent} custom-models-notify - Kind `datasets-uploaded`, once the files being uploaded have all ended: how many uploaded and how many failed ("3 files uploaded, 1 failed."). Cancelable: a page around shows it as a toast unless cancelled.
 *
 * @csspart kind - The "Upload as" choice (training data or test set); absent with `fixed-purpose`.
 * @csspart drop-zone - The area files are dropped on.
 * @csspart choose-button - The "Choose files" button.
 * @csspart hint - The accepted types and limits under the drop zone.
 * @csspart refused - The alert listing refused files.
 * @csspart pairing - The warning about audio without a transcript.
 * @csspart list - The list of uploads.
 * @csspart file - One upload in the list.
 * @csspart progress - A file's progress bar.
 * @csspart findings - What the pre-flight found in a file, beside it.
 * @csspart actions - The buttons under the list (cancel all, retry failed, clear).
 *
 * @cssproperty --cm-upload-drop-zone-background - Background of the drop zone. Default: `--sl-color-neutral-50`.
 * @cssproperty --cm-upload-drop-zone-border-color - Dashed border of the drop zone. Default: `--sl-color-neutral-300`.
 * @cssproperty --cm-upload-drop-zone-active-color - Border and tint while files are dragged over. Default: `--sl-color-primary-600`.
 */
export class DatasetUpload extends CustomModelsElement {
  static override styles = [alertStyles, progressBarStyles, forbiddenStyles, uploadStyles];

  /** The model the files are uploaded to. Changing it cancels running uploads and clears the list. */
  @property({ attribute: 'model-id', reflect: true }) modelId = '';

  /**
   * Refuses new files (the model is queued or training, say). Uploads already running go on;
   * finished files and the notes on the last selection (refused files, audio without a
   * transcript) leave, as they no longer apply; failed and cancelled files stay, to retry later.
   */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Why uploading is disabled, shown to the user while `disabled`. */
  @property({ attribute: 'disabled-reason' }) disabledReason = '';

  /**
   * Names of the files the model already has, so an audio file uploaded now pairs with a
   * transcript uploaded earlier (and the other way round).
   */
  @property({ attribute: false }) existingNames: readonly string[] = [];

  /**
   * What the next files chosen or dropped are: `training` (the default; the adapter tells audio,
   * transcript and manifest from the name) or `test-set`. The user changes it with "Upload as";
   * files already in the list keep the kind they were added with, on retry too.
   */
  @property({ attribute: 'upload-as', reflect: true }) uploadAs: UploadPurpose = 'training';

  /**
   * One purpose for this drop zone: the files are always what `upload-as` says, and no "Upload as"
   * choice is shown. The details set it on their Datasets upload (training data only).
   */
  @property({ attribute: 'fixed-purpose', type: Boolean, reflect: true }) fixedPurpose = false;

  /**
   * The pre-flight, run on every file chosen before any byte is sent (loaded on demand): the
   * host's own thresholds (`rules`, e.g. `{ minSampleRate: 44_100, maxCueSeconds: 15 }`) and
   * checks (`checks` per file, `selectionChecks` over a selection) on top of the defaults and the
   * model language's rules; `false` turns it off (files are then judged by their names only).
   */
  @property({ attribute: false }) preflight: PreflightSettings | false = {};

  /** Files of the last selection that were refused, with the reason. */
  @state() protected refused: RefusedFile[] = [];
  @state() private dragging = false;

  @query('input[type="file"]') private input?: HTMLInputElement;

  private readonly uploads = new UploadQueueController<Dataset>(
    this,
    (file, options) => {
      // Through the store: the model's datasets (and its count) change in every view.
      const store = this.store;
      const modelId = this.modelId;
      if (!store) return Promise.reject(new Error('No adapter'));
      // What the pre-flight read of the file stays with its dataset where the adapter says nothing.
      return store.uploadDataset(modelId, file, { ...options, read: this.checks.factsOf(file) });
    },
    { concurrency: CONCURRENCY, onSettled: (settled) => this.tellSettled(settled) },
  );

  private readonly checks = new PreflightController(this, {
    settings: () => this.preflight,
    language: async (signal) => {
      const store = this.store;
      if (!store || !this.modelId) return undefined;
      // An upload on its own may not have read its model yet: its language selects the rules.
      const model =
        store.model(this.modelId) ??
        (await store.loadModel(this.modelId, { signal }).catch(() => undefined));
      return model?.baseLanguage?.key;
    },
    existingNames: () => this.existingNames,
    send: (files, kind) => {
      // Locked since the files were chosen: held back, as a new selection would be.
      if (!this.disabled) this.queue.add(files, kind ? { kind } : {});
    },
  });

  private dragDepth = 0;

  constructor() {
    super();
    this.queue.addEventListener('upload-done', (event) => {
      const item = (event as UploadItemEvent<Dataset>).item;
      if (item.result) {
        this.dispatchEvent(
          new DatasetUploadedEvent({ modelId: this.modelId, dataset: item.result }),
        );
      }
    });
  }

  /** Every file being uploaded has ended: one notice for them. */
  private tellSettled({ done, failed }: UploadsSettled): void {
    if (!this.isConnected) return;
    const name = this.store?.model(this.modelId)?.name;
    this.dispatchEvent(
      new NotifyEvent({
        kind: 'datasets-uploaded',
        variant: failed ? (done ? 'warning' : 'danger') : 'success',
        message: this.localize.term('cm.upload.summary.settled', done, failed, 0),
        modelId: this.modelId,
        ...(typeof name === 'string' ? { modelName: name } : {}),
      }),
    );
  }

  /** What the list of uploads reads, as it is now. */
  private uploadListView(): UploadListView {
    return {
      localize: this.localize,
      queue: this.queue,
      checks: this.checks,
      disabled: this.disabled,
      onClear: () => this.clear(),
    };
  }

  /** The upload queue: every file of this session with its state and progress. */
  get queue(): UploadQueue<Dataset> {
    return this.uploads.queue;
  }

  /** The uploads shown, oldest first. */
  get items(): UploadItem<Dataset>[] {
    return this.queue.items;
  }

  /**
   * Checks files and uploads the acceptable ones, as what `uploadAs` says (a test set, or training
   * data). Returns what passed and failed the checks by name (type, size, count, duplicates); the
   * files that passed are then pre-flighted (`preflight`): those without findings upload at once,
   * those with warnings wait for "Upload anyway", those with errors are refused in the list.
   */
  addFiles(files: Iterable<File> | FileList): { accepted: File[]; refused: RefusedFile[] } {
    if (this.disabled || !this.adapter || !this.modelId) {
      return { accepted: [], refused: [] };
    }
    const result = checkDatasetFiles(Array.from(files as Iterable<File>));
    this.refused = result.refused;
    // Read before any byte is sent: good files go on at once, the rest wait with their findings.
    void this.checks.check(result.accepted, this.uploadAs === 'test-set' ? 'test-set' : undefined);
    return result;
  }

  /** Opens the browser's file picker. */
  openFilePicker(): void {
    if (!this.disabled) this.input?.click();
  }

  /** Cancels every queued and running upload. */
  cancelAll(): void {
    this.queue.cancelAll();
  }

  /** Uploads every failed file again. */
  retryFailed(): void {
    this.queue.retryFailed();
  }

  /** Removes finished, failed and cancelled files and refusals from the list. */
  clear(): void {
    this.queue.clearSettled();
    this.checks.clear();
    this.refused = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('modelId') && changed.get('modelId') !== undefined) {
      this.queue.cancelAll();
      this.clear();
    }
    // Locked (training has started): the uploaded files are the model's now, and the notes on
    // the last selection no longer apply. Failed and cancelled files stay, to retry later.
    if (changed.get('disabled') === false && this.disabled) {
      for (const item of this.queue.inState('done')) this.queue.remove(item.id);
      this.checks.clear();
      this.refused = [];
    }
  }

  private onInputChange(event: Event) {
    const input = event.target as HTMLInputElement;
    if (input.files?.length) this.addFiles(input.files);
    // The same file can be chosen again after a failure or a refusal.
    input.value = '';
  }

  private hasFiles(event: DragEvent): boolean {
    return Array.from(event.dataTransfer?.types ?? []).includes('Files');
  }

  private onDragEnter(event: DragEvent) {
    if (!this.hasFiles(event)) return;
    event.preventDefault();
    this.dragDepth++;
    this.dragging = !this.disabled;
  }

  private onDragOver(event: DragEvent) {
    if (!this.hasFiles(event)) return;
    // Without this the browser opens the dropped file instead of giving it to us.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.disabled ? 'none' : 'copy';
  }

  private onDragLeave() {
    this.dragDepth = Math.max(0, this.dragDepth - 1);
    if (this.dragDepth === 0) this.dragging = false;
  }

  private onDrop(event: DragEvent) {
    event.preventDefault();
    this.dragDepth = 0;
    this.dragging = false;
    const files = event.dataTransfer?.files;
    if (files?.length) this.addFiles(files);
  }

  private renderRefused() {
    if (!this.refused.length) return nothing;
    return html`<sl-alert
      part="refused"
      class="refused"
      variant="warning"
      open
      closable
      @sl-after-hide=${(event: Event) => {
        if (event.target === event.currentTarget) this.refused = [];
      }}
    >
      <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
      <strong>${this.localize.term('cm.upload.refusedTitle', this.refused.length)}</strong>
      <ul class="refused-list">
        ${this.refused.map(
          ({ file, reason }) =>
            html`<li>
              <span class="file-name">${file.name}</span>:
              <span class="reason" data-reason=${reason}
                >${this.localize.term(`cm.upload.refused.${reason}`)}</span
              >
            </li>`,
        )}
      </ul>
    </sl-alert>`;
  }

  private renderPairing(items: UploadItem<Dataset>[]) {
    // No advice to upload a transcript while nothing can be uploaded.
    if (this.disabled) return nothing;
    // The model's datasets as the store has them: an uploaded file deleted since is gone.
    const stored = this.store?.datasets(this.modelId);
    const current = items.filter(
      (item) =>
        item.state !== 'cancelled' &&
        item.state !== 'failed' &&
        !(item.result && stored && !stored.some((dataset) => dataset.id === item.result!.id)),
    );
    const names = [...this.existingNames, ...current.map((item) => item.file.name)];
    const mine = new Set(current.map((item) => item.file.name));
    // Only files of this upload are pointed out; the model's own list shows the rest.
    const unpaired = audioWithoutTranscript(names).filter((name) => mine.has(name));
    if (!unpaired.length) return nothing;
    return html`<sl-alert part="pairing" class="pairing" variant="primary" open>
      <sl-icon slot="icon" library=${ICON_LIBRARY} name="info-circle"></sl-icon>
      <strong>${this.localize.term('cm.upload.pairingTitle')}</strong>
      <p>${this.localize.term('cm.upload.pairingText')}</p>
      <ul class="unpaired">
        ${unpaired.map((name) => html`<li class="file-name">${name}</li>`)}
      </ul>
    </sl-alert>`;
  }

  private onKindChange(event: Event) {
    const value = (event.target as HTMLElement & { value: string }).value;
    this.uploadAs = value === 'test-set' ? 'test-set' : 'training';
  }

  /** "Upload as": training data or a test set, for the next files chosen or dropped. */
  private renderKindChoice(disabled: boolean) {
    const term = this.localize.term.bind(this.localize);
    return html`<sl-radio-group
      part="kind"
      class="kind"
      size="small"
      label=${term('cm.upload.kindLabel')}
      help-text=${term('cm.upload.kindHelp')}
      .value=${this.uploadAs}
      @sl-change=${this.onKindChange}
    >
      ${UPLOAD_PURPOSES.map(
        (purpose) =>
          html`<sl-radio-button value=${purpose} ?disabled=${disabled}
            >${term(`cm.upload.kind.${purpose}`)}</sl-radio-button
          >`,
      )}
    </sl-radio-group>`;
  }

  override render() {
    const items = this.items;
    const noAdapter = !this.adapter;
    const disabled = this.disabled || noAdapter || !this.modelId;
    const reason = noAdapter
      ? this.localize.term('cm.noAdapter')
      : !this.modelId
        ? this.localize.term('cm.upload.noModel')
        : this.disabledReason || this.localize.term('cm.upload.disabled');
    const testSet = this.uploadAs === 'test-set';
    // A forbidden "Choose files" says why to assistive technology (forbidden()); the reason is
    // written under it (.reason), so it needs no tooltip.
    return html`${this.fixedPurpose ? nothing : this.renderKindChoice(disabled)}
      <div
        part="drop-zone"
        class="drop-zone"
        role="group"
        aria-labelledby="drop-label"
        aria-describedby="hint ${disabled ? 'reason' : ''}"
        ?data-dragging=${this.dragging}
        ?data-disabled=${disabled}
        ?data-test-set=${testSet}
        @dragenter=${this.onDragEnter}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        <sl-icon
          class="drop-icon"
          library=${ICON_LIBRARY}
          name="cloud-arrow-up"
          aria-hidden="true"
        ></sl-icon>
        <p class="drop-text">
          <span id="drop-label"
            >${
              this.dragging
                ? this.localize.term('cm.upload.dropNow')
                : this.localize.term(testSet ? 'cm.upload.dropTestSet' : 'cm.upload.drop')
            }</span
          >
          <sl-button
            part="choose-button"
            class="choose"
            size="small"
            ${forbidden(disabled ? reason : undefined)}
            @click=${this.openFilePicker}
            >${this.localize.term('cm.upload.choose')}</sl-button
          >
        </p>
        <p part="hint" class="hint" id="hint">${this.localize.term('cm.upload.hint')}</p>
        ${disabled ? html`<p class="reason" id="reason">${reason}</p>` : nothing}
        <input
          type="file"
          multiple
          hidden
          accept=${DATASET_ACCEPT}
          ?disabled=${disabled}
          @change=${this.onInputChange}
        />
      </div>
      ${this.renderRefused()} ${this.renderPairing(items)}
      ${renderUploadList(this.uploadListView())}`;
  }
}
