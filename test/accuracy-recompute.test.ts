import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/models-grid.js';
import '../src/custom-model-details.js';
import type { ModelsGrid } from '../src/models-grid.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { CustomModel, Dataset, EvaluationItem } from '../src/api/types.js';
import { InMemoryCustomModelsApi, scoreTranscript, type TranscriptScore } from '../src/adapters.js';
import { findByRole } from './helpers/by-role.js';

// Issue 26, "Done when": every number on the Accuracy screen can be recomputed from the texts with
// `scoreTranscript` (the public engine a host's backend imports from adapters.js). The in-memory
// adapter measures a trained Dutch model on 12 test items of 2:30 each; the test takes the texts
// the adapter answered and recomputes, on its own, every figure the section and the grid show.

const DUTCH = { id: '2', key: 'nl-nl', name: 'Dutch' };
const model: CustomModel = {
  id: 'm1',
  key: 'cm-m1',
  name: 'Legal NL',
  baseLanguage: DUTCH,
  trainingStatus: 4,
  lastModified: '2026-11-01T10:00:00.000Z',
};
const names = Array.from({ length: 12 }, (_, k) => `zitting-${String(k + 1).padStart(2, '0')}`);
const datasets: Dataset[] = [
  { id: 'a', name: 'hearing.wav', kind: 'audio', sizeBytes: 9_000_000, durationSeconds: 280 },
  { id: 't', name: 'hearing.srt', kind: 'transcript', sizeBytes: 12_000 },
  ...names.flatMap((name): Dataset[] => [
    {
      id: `${name}-a`,
      name: `${name}.wav`,
      kind: 'test-set',
      sizeBytes: 4_800_044,
      durationSeconds: 150,
    },
    { id: `${name}-t`, name: `${name}.txt`, kind: 'test-set', sizeBytes: 3_270 },
  ]),
];

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const percent = (rate: number) =>
  rate.toLocaleString('en', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
const oneDecimal = (value: number) =>
  value.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const errors = (s: TranscriptScore) => s.substitutions + s.deletions + s.insertions;

/** Sums scores as the issue says: errors summed over words summed. */
function total(scores: TranscriptScore[]) {
  const sum = (key: 'words' | 'substitutions' | 'deletions' | 'insertions') =>
    scores.reduce((n, s) => n + s[key], 0);
  const words = sum('words');
  const wrong = sum('substitutions') + sum('deletions') + sum('insertions');
  return {
    wer: wrong / words,
    words,
    substitutions: sum('substitutions'),
    deletions: sum('deletions'),
    insertions: sum('insertions'),
    errors: wrong,
  };
}

let api: InMemoryCustomModelsApi | undefined;
afterEach(() => api?.dispose());

describe('the Accuracy screen: every number recomputed from the texts with scoreTranscript', () => {
  it('verdict, rates, size, chart, errors by kind, items, utterances, fixed and broken words, grid', async () => {
    api = new InMemoryCustomModelsApi({
      models: [model],
      datasets: { m1: datasets },
      languages: [DUTCH],
      evaluationTimeMs: 120,
      latencyMs: 0,
    });
    const provider = await fixture<HTMLElement>(
      html`<custom-models-provider .api=${api} lang="en">
        <models-grid hidden-columns="key"></models-grid>
        <custom-model-details model-id="m1" poll-interval="30"></custom-model-details>
      </custom-models-provider>`,
    );
    const details = provider.querySelector<CustomModelDetails>('custom-model-details')!;
    const grid = provider.querySelector<ModelsGrid>('models-grid')!;
    const $ = (selector: string) => details.shadowRoot!.querySelector<HTMLElement>(selector);
    const $$ = (selector: string, root: ParentNode = details.shadowRoot!) => [
      ...root.querySelectorAll<HTMLElement>(selector),
    ];
    (await findByRole(details, 'button', { name: 'Measure accuracy', disabled: false })).click();
    await waitUntil(() => $('.accuracy-verdict'), 'the result shows', { timeout: 5000 });

    // The texts, as the adapter answered them (what a host's backend would have).
    const evaluation = await api.getEvaluation!('m1');
    const items = evaluation.items as EvaluationItem[];
    expect(items.map((i) => i.name)).to.deep.equal(names);
    const score = (reference: string, hypothesis: string, normalize: boolean) =>
      scoreTranscript(reference, hypothesis, { normalize, language: 'nl-nl' });
    const scored = items.map((item) => ({
      item,
      base: score(item.reference!, item.base!, true),
      custom: score(item.reference!, item.custom!, true),
      rawBase: score(item.reference!, item.base!, false),
      rawCustom: score(item.reference!, item.custom!, false),
    }));
    expect(scored[0]!.base.profile).to.equal('nl-v1');
    const base = total(scored.map((s) => s.base));
    const custom = total(scored.map((s) => s.custom));
    const rawBase = total(scored.map((s) => s.rawBase));
    const rawCustom = total(scored.map((s) => s.rawCustom));
    // The demo's texts differ in fillers and full stops: raw and normalised are not the same.
    expect(rawCustom.wer).to.be.above(custom.wer);

    // The verdict: the difference in points, and the rates it rests on, raw beside them.
    const points = ((custom.errors - base.errors) / base.words) * 100;
    expect(points).to.be.below(0);
    expect(text($('.verdict-sentence'))).to.match(
      new RegExp(`^Custom is better: ${oneDecimal(-points)} points lower WER \\(95% interval `),
    );
    expect(text($('.verdict-rates'))).to.equal(
      `Normalised word error rate (rules "nl-v1"): base model ${percent(base.wer)}, custom model ${percent(custom.wer)}; raw, words as written: ${percent(rawBase.wer)} and ${percent(rawCustom.wer)}.`,
    );
    // The size: items, reference words, minutes (12 × 2:30, as the Datasets table says).
    expect(text($('.verdict-size'))).to.equal(
      `Test set: 12 test items, ${base.words.toLocaleString('en')} words, 30 minutes of audio. At least the advised 30 minutes.`,
    );
    // The chart's two bars.
    expect($$('.chart-value').map(text)).to.deep.equal([percent(base.wer), percent(custom.wer)]);
    // Errors by kind: raw and normalised rates, then the normalised counts.
    const rows = $$('.breakdown tbody tr').map((row) => [...row.children].map((c) => text(c)));
    const n = (value: number) => value.toLocaleString('en');
    expect(rows).to.deep.equal([
      ['Raw WER', percent(rawBase.wer), percent(rawCustom.wer)],
      ['Normalised WER', percent(base.wer), percent(custom.wer)],
      ['Words', n(base.words), n(custom.words)],
      ['Substitutions', n(base.substitutions), n(custom.substitutions)],
      ['Deletions', n(base.deletions), n(custom.deletions)],
      ['Insertions', n(base.insertions), n(custom.insertions)],
    ]);

    // Every item's rates and gain, in the largest-gain-first order.
    // Largest gain first (errors fewer), then the larger gain in points, then by name.
    const gain = (s: (typeof scored)[number]) => errors(s.base) - errors(s.custom);
    const gainPoints = (s: (typeof scored)[number]) => (gain(s) / s.base.words) * 100;
    const byGain = [...scored].sort(
      (a, b) =>
        gain(b) - gain(a) ||
        gainPoints(b) - gainPoints(a) ||
        a.item.name.localeCompare(b.item.name),
    );
    const gainText = (gain: number) =>
      gain === 0
        ? 'no change'
        : `${Math.abs(gain)} error${Math.abs(gain) === 1 ? '' : 's'} ${gain > 0 ? 'fewer' : 'more'}`;
    expect(
      $$('.items .item').map((li) => [
        li.dataset.name,
        text(li.querySelector('.item-rates')),
        text(li.querySelector('.item-gain')),
      ]),
    ).to.deep.equal(
      byGain.map((s) => [
        s.item.name,
        `base ${percent(s.base.wer)}, custom ${percent(s.custom.wer)}`,
        gainText(errors(s.base) - errors(s.custom)),
      ]),
    );

    // One item opened: each utterance's rates, normalised and raw, for both models.
    const first = scored[0]!.item;
    $(`.item[data-name="${first.name}"] summary`)!.click();
    await waitUntil(() => $(`.item[data-name="${first.name}"] .utterance`), 'the item opens');
    const utterances = $$(`.item[data-name="${first.name}"] .utterance`);
    expect(utterances).to.have.length(first.utterances!.length);
    const line = (u: (typeof first.utterances & {})[number], key: 'base' | 'custom') =>
      `WER ${percent(score(u.reference, u[key]!, true).wer)} normalised, ${percent(score(u.reference, u[key]!, false).wer)} raw`;
    first.utterances!.forEach((u, k) => {
      expect(text(utterances[k]!.querySelector('.line-base .line-wer'))).to.equal(line(u, 'base'));
      expect(text(utterances[k]!.querySelector('.line-custom .line-wer'))).to.equal(
        line(u, 'custom'),
      );
      // The marks are the alignment's errors, one per error.
      const marked = utterances[k]!.querySelectorAll('.line-base [data-op]').length;
      expect(marked).to.equal(errors(score(u.reference, u.base!, true)));
    });

    // The same lines as written: the raw rates' errors marked, the models' own words shown.
    (await findByRole(details, 'radio', { name: 'As written' })).click();
    await details.updateComplete;
    first.utterances!.forEach((u, k) => {
      expect(text(utterances[k]!.querySelector('.line-base .line-wer'))).to.equal(line(u, 'base'));
      for (const key of ['base', 'custom'] as const) {
        const marked = utterances[k]!.querySelectorAll(`.line-${key} [data-op]`).length;
        expect(marked, `${key} ${k}`).to.equal(errors(score(u.reference, u[key]!, false)));
      }
    });
    for (const kind of ['Substitutions', 'Deletions', 'Insertions'])
      (await findByRole(details, 'checkbox', { name: kind })).click();
    await details.updateComplete;
    first.utterances!.forEach((u, k) => {
      expect(text(utterances[k]!.querySelector('.line-base dd'))).to.equal(u.base);
      expect(text(utterances[k]!.querySelector('.line-custom dd'))).to.equal(u.custom);
    });
    // Some line differs as written from the normalised words (case, full stops, fillers).
    expect(first.utterances!.some((u) => u.base !== u.base!.toLowerCase())).to.equal(true);

    // Fixed and broken words: each pair's counts over the set, from the normalised alignments.
    const counts = new Map<string, { base: number; custom: number }>();
    const add = (s: TranscriptScore, key: 'base' | 'custom') => {
      for (const a of s.alignment) {
        if (a.operation === 'equal') continue;
        const pair = `${a.reference ?? '(nothing said)'}|${a.hypothesis ?? '(left out)'}`;
        const entry = counts.get(pair) ?? { base: 0, custom: 0 };
        entry[key]++;
        counts.set(pair, entry);
      }
    };
    for (const s of scored) {
      add(s.base, 'base');
      add(s.custom, 'custom');
    }
    for (const kind of ['fixed', 'broken'] as const) {
      const shown = $$(`.confusions-${kind} tbody tr`).map((row) =>
        [...row.children].map((c) => text(c)!),
      );
      expect(shown.length, kind).to.be.greaterThan(0);
      for (const [said, heard, b, c] of shown) {
        const entry = counts.get(`${said}|${heard}`);
        expect(entry, `${said} → ${heard}`).to.not.equal(undefined);
        expect([b, c], `${said} → ${heard}`).to.deep.equal([
          String(entry!.base),
          String(entry!.custom),
        ]);
        expect(
          kind === 'fixed' ? entry!.base > entry!.custom : entry!.custom > entry!.base,
        ).to.equal(true);
      }
    }

    // The grid's column: the adapter's figure, the raw custom rate, with the gain over base.
    grid.hiddenColumns = [];
    await grid.updateComplete;
    const cell = () => grid.shadowRoot!.querySelector('tr[data-id="m1"] .c-wordErrorRate');
    const short = (rate: number) =>
      rate.toLocaleString('en', { style: 'percent', maximumFractionDigits: 1 });
    await waitUntil(() => text(cell())?.startsWith('WER '), 'the grid shows the WER');
    expect(text(cell())).to.match(new RegExp(`^WER ${short(rawCustom.wer).replace('.', '\\.')} `));
  });
});
