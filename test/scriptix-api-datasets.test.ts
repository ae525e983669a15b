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
        { id: 100, name: 'consult.wav', type: 1, language_id: 1, media_url: 'x', url: 'x' },
        { id: 101, name: 'consult.srt', type: 1, language_id: 1, media_url: 'x', url: 'x' },
        { id: 102, name: 'holdout', type: 2, language_id: 1, media_url: 'x', url: 'x' },
      ],
    };

    it('lists a model’s datasets: data_type 2 is a test set, other kinds come from the file names', async () => {
      await reset({ models: MODELS, datasets });
      const list = await api().listDatasets('5');
      expect(list).to.deep.equal([
        { id: '100', name: 'consult.wav', kind: 'audio' },
        { id: '101', name: 'consult.srt', kind: 'transcript' },
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
      expect(request.query).to.deep.equal({ data_type: '1' });
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
