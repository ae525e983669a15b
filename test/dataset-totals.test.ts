/*
 * Issue 25: the Datasets table keeps each file's length and the model's totals after upload: the
 * adapter's `durationSeconds` where it gives it, otherwise what the upload's pre-flight read (kept
 * in the store, also when the list is fetched again); words from the pre-flight.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/custom-model-details.js';
import '../src/translations/nl.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { CustomModel, Dataset } from '../src/api/types.js';
import type { DatasetUpload } from '../src/dataset-upload.js';
import { CustomModelsStore } from '../src/store.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import { RecordingApi } from './helpers/recording-api.js';
import { findByRole } from './helpers/by-role.js';
import { flac, m4a, mp3, wav } from './helpers/audio-fixtures.js';

const model: CustomModel = {
  id: 'm1',
  key: 'cm-m1',
  name: 'Model m1',
  baseLanguage: { id: '2', key: 'en-us', name: 'English' },
  trainingStatus: 1,
  lastModified: '2024-05-01T10:00:00.000Z',
};

const file = (name: string, content: BlobPart | Uint8Array) =>
  new File([content as BlobPart], name);
/** 3 s of audio with its transcript (3 words, last cue at 2.5 s), and 65 s of audio without one. */
const selection = () => [
  file('talk.wav', wav(3, 16_000, 1)),
  file('talk.vtt', 'WEBVTT\n\n00:00.000 --> 00:02.500\nhello there friend\n'),
  file('lonely.wav', wav(65, 16_000, 1)),
];

let api: RecordingApi;
/** The options each upload reached the adapter with. */
let received: object[] = [];
afterEach(() => {
  api?.dispose();
  received = [];
});

/**
 * The details of an open model over the in-memory adapter, whose datasets' `durationSeconds` is
 * what `duration` says: the adapter's own (`'adapter'`), none (as the Scriptix API), or a fixed
 * figure.
 */
async function render(duration: 'adapter' | 'none' | number, lang = 'en') {
  api = new RecordingApi({ models: [model], datasets: { m1: [] } });
  if (duration !== 'adapter') {
    const give = (dataset: Dataset): Dataset => {
      const { durationSeconds: _dropped, ...rest } = dataset;
      return duration === 'none' ? rest : { ...rest, durationSeconds: duration };
    };
    const upload = api.uploadDataset;
    const list = api.listDatasets;
    api.uploadDataset = async (...args) => {
      received.push({ ...args[2] });
      return give(await upload(...args));
    };
    api.listDatasets = async (...args) => (await list(...args)).map(give);
  }
  const provider = await fixture(
    html`<custom-models-provider .api=${api} lang=${lang}>
      <custom-model-details model-id="m1" poll-interval="20"></custom-model-details>
    </custom-models-provider>`,
  );
  const el = provider.querySelector('custom-model-details') as CustomModelDetails;
  await waitUntil(() => el.shadowRoot!.querySelector('dataset-upload'), 'the upload shows');
  await waitUntil(() => el.shadowRoot!.querySelector('.empty'), 'the empty list shows');
  return el;
}

/** Chooses files through the Datasets section's real `<input type=file>`; waits for the uploads. */
async function choose(el: CustomModelDetails, files: File[]) {
  const upload = el.shadowRoot!.querySelector('dataset-upload') as DatasetUpload;
  await upload.updateComplete;
  const transfer = new DataTransfer();
  for (const chosen of files) transfer.items.add(chosen);
  const input = upload.shadowRoot!.querySelector('input[type="file"]') as HTMLInputElement;
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(
    () => el.shadowRoot!.querySelectorAll('.datasets-table tbody tr').length === files.length,
    'every file is in the table',
    { timeout: 10_000 },
  );
  await el.updateComplete;
}

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The Duration cell of `name`'s row, found by the table's own header. */
async function durationOf(el: CustomModelDetails, name: string): Promise<string> {
  const header = await findByRole(el, 'columnheader', { name: /^Duration$/ });
  const column = [...header.parentElement!.children].indexOf(header);
  const row = [...el.shadowRoot!.querySelectorAll('.datasets-table tbody tr')].find(
    (tr) => text(tr.querySelector('.file-name')) === name,
  )!;
  return text(row.children[column]);
}

const totals = (el: CustomModelDetails) => text(el.shadowRoot!.querySelector('.datasets-totals'));

describe('Datasets table: durations and the model’s totals', () => {
  it('shows what the pre-flight read when the adapter gives no duration, also after the list is fetched again', async () => {
    const el = await render('none');
    await choose(el, selection());
    // The adapter gave none: what the pre-flight read of the files.
    expect(api.callsOf('uploadDataset')).to.have.length(3);
    expect(await durationOf(el, 'talk.wav')).to.equal('0:03');
    expect(await durationOf(el, 'lonely.wav')).to.equal('1:05');
    expect(await durationOf(el, 'talk.vtt')).to.equal('—');
    expect(totals(el)).to.equal(
      'Training audio: 1.1 min (0.1 min with a transcript, 1.1 min without) · 3 words in transcripts',
    );
    // The adapter never received what the pre-flight read.
    expect(received).to.have.length(3);
    for (const options of received) expect(options).to.not.have.property('read');

    // Fetched again (another view changed them): the store still fills in what was read.
    const lists = api.callsOf('listDatasets').length;
    CustomModelsStore.for(api).invalidate('datasets:m1');
    await waitUntil(() => api.callsOf('listDatasets').length > lists, 'the list is fetched again');
    await waitUntil(async () => (await durationOf(el, 'talk.wav')) === '0:03');
    expect(await durationOf(el, 'lonely.wav')).to.equal('1:05');
    expect(totals(el)).to.contain('3 words');
    await expect(el).to.be.accessible();
  });

  it('shows the adapter’s duration where it gives one', async () => {
    const el = await render(42);
    await choose(el, selection());
    expect(await durationOf(el, 'talk.wav')).to.equal('0:42');
    expect(await durationOf(el, 'lonely.wav')).to.equal('0:42');
    expect(totals(el)).to.equal(
      'Training audio: 1.4 min (0.7 min with a transcript, 0.7 min without) · 3 words in transcripts',
    );
  });

  it('gives an hour or more as h:mm:ss, not as hundreds of minutes', async () => {
    const el = await render(6 * 3600 + 22 * 60 + 18);
    await choose(el, selection());
    expect(await durationOf(el, 'talk.wav')).to.equal('6:22:18');
  });

  it('says the length is unknown where nobody read it, and leaves the test set out', async () => {
    api = new RecordingApi({
      models: [model],
      datasets: {
        m1: [
          { id: 'd1', name: 'old.wav', kind: 'audio', sizeBytes: 5000 },
          { id: 'd2', name: 'old.txt', kind: 'transcript', sizeBytes: 50 },
          { id: 'd3', name: 'held.wav', kind: 'test-set', sizeBytes: 5000, durationSeconds: 600 },
        ],
      },
    });
    const provider = await fixture(
      html`<custom-models-provider .api=${api} lang="nl">
        <custom-model-details model-id="m1" poll-interval="20"></custom-model-details>
      </custom-models-provider>`,
    );
    const el = provider.querySelector('custom-model-details') as CustomModelDetails;
    await waitUntil(() => el.shadowRoot!.querySelector('.datasets-totals'), 'the totals show');
    // The test set is held out of training; no words known: none claimed.
    expect(totals(el)).to.equal('Trainingsaudio: lengte onbekend');
  });
});

describe('In-memory adapter: durationSeconds read from the audio it stores', () => {
  it('gives each container’s length, and keeps it in the list', async () => {
    const memory = new InMemoryCustomModelsApi({
      models: [model],
      datasets: { m1: [] },
      latencyMs: 0,
    });
    try {
      const cases: [string, Uint8Array, number][] = [
        ['a.wav', wav(2, 16_000, 1), 2],
        ['b.flac', new Uint8Array(flac(3, 16_000, 1)), 3],
        ['c.mp3', new Uint8Array(mp3(4, 44_100, 1)), 4],
        ['d.m4a', new Uint8Array(m4a(5, 16_000, 1)), 5],
      ];
      for (const [name, bytes, seconds] of cases) {
        const dataset = await memory.uploadDataset('m1', file(name, bytes));
        expect(dataset.durationSeconds, name).to.be.closeTo(seconds, 0.1);
      }
      const transcript = await memory.uploadDataset('m1', file('a.txt', 'hello there'));
      expect(transcript).to.not.have.property('durationSeconds');
      const listed = await memory.listDatasets('m1');
      expect(listed.map((dataset) => Math.round(dataset.durationSeconds ?? -1))).to.deep.equal([
        2, 3, 4, 5, -1,
      ]);
    } finally {
      memory.dispose();
    }
  });
});
