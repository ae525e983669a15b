import { expect } from '@open-wc/testing';
import { InMemoryCustomModelsApi, TrainingStatus } from '../src/adapters.js';
import {
  DATASET_EXTENSIONS,
  DATASET_KIND_BY_EXTENSION,
  MAX_DATASET_BYTES,
  datasetKindOf,
} from '../src/api/dataset-files.js';
import { DATASET_ACCEPT, checkDatasetFiles } from '../src/uploads/dataset-rules.js';
import { en } from '../src/i18n/en.js';
import { nl } from '../src/i18n/nl.js';
import { fr } from '../src/i18n/fr.js';
import { de } from '../src/i18n/de.js';
import { MODELS, api as scriptix, rejection, requests, reset } from './helpers/scriptix-mock.js';
import { goodBytes } from './helpers/dataset-fixtures.js';

/*
 * One table of dataset files (src/api/dataset-files.ts): the upload's rules, the in-memory adapter
 * and the Scriptix adapter say the same about every name. On main they disagreed: the Scriptix
 * adapter took .aac and .ogg for audio, which the upload refuses.
 */

/** Every accepted extension, in upper case too, and names the documented formats do not cover. */
const ACCEPTED = Object.keys(DATASET_KIND_BY_EXTENSION).flatMap((extension) => [
  `take.${extension}`,
  `SHOUTED.${extension.toUpperCase()}`,
]);
const REFUSED = ['talk.aac', 'talk.ogg', 'talk.mp4', 'notes.docx', 'README', 'archive.wav.zip'];

/** Bytes the in-memory adapter reads as good for the name (a WAV header for .wav…). */
const file = (name: string) => new File([goodBytes(name) as BlobPart], name);

const model = () =>
  new InMemoryCustomModelsApi({
    models: [
      {
        id: '1',
        key: 'medical-en',
        name: 'Medical EN',
        baseLanguage: { id: '1', key: 'en-us', name: 'English' },
        trainingStatus: TrainingStatus.NotRunning,
        lastModified: '2025-01-01T00:00:00.000Z',
      },
    ],
  });

describe('dataset files: one table', () => {
  it('is data: frozen records, one list per kind, read the other way by extension', () => {
    expect(Object.isFrozen(DATASET_EXTENSIONS)).to.equal(true);
    for (const list of Object.values(DATASET_EXTENSIONS))
      expect(Object.isFrozen(list)).to.equal(true);
    expect(Object.isFrozen(DATASET_KIND_BY_EXTENSION)).to.equal(true);
    expect(DATASET_EXTENSIONS).to.deep.equal({
      audio: ['wav', 'mp3', 'm4a', 'flac'],
      transcript: ['vtt', 'srt', 'txt'],
      manifest: ['jsonl'],
      'test-set': [],
    });
    expect(DATASET_ACCEPT).to.equal('.wav,.mp3,.m4a,.flac,.vtt,.srt,.txt,.jsonl');
    // `constructor`, `toString`… are names, not extensions.
    expect(datasetKindOf('a.constructor')).to.equal(undefined);
  });

  it('the upload refuses exactly what the table does not accept', () => {
    for (const name of ACCEPTED) {
      expect(checkDatasetFiles([file(name)]).accepted.length, name).to.equal(1);
    }
    for (const name of REFUSED) {
      const { refused } = checkDatasetFiles([file(name)]);
      expect(
        refused.map((r) => r.reason),
        name,
      ).to.deep.equal(['type']);
    }
  });

  it('the in-memory adapter takes each accepted file as the table’s kind and refuses the rest', async () => {
    const api = model();
    for (const name of ACCEPTED) {
      const dataset = await api.uploadDataset('1', file(name));
      expect(dataset.kind, name).to.equal(datasetKindOf(name));
    }
    for (const name of REFUSED) {
      const error = await rejection(api.uploadDataset('1', file(name)));
      expect(error.kind, name).to.equal('validation');
      expect(error.message, name).to.equal(
        'Unsupported file type. Use audio (.wav, .mp3, .m4a, .flac), transcripts (.vtt, .srt, .txt) or a manifest (.jsonl).',
      );
    }
    api.dispose();
  });

  it('the Scriptix adapter refuses what the table does not accept, before any request', async () => {
    await reset({ models: MODELS });
    const adapter = scriptix();
    const before = (await requests()).length;
    for (const name of REFUSED) {
      const error = await rejection(adapter.uploadDataset('6', file(name)));
      expect(error.kind, name).to.equal('validation');
      expect(error.fieldErrors?.file, name).to.match(/^Unsupported file type/);
    }
    const big = file('huge.wav');
    Object.defineProperty(big, 'size', { value: MAX_DATASET_BYTES + 1 });
    expect((await rejection(adapter.uploadDataset('6', big))).message).to.equal(
      'The file is larger than 10 GB.',
    );
    expect((await requests()).length, 'nothing sent').to.equal(before);
  });

  it('the Scriptix adapter reads a listed file’s kind from the same table', async () => {
    const names = [...ACCEPTED, 'talk.aac', 'talk.ogg'];
    await reset({
      models: MODELS,
      datasets: { '5': names.map((name, i) => ({ id: 100 + i, name, language_id: 1 })) },
    });
    const list = await scriptix().listDatasets('5');
    for (const [i, name] of names.entries()) {
      // Not in the table, and no type code to tell: the adapter's documented default, a transcript.
      expect(list[i]?.kind, name).to.equal(datasetKindOf(name) ?? 'transcript');
    }
  });

  it('the sentences that list the formats, in every language, list the table’s', () => {
    const accepted = DATASET_ACCEPT.split(',');
    for (const [code, catalogue] of Object.entries({ en, nl, fr, de })) {
      for (const key of ['cm.upload.hint', 'cm.upload.refused.type'] as const) {
        const named = catalogue[key].match(/\.[a-z0-9]+\b/g);
        expect(named, `${code} ${key}`).to.deep.equal(accepted);
      }
      expect(catalogue['cm.upload.hint'], code).to.match(/\b10\b/); // MAX_FILES_PER_UPLOAD
      expect(catalogue['cm.upload.refused.size'], code).to.match(/10\s(GB|Go)/);
    }
  });
});
