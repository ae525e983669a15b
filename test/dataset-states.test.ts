/*
 * Issue 24: the data's states where decisions are made. The Datasets table marks audio without a
 * transcript, empty files and the dataset a failed training names; "Start training?" lists what
 * will be left out or may fail; the Datasets drop zone takes training data only; a trained
 * (Success) model's training uploads are closed with the reason.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/custom-model-details.js';
import '../src/translations/nl.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { CustomModel, Dataset } from '../src/api/types.js';
import type { InMemoryOptions } from '../src/adapters.js';
import { RecordingApi } from './helpers/recording-api.js';
import { accessibleNode, findByRole, queryAllByRole } from './helpers/by-role.js';
import { goodFile } from './helpers/dataset-fixtures.js';

const model = (id: string, status: number, extra: Partial<CustomModel> = {}): CustomModel => ({
  id,
  key: `cm-${id}`,
  name: `Model ${id}`,
  baseLanguage: { id: '2', key: 'nl-nl', name: 'Dutch' },
  trainingStatus: status,
  lastModified: '2024-05-01T10:00:00.000Z',
  ...extra,
});
const ds = (id: string, name: string, kind: Dataset['kind'], sizeBytes = 6000): Dataset => ({
  id,
  name,
  kind,
  sizeBytes,
  uploadedAt: '2024-04-30T09:00:00.000Z',
});

let api: RecordingApi;
afterEach(() => api?.dispose());

async function render(options: InMemoryOptions, lang = 'en'): Promise<CustomModelDetails> {
  api = new RecordingApi(options);
  const provider = await fixture(
    html`<custom-models-provider .api=${api} lang=${lang}>
      <custom-model-details model-id="m1" poll-interval="20"></custom-model-details>
    </custom-models-provider>`,
  );
  const el = provider.querySelector('custom-model-details') as CustomModelDetails;
  await waitUntil(() => el.shadowRoot!.querySelector('.name'), 'the model shows');
  await waitUntil(() => el.shadowRoot!.querySelector('.datasets-table'), 'the datasets show');
  await el.updateComplete;
  return el;
}

const $ = (el: CustomModelDetails, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name of the table cell that names `file` (what a screen reader reads out). */
async function cellOf(el: CustomModelDetails, file: string): Promise<string> {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const cell = await findByRole(el, 'cell', { name: new RegExp(`^${escaped}\\b`) });
  return (await accessibleNode(cell))!.name;
}

describe('Datasets table: the state of each file', () => {
  it('marks audio without a transcript of the same name, as text the accessibility tree reads', async () => {
    const el = await render({
      models: [model('m1', 1)],
      datasets: {
        m1: [
          ds('d1', 'talk.wav', 'audio', 5_000_000),
          ds('d2', 'Talk.VTT', 'transcript'),
          ds('d3', 'lonely.wav', 'audio', 3_000_000),
        ],
      },
    });
    expect(await cellOf(el, 'lonely.wav')).to.contain('No transcript');
    expect(await cellOf(el, 'talk.wav')).to.not.contain('No transcript');
    // Text with an icon beside it, not colour alone.
    const mark = $(el, 'tr[data-id="d3"] .dataset-mark')!;
    expect(text(mark)).to.equal('No transcript');
    expect(mark.querySelector('sl-icon')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks empty files where the adapter gives a size', async () => {
    const el = await render({
      models: [model('m1', 1)],
      datasets: {
        m1: [
          ds('d1', 'talk.wav', 'audio', 5_000_000),
          ds('d2', 'talk.txt', 'transcript', 0),
          { id: 'd3', name: 'notes.jsonl', kind: 'manifest' },
        ],
      },
    });
    expect(await cellOf(el, 'talk.txt')).to.contain('Empty file');
    expect(await cellOf(el, 'talk.wav')).to.not.contain('Empty file');
    // No size given: nothing is claimed.
    expect(await cellOf(el, 'notes.jsonl')).to.not.contain('Empty file');
  });

  it('marks the dataset a failed training names, after a run the in-memory adapter fails', async () => {
    const el = await render({
      models: [model('m1', 1)],
      datasets: {
        m1: [
          ds('d1', 'session-12.wav', 'audio', 700_000),
          ds('d2', 'session-12.txt', 'transcript', 0),
          ds('d3', 'session-13.wav', 'audio', 700_000),
          ds('d4', 'session-13.txt', 'transcript'),
        ],
      },
      trainingTimeMs: 200,
    });
    expect(await cellOf(el, 'session-12.txt')).to.not.contain('Training failed on this file');
    await (el as unknown as { startTraining(): Promise<void> }).startTraining();
    await waitUntil(
      () => $(el, 'model-status-badge')?.getAttribute('status') === '5',
      'training fails',
      { timeout: 5000 },
    );
    const failed = await api.inner.getModel('m1');
    expect(failed.statusCode).to.equal('empty-transcript');
    expect(failed.statusDatasetIds).to.deep.equal(['d2']);
    await waitUntil(() => $(el, 'tr[data-id="d2"] .dataset-mark[data-mark="culprit"]'));
    expect(await cellOf(el, 'session-12.txt')).to.contain('Training failed on this file');
    for (const other of ['session-12.wav', 'session-13.wav', 'session-13.txt']) {
      expect(await cellOf(el, other), other).to.not.contain('Training failed on this file');
    }
  });

  it('marks no culprit once the model is no longer Failed', async () => {
    const el = await render({
      models: [model('m1', 1, { statusDatasetIds: ['d2'] })],
      datasets: { m1: [ds('d1', 'a.wav', 'audio'), ds('d2', 'a.txt', 'transcript')] },
    });
    expect(await cellOf(el, 'a.txt')).to.not.contain('Training failed on this file');
  });
});

describe('"Start training?" lists what will be left out or may fail', () => {
  const DATA = [
    ds('d1', 'talk.wav', 'audio', 5_000_000),
    ds('d2', 'talk.vtt', 'transcript'),
    ds('d3', 'lonely.wav', 'audio', 3_000_000),
    ds('d4', 'blank.txt', 'transcript', 0),
    // A test set is not training data: never listed as left out.
    ds('d5', 'holdout.wav', 'test-set', 1_000_000),
  ];

  it('names unpaired audio and empty files in the confirmation, then trains on confirm', async () => {
    const el = await render({
      models: [model('m1', 1)],
      datasets: { m1: DATA },
      organization: { trainingCredits: 3 },
      trainingTimeMs: 60_000,
    });
    await waitUntil(() => api.callsOf('getSession').length > 0);
    (await findByRole(el, 'button', { name: 'Train the Language' })).click();
    await findByRole(el, 'dialog', { name: 'Start training?' });
    // The dialog's content is slotted into Shoelace's panel: look in the dialog element.
    const dialog = $(el, '.train-dialog')!;
    const warnings = $(el, '.train-dialog .training-warnings')!;
    expect(text(warnings)).to.contain('lonely.wav');
    expect(text(warnings)).to.contain('blank.txt');
    expect(text(warnings)).to.not.contain('talk.wav');
    expect(text(warnings)).to.not.contain('holdout.wav');
    const lists = await queryAllByRole(dialog, 'list');
    const names = await Promise.all(lists.map(async (l) => (await accessibleNode(l))!.name));
    expect(names).to.deep.equal([
      'Audio without a transcript, left out of training',
      'Empty files, training may fail on them',
    ]);
    await expect(el).to.be.accessible();
    (await findByRole(el, 'button', { name: 'Start training' })).click();
    await waitUntil(() => api.callsOf('startTraining').length === 1, 'training starts');
  });

  it('asks first when the data has problems, even where the plan counts no credits', async () => {
    const el = await render({
      models: [model('m1', 1)],
      datasets: { m1: DATA },
      organization: { trainingCredits: undefined },
      trainingTimeMs: 60_000,
    });
    (await findByRole(el, 'button', { name: 'Train the Language' })).click();
    await findByRole(el, 'dialog', { name: 'Start training?' });
    expect(text($(el, '.train-dialog'))).to.not.contain('training credit');
    expect(api.callsOf('startTraining')).to.have.length(0);
  });

  it('says it in Dutch', async () => {
    const el = await render(
      {
        models: [model('m1', 1)],
        datasets: { m1: DATA },
        organization: { trainingCredits: 3 },
        trainingTimeMs: 60_000,
      },
      'nl',
    );
    await waitUntil(() => api.callsOf('getSession').length > 0);
    (await findByRole(el, 'button', { name: 'Model trainen' })).click();
    await findByRole(el, 'dialog', { name: 'Training starten?' });
    const dialog = $(el, '.train-dialog')!;
    const lists = await queryAllByRole(dialog, 'list');
    expect(lists).to.have.length(2);
    expect((await accessibleNode(lists[0]!))!.name).to.equal(
      'Audio zonder transcriptie, niet gebruikt voor de training',
    );
  });
});

describe('Datasets drop zone: training data only', () => {
  it('has no "Upload as" choice, uploads as training data, and still lists the test set', async () => {
    const el = await render({
      models: [model('m1', 1)],
      datasets: { m1: [ds('d1', 'talk.wav', 'audio'), ds('d2', 'holdout.vtt', 'test-set')] },
      evaluations: false,
    });
    const upload = $(el, '[part="datasets"] dataset-upload')!;
    await (upload as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(await queryAllByRole(upload, 'radiogroup')).to.have.length(0);
    expect(upload.shadowRoot!.querySelector('[part="kind"]')).to.equal(null);
    expect(await cellOf(el, 'holdout.vtt')).to.contain('holdout.vtt');
    // A test set's transcript is its reference (issue 26: test audio and reference told apart).
    expect(text($(el, 'tr[data-id="d2"] .kind'))).to.equal('Test reference');

    const transfer = new DataTransfer();
    transfer.items.add(goodFile('talk.vtt'));
    const zone = upload.shadowRoot!.querySelector('[part="drop-zone"]')!;
    for (const type of ['dragover', 'drop']) {
      zone.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
    await waitUntil(() => api.callsOf('uploadDataset').length === 1);
    const options = api.callsOf('uploadDataset')[0]!.args[2] as { kind?: string } | undefined;
    expect(options?.kind).to.equal(undefined);
    await waitUntil(async () => (await api.inner.listDatasets('m1')).length === 3);
    const stored = await api.inner.listDatasets('m1');
    expect(stored.find((d) => d.name === 'talk.vtt')?.kind).to.equal('transcript');
  });
});

describe('A trained model: training uploads closed with the reason', () => {
  it('closes the Datasets upload after Success and says why, without "train again"', async () => {
    const el = await render({
      models: [model('m1', 4)],
      datasets: { m1: [ds('d1', 'talk.wav', 'audio'), ds('d2', 'talk.vtt', 'transcript')] },
    });
    const reason =
      'This model is trained. Training data uploaded now would not be used: a trained model cannot be trained again.';
    const upload = $(el, '[part="datasets"] dataset-upload')!;
    await (upload as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // Said once, where the closed upload is.
    expect(text(upload.shadowRoot!.querySelector('.reason'))).to.equal(reason);
    expect($(el, '[part="datasets"] .busy-reason')).to.equal(null);
    const choose = await findByRole(upload, 'button', { name: 'Choose files' });
    expect(await accessibleNode(choose)).to.include({ disabled: true, description: reason });
    expect(await queryAllByRole(el, 'button', { name: /train/i })).to.have.length(0);
    // Deleting a file stays possible: nothing about the files themselves changed.
    const remove = await findByRole(el, 'button', { name: 'Delete talk.wav' });
    expect((await accessibleNode(remove))!.disabled ?? false).to.equal(false);
  });

  it('keeps the upload open for a model that failed', async () => {
    const el = await render({
      models: [model('m1', 5)],
      datasets: { m1: [ds('d1', 'talk.wav', 'audio'), ds('d2', 'talk.vtt', 'transcript')] },
    });
    expect($(el, '[part="datasets"] .busy-reason')).to.equal(null);
    const upload = $(el, '[part="datasets"] dataset-upload')!;
    await (upload as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const choose = await findByRole(upload, 'button', { name: 'Choose files' });
    expect((await accessibleNode(choose))!.disabled ?? false).to.equal(false);
  });
});
