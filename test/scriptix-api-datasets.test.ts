import { expect } from '@open-wc/testing';
import {
  MODELS,
  api,
  lastRequest,
  rejection,
  requests,
  reset,
  rule,
} from './helpers/scriptix-mock.js';

describe('ScriptixApi datasets (over HTTP, Scriptix wire format)', () => {
  beforeEach(() => reset({ models: MODELS }));

  describe('datasets', () => {
    const datasets = {
      '5': [
        {
          id: 100,
          name: 'consult.wav',
          type: 1,
          language_id: 1,
          media_url: 'https://media.example/m/100',
          url: 'https://media.example/d/consult.wav',
        },
        {
          id: 101,
          name: 'consult.srt',
          type: 1,
          language_id: 1,
          media_url: 'https://media.example/m/101',
        },
        {
          id: 102,
          name: 'holdout',
          type: 2,
          language_id: 1,
          media_url: 'javascript:alert(1)',
          url: 'data/holdout',
        },
      ],
    };

    it('lists a model’s datasets: data_type 2 is a test set, other kinds come from the file names (guess: the answer is an envelope of datasets)', async () => {
      await reset({ models: MODELS, datasets });
      const list = await api().listDatasets('5');
      expect(list).to.deep.equal([
        {
          id: '100',
          name: 'consult.wav',
          kind: 'audio',
          url: 'https://media.example/d/consult.wav',
        },
        {
          id: '101',
          name: 'consult.srt',
          kind: 'transcript',
          url: 'https://media.example/m/101',
        },
        // Only an absolute http(s) link is a download link: never `javascript:`, never a guess.
        { id: '102', name: 'holdout', kind: 'test-set' },
      ]);
      expect((await lastRequest()).path).to.equal('/api/v3/custom_models/5/data');
    });

    it('offers no dataset delete by default (the call is not documented) and sends none', async () => {
      await reset({ models: MODELS, datasets });
      const adapter = api();
      expect(adapter.capabilities.deleteDataset).to.equal(false);
      const error = await rejection(adapter.deleteDataset('5', '100'));
      expect(error).to.include({ kind: 'forbidden', code: 'dataset-delete-not-configured' });
      expect(error.message).to.equal('Removing a dataset is not available with this service.');
      expect(await requests()).to.have.length(0);
    });

    it('deletes a dataset at a configured path, exactly as configured (guess: the path)', async () => {
      await reset({ models: MODELS, datasets });
      const adapter = api({ paths: { dataset: '/api/v3/custom_models/{id}/data/{datasetId}' } });
      expect(adapter.capabilities.deleteDataset).to.equal(true);
      await adapter.deleteDataset('5', '100');
      expect(await lastRequest()).to.include({
        method: 'DELETE',
        path: '/api/v3/custom_models/5/data/100',
      });
      expect((await adapter.listDatasets('5')).map((d) => d.id)).to.deep.equal(['101', '102']);

      await api({
        paths: { dataset: '/api/v3/custom_models/{id}/data/{datasetId}/' },
      }).deleteDataset('5', '101');
      expect((await lastRequest()).path).to.equal('/api/v3/custom_models/5/data/101/');
    });

    it('lets a host keep dataset delete off even with a path', () => {
      const adapter = api({
        paths: { dataset: '/api/v3/custom_models/{id}/data/{datasetId}' },
        capabilities: { deleteDataset: false },
      });
      expect(adapter.capabilities.deleteDataset).to.equal(false);
    });

    it('uploads one file as multipart with real progress', async function () {
      this.timeout(20_000);
      // Slow reads on the server, and a file larger than the kernel's socket buffers on localhost.
      await rule({ path: '/data$', throttleKbPerTick: 128 });
      const size = 16 * 1024 * 1024;
      const file = new File([new Uint8Array(size)], 'interview.wav', { type: 'audio/wav' });
      const progress: Array<[number, number]> = [];
      const dataset = await api().uploadDataset('6', file, {
        onProgress: (loaded, total) => progress.push([loaded, total]),
      });

      expect(dataset).to.include({
        id: '1000',
        name: 'interview.wav',
        kind: 'audio',
        sizeBytes: size,
      });
      const request = await lastRequest();
      expect(request).to.include({ method: 'PUT', path: '/api/v3/custom_models/6/data' });
      expect(request.query, 'no data_type for audio').to.deep.equal({});
      expect(request.headers['content-type']).to.match(/^multipart\/form-data; boundary=/);
      expect(request.headers.authorization).to.equal('Bearer test-token');
      expect(request.file).to.deep.equal({
        field: 'file',
        name: 'interview.wav',
        size,
        type: 'audio/wav',
      });

      expect(progress[0]).to.deep.equal([0, size]);
      expect(progress.at(-1)).to.deep.equal([size, size]);
      expect(
        progress.some(([loaded]) => loaded > 0 && loaded < size),
        JSON.stringify(progress),
      ).to.equal(true);
      for (let i = 1; i < progress.length; i++)
        expect(progress[i]![0]).to.be.greaterThan(progress[i - 1]![0]);
      expect((await api().getModel('6')).isTrainable).to.equal(true);
    });

    it('sends data_type 1 for a transcript and 2 for a test set (documented)', async () => {
      const adapter = api();
      const transcript = await adapter.uploadDataset('6', new File(['a'], 'talk.srt'));
      expect(transcript.kind).to.equal('transcript');
      expect((await lastRequest()).query).to.deep.equal({ data_type: '1' });
      const testSet = await adapter.uploadDataset('6', new File(['b'], 'holdout.srt'), {
        kind: 'test-set',
      });
      expect(testSet).to.include({ kind: 'test-set', name: 'holdout.srt' });
      expect((await lastRequest()).query).to.deep.equal({ data_type: '2' });
      expect((await adapter.listDatasets('6')).map((d) => d.kind)).to.deep.equal([
        'transcript',
        'test-set',
      ]);
    });

    it('sends no data_type for audio or a manifest, whose codes are undocumented (guess: the server tells them apart)', async () => {
      const adapter = api();
      for (const name of ['talk.wav', 'set.jsonl']) {
        const dataset = await adapter.uploadDataset('6', new File(['x'], name));
        expect(dataset.id, name).to.match(/^\d+$/);
        expect((await lastRequest()).query, name).to.deep.equal({});
      }
    });

    it('sends the codes a host configures for audio and manifests', async () => {
      await rule({
        method: 'PUT',
        path: '/data$',
        status: 200,
        body: { result: { transcriptId: 9 } },
        times: 2,
      });
      const adapter = api({ dataTypes: { audio: 3, manifest: 4 } });
      await adapter.uploadDataset('6', new File(['x'], 'talk.wav'));
      expect((await lastRequest()).query).to.deep.equal({ data_type: '3' });
      await adapter.uploadDataset('6', new File(['x'], 'set.jsonl'));
      expect((await lastRequest()).query).to.deep.equal({ data_type: '4' });
    });

    it('sends x-filename as the user named the file: plain text as it is, the rest as RFC 8187 (raw upload)', async () => {
      const adapter = api({ uploadFormat: 'raw' });
      const names: Array<[string, string]> = [
        ['my notes (v2) 100%.txt', 'my notes (v2) 100%.txt'],
        ['notes día.txt', "UTF-8''notes%20d%C3%ADa.txt"],
        ['会議 2024.srt', "UTF-8''%E4%BC%9A%E8%AD%B0%202024.srt"],
        ["UTF-8''trick.txt", "UTF-8''UTF-8%27%27trick.txt"],
      ];
      for (const [name, header] of names) {
        const dataset = await adapter.uploadDataset('6', new File(['hi'], name));
        const request = await lastRequest();
        expect(request.headers['x-filename'], name).to.equal(header);
        expect(request.file?.name, name).to.equal(name);
        expect(dataset.name).to.equal(name);
      }
    });

    it('can send the raw body with x-filename instead (older API reference)', async () => {
      const file = new File(['hello'], 'notes día.txt', { type: 'text/plain' });
      const dataset = await api({
        uploadFormat: 'raw',
        dataTypes: { transcript: 2 },
      }).uploadDataset('6', file);
      expect(dataset).to.include({ name: 'notes día.txt', kind: 'transcript', sizeBytes: 5 });
      const request = await lastRequest();
      expect(request.query).to.deep.equal({ data_type: '2' });
      expect(request.headers['content-type']).to.equal('text/plain');
      expect(request.file).to.include({ field: 'body', name: 'notes día.txt', size: 5 });
    });

    it('aborts an upload', async () => {
      await rule({ path: '/data$', hang: true });
      const controller = new AbortController();
      const file = new File([new Uint8Array(1024)], 'a.wav');
      const upload = api().uploadDataset('6', file, { signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      expect((await rejection(upload)).kind).to.equal('aborted');
    });

    it('maps upload errors (402 without a subscription) and has no time limit', async () => {
      await reset({ models: MODELS, subscription: false });
      const file = new File(['x'], 'a.srt');
      const error = await rejection(api().uploadDataset('6', file));
      expect(error).to.include({ kind: 'payment-required', status: 402 });
      expect(error.message).to.equal(
        'Payment required: your organisation has no active subscription.',
      );

      await reset({ models: MODELS });
      await rule({
        path: '/data$',
        method: 'PUT',
        delayMs: 400,
        status: 200,
        body: { result: { transcriptId: 5 } },
      });
      const dataset = await api({ timeoutMs: 100 }).uploadDataset('6', file);
      expect(dataset.id).to.equal('5');
    });
  });
});
