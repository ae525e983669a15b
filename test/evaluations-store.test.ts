import { expect, waitUntil } from '@open-wc/testing';
import { InMemoryCustomModelsApi } from '../src/adapters/in-memory/in-memory-api.js';
import { simulateEvaluation } from '../src/adapters/in-memory/evaluations.js';
import { CustomModelsApiError } from '../src/api/errors.js';
import { TrainingStatus, type CustomModel, type Dataset } from '../src/api/types.js';
import { CustomModelsStore } from '../src/store/custom-models-store.js';
import { evaluationsOf } from '../src/store/evaluations.js';
import { RecordingApi } from './helpers/recording-api.js';

const LANGUAGE = { id: '1', key: 'nl-nl', name: 'Dutch' };
const model = (id: string, status: number): CustomModel => ({
  id,
  key: `k-${id}`,
  name: `Model ${id}`,
  baseLanguage: LANGUAGE,
  trainingStatus: status,
  lastModified: '2026-01-01T00:00:00Z',
});
const ds = (id: string, kind: Dataset['kind'], sizeBytes = 6000): Dataset => ({
  id,
  name: `${id}.${kind === 'audio' ? 'wav' : 'txt'}`,
  kind,
  sizeBytes,
});
/** A test item: its audio and its reference transcript, paired by base name. */
const testItem = (name: string, sizeBytes = 6000): Dataset[] => [
  { id: `${name}-audio`, name: `${name}.wav`, kind: 'test-set', sizeBytes: 500_000 },
  { id: `${name}-reference`, name: `${name}.txt`, kind: 'test-set', sizeBytes },
];

let apis: RecordingApi[] = [];
function makeApi(datasets: Record<string, Dataset[]>, evaluations?: boolean) {
  const api = new RecordingApi({
    models: [model('1', TrainingStatus.Success), model('2', TrainingStatus.NotRunning)],
    datasets,
    evaluationTimeMs: 60,
    push: false,
    evaluations,
  });
  apis.push(api);
  return api;
}
afterEach(() => {
  for (const api of apis) api.dispose();
  apis = [];
});

describe('evaluations: the in-memory adapter', () => {
  it('scores deterministically, totals are the sum over items, more training data scores better', () => {
    const tests = [...testItem('t1', 12_000), ...testItem('t2', 3000)];
    const little = simulateEvaluation(model('1', 4), [ds('a', 'audio'), ...tests]);
    const again = simulateEvaluation(model('1', 4), [ds('a', 'audio'), ...tests]);
    const more = simulateEvaluation(model('1', 4), [
      ds('a', 'audio'),
      ds('b', 'transcript'),
      ds('c', 'transcript'),
      ds('d', 'transcript'),
      ...tests,
    ]);
    expect(little).to.deep.equal(again);
    expect(little.status).to.equal('done');
    expect(little.files).to.have.length(2);
    const words = little.files!.reduce((n, f) => n + f.custom.words, 0);
    expect(little.custom!.words).to.equal(words);
    const c = little.custom!;
    expect(c.wer).to.be.closeTo((c.substitutions + c.deletions + c.insertions) / c.words, 1e-9);
    expect(little.custom!.wer).to.be.below(little.base!.wer);
    expect(more.custom!.wer).to.be.below(little.custom!.wer);
  });

  it('fails with a reason on an empty test transcript, and without a test set', () => {
    const empty = simulateEvaluation(model('1', 4), [ds('a', 'audio'), ds('t', 'test-set', 0)]);
    expect(empty).to.deep.equal({
      status: 'failed',
      reason: 'Evaluation failed: test file "t.txt" has an empty transcript.',
    });
    expect(simulateEvaluation(model('1', 4), [ds('a', 'audio')]).status).to.equal('failed');
  });

  it('refuses an untrained model and a model without a test set; runs to a result on timers', async () => {
    const api = makeApi({ '1': [ds('a', 'audio'), ...testItem('t')], '2': [ds('a2', 'audio')] });
    expect(api.capabilities?.evaluations).to.equal(true);
    expect((await api.getEvaluation('1')).status).to.equal('none');
    let caught: unknown;
    await api.startEvaluation('2').catch((e: unknown) => (caught = e));
    expect((caught as CustomModelsApiError).kind).to.equal('conflict');
    const started = await api.startEvaluation('1');
    expect(started).to.include({ status: 'running', progress: 0 });
    await waitUntil(async () => (await api.getEvaluation('1')).status === 'done', '', {
      timeout: 3000,
    });
  });

  it('declares nothing and serves nothing with evaluations: false', () => {
    const api = new InMemoryCustomModelsApi({ evaluations: false });
    expect(api.capabilities.evaluations).to.equal(false);
    expect(api.startEvaluation).to.equal(undefined);
    api.dispose();
  });
});

describe('evaluations: the store', () => {
  it('loads, starts, polls a running evaluation for an observer and announces its end once', async () => {
    const api = makeApi({ '1': [ds('a', 'audio'), ...testItem('t')] });
    const store = CustomModelsStore.for(api);
    const evaluations = evaluationsOf(store);
    await store.loadModel('1');
    expect((await evaluations.load('1')).status).to.equal('none');
    const ended: unknown[] = [];
    const low: unknown[] = [];
    evaluations.onEnded((e) => ended.push(e), 1);
    evaluations.onEnded((e) => low.push(e), 0);
    const stop = evaluations.watch('1', () => 20);
    await evaluations.start('1');
    expect(evaluations.get('1')?.status).to.equal('running');
    await waitUntil(() => evaluations.get('1')?.status === 'done', 'not polled to done', {
      timeout: 3000,
    });
    await waitUntil(() => ended.length === 1);
    expect(low).to.have.length(0);
    const adapters = await api.inner.getEvaluation!('1');
    expect(evaluations.get('1')).to.deep.equal(adapters);
    // The model in the store says the custom WER, as the adapter's model does.
    expect(store.model('1')?.wordErrorRate).to.equal(adapters.custom!.wer);
    expect((await api.inner.getModel('1')).wordErrorRate).to.equal(adapters.custom!.wer);
    const polls = api.callsOf('getEvaluation').length;
    await new Promise((r) => setTimeout(r, 100));
    // Done: no more polling.
    expect(api.callsOf('getEvaluation').length).to.equal(polls);
    expect(ended).to.have.length(1);
    stop();
  });

  it('training again makes the figures stale (the resource is invalidated)', async () => {
    const api = makeApi({ '2': [ds('a', 'audio'), ...testItem('t')] });
    const store = CustomModelsStore.for(api);
    const before = store.generation('evaluation:2');
    await store.startTraining('2');
    expect(store.generation('evaluation:2')).to.equal(before + 1);
  });
});
