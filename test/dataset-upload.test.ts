import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/custom-models-provider.js';
import '../src/dataset-upload.js';
import type { DatasetUpload } from '../src/dataset-upload.js';
import { CustomModelsApiError } from '../src/api/errors.js';
import type { UploadOptions } from '../src/api/types.js';
import type { DatasetUploadedEvent } from '../src/events/events.js';
import { MAX_DATASET_BYTES } from '../src/uploads/dataset-rules.js';
import { HOSTILE_NAMES, RecordingApi } from './helpers/recording-api.js';
import { accessibleNode, findByRole } from './helpers/by-role.js';
import { goodFile, UPLOAD_MODEL as MODEL } from './helpers/dataset-fixtures.js';

interface Held {
  file: File;
  options: UploadOptions;
  settle: () => Promise<void>;
  fail: (error: unknown) => void;
}

/**
 * The adapter double for uploads: records every call (RecordingApi) and holds each upload until
 * the test reports progress or settles it, so progress, concurrency and cancel are checked
 * without timers.
 */
class HeldUploadApi extends RecordingApi {
  readonly held: Held[] = [];

  override uploadDataset: RecordingApi['uploadDataset'] = (modelId, file, options = {}) => {
    const args = options.kind ? [modelId, file, { kind: options.kind }] : [modelId, file];
    this.calls.push({ method: 'uploadDataset', args, signal: options.signal });
    return new Promise((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(CustomModelsApiError.aborted()), {
        once: true,
      });
      this.held.push({
        file,
        options,
        settle: async () =>
          resolve(await this.inner.uploadDataset(modelId, file, { kind: options.kind })),
        fail: reject,
      });
    });
  };

  /** The running upload of `name`. */
  upload(name: string): Held {
    const held = this.held.findLast((h) => h.file.name === name && !h.options.signal?.aborted);
    if (!held) throw new Error(`${name} is not uploading`);
    return held;
  }
}

let api: RecordingApi;

afterEach(() => {
  api?.dispose();
});

async function render(options: { api?: RecordingApi; disabled?: boolean; reason?: string } = {}) {
  api = options.api ?? new RecordingApi({ models: [MODEL] });
  const provider = await fixture(
    html`<custom-models-provider .api=${api}>
      <dataset-upload
        model-id="m1"
        ?disabled=${options.disabled ?? false}
        disabled-reason=${options.reason ?? ''}
      ></dataset-upload>
    </custom-models-provider>`,
  );
  const el = provider.querySelector('dataset-upload')!;
  await el.updateComplete;
  return el;
}

const $ = (el: DatasetUpload, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: DatasetUpload, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A file the pre-flight finds nothing wrong with (good data uploads as before). */
const file = (name: string, size = 64) => goodFile(name, size);
const flush = () => new Promise((resolve) => setTimeout(resolve));

function filesOf(files: File[]): FileList {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  return transfer.files;
}

/** Chooses files the way the browser's picker does. */
async function pick(el: DatasetUpload, files: File[]) {
  const input = $(el, 'input[type="file"]') as HTMLInputElement;
  input.files = filesOf(files);
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await checked(el);
}

/** Waits until the pre-flight has read every chosen file. */
async function checked(el: DatasetUpload) {
  await el.updateComplete;
  await waitUntil(() => !$(el, '[part="file"][data-state="checking"]'), 'files still checked');
  await el.updateComplete;
}

/** Drops files on the drop zone. */
async function drop(el: DatasetUpload, files: File[]) {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  const zone = $(el, '[part="drop-zone"]')!;
  const over = new DragEvent('dragover', {
    dataTransfer: transfer,
    bubbles: true,
    cancelable: true,
  });
  zone.dispatchEvent(over);
  const dropped = new DragEvent('drop', {
    dataTransfer: transfer,
    bubbles: true,
    cancelable: true,
  });
  zone.dispatchEvent(dropped);
  await checked(el);
  return { over, dropped };
}

function rowStates(el: DatasetUpload) {
  return Object.fromEntries(
    $$(el, '[part="file"]').map((row) => [
      text(row.querySelector('.file-line .file-name')),
      row.dataset.state,
    ]),
  );
}

describe('<dataset-upload>', () => {
  it('uploads picked files of each kind and fires dataset-uploaded per file', async () => {
    const el = await render();
    const events: DatasetUploadedEvent[] = [];
    el.addEventListener('dataset-uploaded', (e) => events.push(e));
    await pick(el, [file('talk.wav'), file('talk.vtt'), file('manifest.jsonl')]);
    await waitUntil(() => events.length === 3, 'three uploads complete');
    // One event per file; two upload at a time, so the order they end in is the adapter's
    // (the in-memory one reads a transcript's text before it takes it).
    expect(
      events.map((e) => [e.detail.modelId, e.detail.dataset.name, e.detail.dataset.kind]),
    ).to.have.deep.members([
      ['m1', 'talk.wav', 'audio'],
      ['m1', 'talk.vtt', 'transcript'],
      ['m1', 'manifest.jsonl', 'manifest'],
    ]);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    await el.updateComplete;
    // Uploaded files leave the rows (issue 24 #5: the Datasets table lists them); the summary counts them.
    expect(rowStates(el)).to.deep.equal({});
    expect(text($(el, '.summary'))).to.equal('3 files uploaded.');
    expect((await api.inner.listDatasets('m1')).map((d) => d.name)).to.have.members([
      'talk.wav',
      'talk.vtt',
      'manifest.jsonl',
    ]);
  });

  describe('test sets', () => {
    type Radio = HTMLElement & { checked: boolean; disabled: boolean };
    const radios = (el: DatasetUpload) => $$(el, '[part="kind"] sl-radio-button') as Radio[];
    const uploadKinds = () =>
      api
        .callsOf('uploadDataset')
        .map((c) => [(c.args[1] as File).name, (c.args[2] as { kind?: string })?.kind]);

    it('uploads the files of a selection as a test set when the user chooses "Test set" with the keyboard', async () => {
      const el = await render();
      const group = $(el, '[part="kind"]') as HTMLElement & { label: string; value: string };
      expect(group.label).to.equal('Upload as');
      expect(radios(el).map(text)).to.deep.equal(['Training data', 'Test set']);
      expect(group.value).to.equal('training');

      radios(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(group.value).to.equal('test-set');
      expect(el.uploadAs).to.equal('test-set');
      expect(radios(el)[1]!.checked).to.equal(true);
      expect(text($(el, '#drop-label'))).to.equal('Drag and drop test set files here, or');

      const events: string[] = [];
      el.addEventListener('dataset-uploaded', (e) => events.push(e.detail.dataset.kind));
      await pick(el, [file('holdout.wav'), file('holdout.vtt')]);
      await waitUntil(() => events.length === 2, 'both test set files upload');
      await el.updateComplete;
      expect(uploadKinds()).to.deep.equal([
        ['holdout.wav', 'test-set'],
        ['holdout.vtt', 'test-set'],
      ]);
      expect(events).to.deep.equal(['test-set', 'test-set']);
      expect((await api.inner.listDatasets('m1')).map((d) => [d.name, d.kind])).to.deep.equal([
        ['holdout.wav', 'test-set'],
        ['holdout.vtt', 'test-set'],
      ]);

      // Back to training data: the next file is sent without a kind, told from its name.
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(group.value).to.equal('training');
      expect(text($(el, '#drop-label'))).to.equal('Drag and drop files here, or');
      await pick(el, [file('talk.vtt')]);
      await waitUntil(() => events.length === 3);
      expect(api.callsOf('uploadDataset')[2]!.args).to.have.length(2);
      expect((await api.inner.listDatasets('m1')).map((d) => d.kind)).to.deep.equal([
        'test-set',
        'test-set',
        'transcript',
      ]);
    });

    it('never makes a test set from a file name', async () => {
      const el = await render();
      await pick(el, [file('test-set.vtt'), file('testset holdout.srt'), file('test.wav')]);
      await waitUntil(() => !el.queue.busy && el.items.length === 3);
      expect(uploadKinds()).to.deep.equal([
        ['test-set.vtt', undefined],
        ['testset holdout.srt', undefined],
        ['test.wav', undefined],
      ]);
      expect((await api.inner.listDatasets('m1')).map((d) => d.kind)).to.deep.equal([
        'transcript',
        'transcript',
        'audio',
      ]);
      await el.updateComplete;
      expect($$(el, '.kind-tag')).to.have.length(0);
    });

    it('retries a failed test set file as a test set, even after the choice changed back', async () => {
      const el = await render();
      el.uploadAs = 'test-set';
      await el.updateComplete;
      api.fail('uploadDataset', 'server', 'The storage is full.', { times: 1 });
      await pick(el, [file('holdout.vtt')]);
      await waitUntil(() => el.items[0]?.state === 'failed');
      // The choice now says training data; the file was chosen as a test set and stays one.
      radios(el)[0]!.click();
      await el.updateComplete;
      expect(el.uploadAs).to.equal('training');
      await el.updateComplete;
      ($(el, '[part="file"] .retry') as HTMLElement).click();
      await waitUntil(() => el.items[0]?.state === 'done');
      expect(uploadKinds()).to.deep.equal([
        ['holdout.vtt', 'test-set'],
        ['holdout.vtt', 'test-set'],
      ]);
      expect((await api.inner.listDatasets('m1')).map((d) => d.kind)).to.deep.equal(['test-set']);
    });

    it('offers no choice while disabled', async () => {
      const el = await render({ disabled: true, reason: 'The model is training.' });
      expect(radios(el).every((radio) => radio.disabled)).to.equal(true);
    });

    it('is accessible with "Test set" chosen and test set files in the list', async () => {
      const api = new HeldUploadApi({ models: [MODEL] });
      const el = await render({ api });
      el.uploadAs = 'test-set';
      await el.updateComplete;
      await pick(el, [file('holdout.wav'), file('holdout.vtt')]);
      await flush();
      await api.upload('holdout.wav').settle();
      await flush();
      await el.updateComplete;
      // The uploaded one left the rows; the one still uploading says it is a test set.
      expect($$(el, '[part="file"] .kind-tag').map(text)).to.deep.equal(['Test set']);
      await expect(el).to.be.accessible();
    });
  });

  it('accepts dropped files and keeps the browser from opening them', async () => {
    const el = await render();
    const { over, dropped } = await drop(el, [file('a.flac'), file('a.srt')]);
    expect(over.defaultPrevented).to.equal(true);
    expect(dropped.defaultPrevented).to.equal(true);
    await waitUntil(() => api.callsOf('uploadDataset').length === 2);
    expect(api.callsOf('uploadDataset').map((c) => (c.args[1] as File).name)).to.deep.equal([
      'a.flac',
      'a.srt',
    ]);
  });

  it('refuses a wrong type before any request, each file with its reason', async () => {
    const el = await render();
    await pick(el, [file('notes.pdf'), file('README'), file('talk.MP3')]);
    const refused = $$(el, '.refused-list li');
    expect(refused.map((li) => text(li.querySelector('.file-name')))).to.deep.equal([
      'notes.pdf',
      'README',
    ]);
    expect(
      refused.map((li) => li.querySelector('.reason')!.getAttribute('data-reason')),
    ).to.deep.equal(['type', 'type']);
    expect(text(refused[0]!.querySelector('.reason'))).to.contain('This file type is not accepted');
    expect(text($(el, '.refused strong'))).to.equal('2 files were not uploaded');
    await waitUntil(() => api.callsOf('uploadDataset').length === 1);
    expect((api.callsOf('uploadDataset')[0]!.args[1] as File).name).to.equal('talk.MP3');
  });

  it('refuses more than 10 files per upload: the extra ones are not sent', async () => {
    const api = new HeldUploadApi({ models: [MODEL] });
    const el = await render({ api });
    const files = Array.from({ length: 12 }, (_, i) => file(`part-${i + 1}.txt`));
    const result = el.addFiles(files);
    await el.updateComplete;
    expect(result.accepted).to.have.length(10);
    expect(
      $$(el, '.refused-list li').map((li) => text(li.querySelector('.file-name'))),
    ).to.deep.equal(['part-11.txt', 'part-12.txt']);
    expect(text($$(el, '.refused-list .reason')[0])).to.equal(
      'At most 10 files per upload. Upload this file in a next batch.',
    );
    expect($$(el, '[part="file"]')).to.have.length(10);
    expect(api.held.map((h) => h.file.name)).not.to.include('part-11.txt');
  });

  it('refuses a file over 10 GB before any request (size faked, no 10 GB buffer)', async () => {
    const api = new HeldUploadApi({ models: [MODEL] });
    const el = await render({ api });
    const huge = file('huge.wav');
    Object.defineProperty(huge, 'size', { value: MAX_DATASET_BYTES + 1 });
    const limit = file('limit.wav');
    Object.defineProperty(limit, 'size', { value: MAX_DATASET_BYTES });
    await pick(el, [huge, limit]);
    expect($$(el, '.refused-list .reason').map((r) => r.dataset.reason)).to.deep.equal(['size']);
    expect(text($(el, '.refused-list li'))).to.equal('huge.wav: The file is larger than 10 GB.');
    await flush();
    // Exactly 10 GB is allowed: only that one reaches the adapter.
    expect(api.callsOf('uploadDataset').map((c) => (c.args[1] as File).name)).to.deep.equal([
      'limit.wav',
    ]);
  });

  it('refuses a second file of the same name in one selection', async () => {
    const el = await render();
    await pick(el, [file('a.txt'), file('A.TXT')]);
    expect($$(el, '.refused-list .reason').map((r) => r.dataset.reason)).to.deep.equal([
      'duplicate',
    ]);
  });

  it('shows per-file progress and uploads two at a time', async () => {
    const api = new HeldUploadApi({ models: [MODEL] });
    const el = await render({ api });
    await pick(el, [
      file('a.wav', 1000),
      file('a.vtt', 1000),
      file('b.wav', 1000),
      file('b.vtt', 1000),
    ]);
    await flush();
    await el.updateComplete;
    expect(api.held.map((h) => h.file.name)).to.deep.equal(['a.wav', 'a.vtt']);
    expect(rowStates(el)).to.deep.equal({
      'a.wav': 'uploading',
      'a.vtt': 'uploading',
      'b.wav': 'queued',
      'b.vtt': 'queued',
    });

    api.upload('a.wav').options.onProgress!(400, 1000);
    await el.updateComplete;
    const bar = $(el, '[part="file"] progress') as HTMLProgressElement;
    expect(bar.value).to.equal(40);
    expect(bar.getAttribute('aria-label')).to.equal('Upload progress of a.wav');
    expect(text($(el, '[part="file"] .state-text'))).to.equal('Uploading, 40%');
    expect(text($(el, '.summary'))).to.equal('Uploading: 0 of 4 files done.');

    await api.upload('a.wav').settle();
    await flush();
    await el.updateComplete;
    expect(rowStates(el)['a.wav']).to.equal(undefined);
    expect(rowStates(el)['b.wav']).to.equal('uploading');
    expect(text($(el, '.summary'))).to.equal('Uploading: 1 of 4 files done.');
  });

  it('shows a waiting file with a still, empty bar (only an upload moves)', async () => {
    const api = new HeldUploadApi({ models: [MODEL] });
    const el = await render({ api });
    await pick(el, [file('a.wav'), file('a.vtt'), file('b.wav')]);
    await flush();
    await el.updateComplete;
    const row = $$(el, '[part="file"]').find((r) => r.dataset.state === 'queued')!;
    expect(text(row.querySelector('.state-text'))).to.equal('Waiting');
    const bar = row.querySelector('progress');
    if (bar) {
      expect(bar.matches(':indeterminate'), 'a waiting file’s bar moves').to.equal(false);
      expect(bar.value).to.equal(0);
    }
  });

  it('cancels one file, and all files, keeping the ones that finished', async () => {
    const api = new HeldUploadApi({ models: [MODEL] });
    const el = await render({ api });
    await pick(el, [file('a.wav'), file('b.wav'), file('c.wav'), file('d.wav')]);
    await flush();
    await el.updateComplete;
    const a = api.upload('a.wav');
    const cancelA = $(el, '[part="file"] .cancel') as HTMLElement & { label: string };
    expect(cancelA.label).to.equal('Cancel upload of a.wav');
    cancelA.click();
    await flush();
    await el.updateComplete;
    expect(a.options.signal!.aborted).to.equal(true);
    expect(rowStates(el)).to.deep.equal({
      'a.wav': 'cancelled',
      'b.wav': 'uploading',
      'c.wav': 'uploading',
      'd.wav': 'queued',
    });

    await api.upload('b.wav').settle();
    await flush();
    await el.updateComplete;
    ($(el, '.cancel-all') as HTMLElement).click();
    await flush();
    await el.updateComplete;
    expect(rowStates(el)).to.deep.equal({
      'a.wav': 'cancelled',
      'c.wav': 'cancelled',
      'd.wav': 'cancelled',
    });
    expect(text($(el, '.summary'))).to.equal('1 file uploaded, 3 cancelled.');
    expect((await api.inner.listDatasets('m1')).map((d) => d.name)).to.deep.equal(['b.wav']);
    expect($(el, '.cancel-all')).to.equal(null);
  });

  it('keeps the files that uploaded when one fails, and retries the failed one', async () => {
    const el = await render();
    api.fail('uploadDataset', 'server', 'The storage is full.', {
      times: 1,
      when: (args) => (args[1] as File).name === 'b.vtt',
    });
    const events: string[] = [];
    el.addEventListener('dataset-uploaded', (e) => events.push(e.detail.dataset.name));
    await pick(el, [file('a.wav'), file('b.vtt'), file('c.txt')]);
    await waitUntil(() => !el.queue.busy, 'uploads settle');
    await el.updateComplete;
    // The failure stays with its reason; the files that did upload leave the rows.
    expect(rowStates(el)).to.deep.equal({ 'b.vtt': 'failed' });
    expect(text($(el, '[data-state="failed"] .file-error'))).to.equal('The storage is full.');
    expect(events).to.deep.equal(['a.wav', 'c.txt']);
    expect((await api.inner.listDatasets('m1')).map((d) => d.name)).to.deep.equal([
      'a.wav',
      'c.txt',
    ]);
    expect(text($(el, '.summary'))).to.equal('2 files uploaded, 1 failed.');

    const retry = $(el, '.retry-failed')!;
    expect(text(retry)).to.equal('Retry failed (1)');
    retry.click();
    await waitUntil(() => events.length === 3, 'the retry uploads');
    await el.updateComplete;
    expect(rowStates(el)).to.deep.equal({});
    expect(text($(el, '.summary'))).to.equal('3 files uploaded.');
    expect(api.callsOf('uploadDataset')).to.have.length(4);
  });

  it('retries one failed file from its row, and clears the list', async () => {
    const el = await render();
    api.fail('uploadDataset', 'network', '', { times: 1 });
    await pick(el, [file('a.wav')]);
    await waitUntil(() => !el.queue.busy);
    await el.updateComplete;
    expect(text($(el, '.file-error'))).to.equal(
      'The service could not be reached. Check your connection and try again.',
    );
    ($(el, '[part="file"] .retry') as HTMLElement).click();
    await waitUntil(() => el.items[0]?.state === 'done');
    await el.updateComplete;
    ($(el, '.clear') as HTMLElement).click();
    await el.updateComplete;
    expect($(el, '[part="list"]')).to.equal(null);
  });

  it("points out audio without a transcript of the same name, counting the model's files", async () => {
    const api = new HeldUploadApi({ models: [MODEL] });
    const el = await render({ api });
    el.existingNames = ['interview.srt'];
    await pick(el, [file('talk.wav'), file('Talk.vtt'), file('lonely.mp3'), file('interview.m4a')]);
    const pairing = $(el, '[part="pairing"]');
    expect(pairing).to.not.equal(null);
    expect($$(el, '.unpaired li').map(text)).to.deep.equal(['lonely.mp3']);
    // A warning, not a block: every file is sent.
    await flush();
    expect(api.held).to.have.length(2);
    expect(el.items).to.have.length(4);
  });

  it('puts the icon of a tall alert at the top of its text, not in its middle', async () => {
    const holder = await fixture(html`<div style="width: 22rem"></div>`);
    const el = await render();
    holder.append(el.parentElement!);
    await pick(el, [file('a.wav'), file('b.wav'), file('c.wav'), file('d.wav')]);
    const alert = $(el, '[part="pairing"]')!;
    await (alert as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const icon = alert.querySelector('[slot="icon"]')!;
    const message = alert.shadowRoot!.querySelector('[part~="message"]')!.getBoundingClientRect();
    expect(message.height, 'a tall alert').to.be.greaterThan(120);
    const top = icon.getBoundingClientRect().top - message.top;
    expect(top, 'icon top below the message top').to.be.within(0, 28);
  });

  it("lists an unpaired file once after its upload finished (it is then also one of the model's files)", async () => {
    const el = await render();
    await pick(el, [file('lonely.wav')]);
    await waitUntil(() => !el.queue.busy);
    // The details pass the model's files, now including the uploaded one.
    el.existingNames = ['lonely.wav'];
    await el.updateComplete;
    expect($$(el, '.unpaired li').map(text)).to.deep.equal(['lonely.wav']);
  });

  it('once disabled, drops finished files and the notes on them, keeping failed ones to retry', async () => {
    const api = new HeldUploadApi({ models: [MODEL] });
    const el = await render({ api });
    await pick(el, [file('lonely.wav'), file('broken.wav'), file('notes.exe')]);
    await flush();
    await api.upload('lonely.wav').settle();
    api.upload('broken.wav').fail(new CustomModelsApiError('server', 'Disk full.'));
    await waitUntil(() => !el.queue.busy);
    await el.updateComplete;
    expect($(el, '[part="refused"]')).to.not.equal(null);
    expect($$(el, '.unpaired li').map(text)).to.deep.equal(['lonely.wav']);

    el.disabled = true;
    await el.updateComplete;
    expect($(el, '[part="refused"]')).to.equal(null);
    expect($(el, '[part="pairing"]')).to.equal(null);
    expect(rowStates(el)).to.deep.equal({ 'broken.wav': 'failed' });

    el.disabled = false;
    await el.updateComplete;
    expect($(el, '[part="pairing"]')).to.equal(null);
    expect(($(el, '.retry') as HTMLElement & { disabled: boolean }).disabled).to.equal(false);
  });

  it('refuses everything while disabled and says why', async () => {
    const el = await render({ disabled: true, reason: 'The model is training.' });
    expect(text($(el, '.reason'))).to.equal('The model is training.');
    const choose = await findByRole(el, 'button', { name: 'Choose files' });
    expect(await accessibleNode(choose)).to.include({
      disabled: true,
      description: 'The model is training.',
    });
    // A click (or Enter) on it opens no file picker.
    let picked = 0;
    el.shadowRoot!.querySelector('input[type="file"]')!.addEventListener('click', () => picked++);
    choose.click();
    expect(picked, 'no file picker').to.equal(0);
    await drop(el, [file('a.wav')]);
    el.addFiles([file('b.wav')]);
    await flush();
    expect(api.callsOf('uploadDataset')).to.have.length(0);
    expect($(el, '[part="list"]')).to.equal(null);
  });

  it('shows hostile file names as text', async () => {
    const el = await render({ api: new HeldUploadApi({ models: [MODEL] }) });
    (window as unknown as { __xss?: number }).__xss = undefined;
    const names = HOSTILE_NAMES.map((name, i) => `${name}-${i}.wav`);
    await pick(el, [...names.map((n) => file(n)), file('<b>bad</b>.pdf')]);
    await flush();
    await el.updateComplete;
    expect($$(el, '[part="file"] .file-line .file-name').map((n) => n.textContent)).to.deep.equal(
      names,
    );
    expect(text($(el, '.refused-list .file-name'))).to.equal('<b>bad</b>.pdf');
    expect(el.shadowRoot!.querySelector('img, script, svg[onload], b')).to.equal(null);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('cancels running uploads when removed from the document', async () => {
    const api = new HeldUploadApi({ models: [MODEL] });
    const el = await render({ api });
    await pick(el, [file('a.wav')]);
    await flush();
    const held = api.upload('a.wav');
    el.remove();
    expect(held.options.signal!.aborted).to.equal(true);
  });

  it('is accessible idle, with refusals and with uploads', async () => {
    const api = new HeldUploadApi({ models: [MODEL] });
    const el = await render({ api });
    await expect(el).to.be.accessible();
    await pick(el, [file('a.wav'), file('b.wav'), file('c.vtt'), file('x.pdf')]);
    await flush();
    api.upload('a.wav').options.onProgress!(10, 64);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible when disabled', async () => {
    const el = await render({ disabled: true, reason: 'Busy.' });
    await expect(el).to.be.accessible();
  });
});
