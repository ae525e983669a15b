import { expect, waitUntil } from '@open-wc/testing';
import { InMemoryCustomModelsApi } from '../src/adapters/in-memory/in-memory-api.js';
import { simulateEvaluation } from '../src/adapters/in-memory/evaluations.js';
import {
  TrainingStatus,
  type CustomModel,
  type Dataset,
  type Evaluation,
  type RequestOptions,
} from '../src/api/types.js';
import { scoreTestSet, type TestSetItem } from '../src/scoring/score.js';
import { CustomModelsStore } from '../src/store/custom-models-store.js';
import { evaluationsOf } from '../src/store/evaluations.js';

// Issue 26, the data side: the in-memory adapter's evaluations are test items (audio with its
// reference) with texts, scored by the engine; the store keeps the items and agrees with the
// engine; progress never sits at 100 % waiting for the result.

const DUTCH = { id: '1', key: 'nl-nl', name: 'Dutch' };
const model = (id: string, status = TrainingStatus.Success as number): CustomModel => ({
  id,
  key: `k-${id}`,
  name: `Model ${id}`,
  baseLanguage: DUTCH,
  trainingStatus: status,
  lastModified: '2026-01-01T00:00:00Z',
});
const training = (id: string, kind: Dataset['kind']): Dataset => ({
  id,
  name: `${id}.${kind === 'audio' ? 'wav' : 'txt'}`,
  kind,
  sizeBytes: 6000,
});
/** A test item: its audio and its reference transcript, paired by base name. */
const testItem = (name: string, sizeBytes = 6000): Dataset[] => [
  { id: `${name}-audio`, name: `${name}.wav`, kind: 'test-set', sizeBytes: 500_000 },
  { id: `${name}-reference`, name: `${name}.txt`, kind: 'test-set', sizeBytes },
];
/** The engine's totals of an evaluation's items for one model (raw, as the contract's totals). */
function totalOf(items: NonNullable<Evaluation['items']>, key: 'base' | 'custom') {
  const { wer, words, substitutions, deletions, insertions } = scoreTestSet(
    items.map((i): TestSetItem => ({ reference: i.reference!, hypothesis: i[key]! })),
  ).total;
  return { wer, words, substitutions, deletions, insertions };
}
const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[\s.]+/));

let disposables: { dispose(): void }[] = [];
afterEach(() => {
  for (const d of disposables) d.dispose();
  disposables = [];
});

describe('in-memory evaluations: test items with texts', () => {
  it('pairs audio and reference into one item; totals are the engine’s score of the texts', () => {
    const tests = [...testItem('t1', 1200), ...testItem('t2', 600)];
    const little = simulateEvaluation(model('1'), [training('a', 'audio'), ...tests]);
    const again = simulateEvaluation(model('1'), [training('a', 'audio'), ...tests]);
    const more = simulateEvaluation(model('1'), [
      training('a', 'audio'),
      training('b', 'transcript'),
      training('c', 'transcript'),
      training('d', 'transcript'),
      ...tests,
    ]);
    // Deterministic: the same input, the same texts.
    expect(little).to.deep.equal(again);
    expect(little.status).to.equal('done');
    expect(little.language).to.equal('nl-nl');
    // Two items, not four files: the transcript is never scored as if it were audio.
    const items = little.items!;
    expect(items.map((i) => i.name)).to.deep.equal(['t1', 't2']);
    expect(items[0]).to.include({ audioDatasetId: 't1-audio', referenceDatasetId: 't1-reference' });
    expect(little.files!.map((f) => f.name)).to.deep.equal(['t1', 't2']);
    // Every number is recomputable from the texts.
    expect(little.base).to.deep.equal(totalOf(items, 'base'));
    expect(little.custom).to.deep.equal(totalOf(items, 'custom'));
    expect(little.files![1]!.custom).to.deep.equal(totalOf([items[1]!], 'custom'));
    // About a word per 6 bytes of the reference file; the base model errs more.
    expect(little.custom!.words).to.be.within(290, 340);
    expect(little.base!.wer).to.be.above(0);
    expect(little.custom!.wer).to.be.below(little.base!.wer);
    expect(more.custom!.wer).to.be.below(little.custom!.wer);
    // One reference per item whatever the model learned: only what the models heard differs.
    expect(more.items!.map((i) => i.reference)).to.deep.equal(items.map((i) => i.reference));
    expect(more.items!.map((i) => i.base)).to.deep.equal(items.map((i) => i.base));
  });

  it('makes substitutions, deletions and insertions, with plausible confusions', () => {
    const tests = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((name) => testItem(name, 2400));
    const result = simulateEvaluation(model('1'), tests);
    const base = result.base!;
    expect(base.substitutions, 'substitutions').to.be.above(0);
    expect(base.deletions, 'deletions').to.be.above(0);
    expect(base.insertions, 'insertions').to.be.above(0);
    const pairs = scoreTestSet(
      result.items!.map((i) => ({ reference: i.reference!, hypothesis: i.base! })),
    ).items.flatMap((s) => s.alignment.filter((a) => a.operation === 'substitute'));
    const confused = pairs.map((p) => `${p.reference}>${p.hypothesis}`);
    expect(
      confused.some((c) => ['wij>wei', 'zij>zei', 'dat>dan', 'vier>hier', 'waar>maar'].includes(c)),
      confused.join(' '),
    ).to.equal(true);
  });

  it('gives each item timed utterances whose texts are the item’s, in the model’s language', () => {
    const dutch = simulateEvaluation(model('1'), testItem('meeting', 900));
    const item = dutch.items![0]!;
    const utterances = item.utterances!;
    expect(utterances.length).to.be.greaterThan(3);
    for (const key of ['reference', 'base', 'custom'] as const) {
      expect(utterances.map((u) => u[key]).join(' ')).to.equal(item[key]);
    }
    let last = 0;
    for (const u of utterances) {
      expect(u.start!).to.be.at.least(last);
      expect(u.end!).to.be.above(u.start!);
      last = u.end!;
    }
    expect(item.durationSeconds).to.be.at.least(last);
    expect(['de', 'het', 'wij', 'zij', 'we'].some((w) => wordsOf(item.reference!).has(w))).to.equal(
      true,
    );
    for (const [key, probe] of [
      ['de-de', ['der', 'die', 'das', 'wir', 'sie']],
      ['fr-fr', ['le', 'la', 'les', 'nous', 'ils']],
      ['en-gb', ['the', 'we', 'they', 'to']],
    ] as const) {
      const other = simulateEvaluation(
        { ...model('1'), baseLanguage: { id: key, key, name: key } },
        testItem('meeting', 900),
      );
      expect(other.language).to.equal(key);
      const words = wordsOf(other.items![0]!.reference!);
      expect(
        probe.some((w) => words.has(w)),
        `${key}: ${other.items![0]!.reference}`,
      ).to.equal(true);
    }
  });

  it('an item is as long as its audio where the audio says its length (the Datasets table’s minutes)', () => {
    // 2:30 of audio with a long reference (400 words take longer than that at a talking pace).
    const [audio, reference] = testItem('hearing', 3200);
    const timed = simulateEvaluation(model('1'), [{ ...audio!, durationSeconds: 150 }, reference!]);
    const item = timed.items![0]!;
    expect(item.durationSeconds).to.equal(150);
    const utterances = item.utterances!;
    expect(utterances.at(-1)!.end).to.be.at.most(150);
    let last = 0;
    for (const u of utterances) {
      expect(u.start!).to.be.at.least(last);
      expect(u.end!).to.be.above(u.start!);
      last = u.end!;
    }
    // A short text in a long recording keeps its pace; the item is still the recording's length.
    const [longAudio, shortReference] = testItem('hearing', 120);
    const long = simulateEvaluation(model('1'), [
      { ...longAudio!, durationSeconds: 600 },
      shortReference!,
    ]).items![0]!;
    expect(long.durationSeconds).to.equal(600);
    expect(long.utterances!.at(-1)!.end).to.be.below(30);
  });

  it('leaves unpaired files out, and fails when no item has both audio and reference', () => {
    const some = simulateEvaluation(model('1'), [
      ...testItem('t1'),
      { id: 'lone', name: 'lonely.wav', kind: 'test-set', sizeBytes: 9000 },
      { id: 'orphan', name: 'orphan.txt', kind: 'test-set', sizeBytes: 9000 },
    ]);
    expect(some.items!.map((i) => i.name)).to.deep.equal(['t1']);
    const none = simulateEvaluation(model('1'), [
      { id: 'orphan', name: 'orphan.txt', kind: 'test-set', sizeBytes: 9000 },
    ]);
    expect(none.status).to.equal('failed');
    expect(none.reason).to.contain('no test item has both its audio and its reference');
  });

  it('says on the model that it is measured, then its custom and base WER', async () => {
    const api = new InMemoryCustomModelsApi({
      models: [model('1')],
      datasets: { '1': [training('a', 'audio'), ...testItem('t')] },
      evaluationTimeMs: 100,
      latencyMs: 0,
    });
    disposables.push(api);
    await api.startEvaluation!('1');
    expect((await api.getModel('1')).evaluationStatus).to.equal('running');
    await waitUntil(async () => (await api.getEvaluation!('1')).status === 'done');
    const done = await api.getEvaluation!('1');
    const after = await api.getModel('1');
    expect(after.evaluationStatus).to.equal(undefined);
    expect(after.wordErrorRate).to.equal(done.custom!.wer);
    expect(after.baseWordErrorRate).to.equal(done.base!.wer);
  });
});

/** An adapter whose evaluation answers are given by the test. */
class ScriptedApi extends InMemoryCustomModelsApi {
  answer: Evaluation = { modelId: '1', status: 'none' };
  override startEvaluation = async (modelId: string, _o?: RequestOptions) => {
    this.answer = { modelId, status: 'running', progress: 0 };
    return { ...this.answer };
  };
  override getEvaluation = async (_modelId: string, _o?: RequestOptions) =>
    structuredClone(this.answer);
}

describe('the store’s evaluations: items and totals agree with the engine', () => {
  it('keeps the items (checked) and counts the totals from their texts', async () => {
    const api = new ScriptedApi({ models: [model('1')], latencyMs: 0 });
    disposables.push(api);
    const store = CustomModelsStore.for(api);
    await store.loadModel('1');
    const evaluations = evaluationsOf(store);
    await evaluations.start('1');
    const stop = evaluations.watch('1', () => 20);
    const items = [
      {
        name: 'one',
        reference: 'de huisarts belt morgen',
        base: 'de huis arts belt',
        custom: 'de huisarts belt morgen',
      },
      {
        name: 'two',
        audioUrl: 'javascript:alert(1)',
        durationSeconds: Number.NaN,
        utterances: [
          { start: 0, end: 1.5, reference: 'wij komen', base: 'wei komen', custom: 'wij komen' },
          {
            start: 2,
            end: 3,
            reference: 'vandaag niet',
            base: 'vandaag',
            custom: 'vandaag niet nee',
          },
          { reference: 42 },
        ],
      },
      'not an item',
    ];
    // The adapter's own totals disagree with its texts: the texts win.
    const wrong = { wer: 0.5, words: 8, substitutions: 4, deletions: 0, insertions: 0 };
    api.answer = {
      modelId: '1',
      status: 'done',
      base: wrong,
      custom: wrong,
      items: items as unknown as Evaluation['items'],
    };
    await waitUntil(() => evaluations.get('1')?.status === 'done', 'polled to done');
    stop();
    const kept = evaluations.get('1')!;
    expect(kept.items!.map((i) => i.name)).to.deep.equal(['one', 'two']);
    expect(kept.items![1]).to.not.have.property('audioUrl');
    expect(kept.items![1]).to.not.have.property('durationSeconds');
    expect(kept.items![1]!.utterances).to.have.length(2);
    const expected = (key: 'base' | 'custom') => {
      const { wer, words, substitutions, deletions, insertions } = scoreTestSet([
        {
          reference: 'de huisarts belt morgen',
          hypothesis: key === 'base' ? 'de huis arts belt' : 'de huisarts belt morgen',
        },
        {
          reference: 'wij komen vandaag niet',
          hypothesis: key === 'base' ? 'wei komen vandaag' : 'wij komen vandaag niet nee',
        },
      ]).total;
      return { wer, words, substitutions, deletions, insertions };
    };
    expect(kept.base).to.deep.equal(expected('base'));
    expect(kept.custom).to.deep.equal(expected('custom'));
    // The grid and the picker read the same figures from the model.
    expect(store.model('1')?.wordErrorRate).to.equal(expected('custom').wer);
    expect(store.model('1')?.baseWordErrorRate).to.equal(expected('base').wer);
    expect(store.model('1')?.evaluationStatus).to.equal(undefined);
  });

  it('keeps the adapter’s totals when the items carry only scores', async () => {
    const api = new ScriptedApi({ models: [model('1')], latencyMs: 0 });
    disposables.push(api);
    const store = CustomModelsStore.for(api);
    const score = { wer: 0.1, words: 10, substitutions: 1, deletions: 0, insertions: 0 };
    api.answer = {
      modelId: '1',
      status: 'done',
      base: { ...score, wer: 0.2, substitutions: 2 },
      custom: score,
      items: [
        { name: 'one', baseScore: { ...score, wer: 0.2, substitutions: 2 }, customScore: score },
      ],
    };
    const loaded = await evaluationsOf(store).load('1');
    expect(loaded.custom).to.deep.equal(score);
    expect(loaded.items![0]!.customScore).to.deep.equal(score);
  });
});

describe('progress never sits at 100 % waiting for the result', () => {
  it('the in-memory adapter gives the result in the tick that would say 100 %', async () => {
    const api = new InMemoryCustomModelsApi({
      models: [model('1')],
      datasets: { '1': testItem('t') },
      evaluationTimeMs: 250,
      latencyMs: 0,
    });
    disposables.push(api);
    await api.startEvaluation!('1');
    const seen: Evaluation[] = [];
    await waitUntil(
      async () => {
        const evaluation = await api.getEvaluation!('1');
        seen.push(evaluation);
        return evaluation.status === 'done';
      },
      'done',
      { interval: 5 },
    );
    const running = seen.filter((e) => e.status === 'running');
    expect(running.map((e) => e.progress).filter((p) => p! >= 100)).to.deep.equal([]);
    expect(Math.max(...running.map((e) => e.progress!))).to.equal(80);
  });

  it('the store says at most 99 % while an evaluation runs', async () => {
    const api = new ScriptedApi({ models: [model('1')], latencyMs: 0 });
    disposables.push(api);
    api.answer = { modelId: '1', status: 'running', progress: 100 };
    const loaded = await evaluationsOf(CustomModelsStore.for(api)).load('1');
    expect(loaded.progress).to.equal(99);
  });

  it('the store never says 100 % while running, and reads the result when its progress says it ends', async () => {
    const api = new ScriptedApi({ models: [model('1')], latencyMs: 0 });
    disposables.push(api);
    const store = CustomModelsStore.for(api);
    await store.loadModel('1');
    const evaluations = evaluationsOf(store);
    await evaluations.start('1');
    expect(store.model('1')?.evaluationStatus, 'the model says it is measured').to.equal('running');
    const seen: number[] = [];
    const unsubscribe = store.subscribe(() => {
      const evaluation = evaluations.get('1');
      if (evaluation?.status === 'running') seen.push(evaluation.progress ?? 0);
    });
    // A host that reads every 1.5 s; the adapter's run reaches its end half-way between reads.
    const INTERVAL = 1500;
    const stop = evaluations.watch('1', () => INTERVAL);
    api.answer = { modelId: '1', status: 'running', progress: 80 };
    await waitUntil(() => seen.includes(80), 'the first read', { timeout: INTERVAL * 2 });
    // A backend that says 100 % before its result is there.
    api.answer = { modelId: '1', status: 'running', progress: 100 };
    await new Promise((resolve) => setTimeout(resolve, 150));
    const endedAt = performance.now();
    api.answer = {
      modelId: '1',
      status: 'done',
      base: { wer: 0.2, words: 10, substitutions: 2, deletions: 0, insertions: 0 },
      custom: { wer: 0.1, words: 10, substitutions: 1, deletions: 0, insertions: 0 },
    };
    await waitUntil(() => evaluations.get('1')?.status === 'done', 'the result', {
      timeout: INTERVAL * 2,
    });
    // Read well before the host's next regular read: the view does not wait at the end.
    expect(performance.now() - endedAt).to.be.below(INTERVAL * 0.75);
    expect(
      seen.filter((p) => p >= 100),
      'a running evaluation at 100 %',
    ).to.deep.equal([]);
    expect(store.model('1')?.evaluationStatus).to.equal(undefined);
    unsubscribe();
    stop();
  });
});
