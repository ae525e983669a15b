import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/custom-model-details.js';
import '../src/translations/nl.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { CustomModel, Dataset, EvaluationItem } from '../src/api/types.js';
import type { ModelEvaluatedEvent } from '../src/events/events.js';
import { ItemsApi, betterItems, fewItems, worseItems } from './helpers/accuracy-items.js';
import { accessibleNode, findByRole } from './helpers/by-role.js';

// The Accuracy section's result, read as a user reads it: the verdict's sentence, the size of the
// set, raw and normalised rates with the profile named, the word-by-word view (marks per kind,
// toggles, gain/loss sort, audio, utterances), the confusion pairs and the exported files. The
// items' texts are hand-made with known edits (test/helpers/accuracy-items.ts).

const model: CustomModel = {
  id: 'm1',
  key: 'cm-m1',
  name: 'Support calls',
  baseLanguage: { id: '2', key: 'nl-nl', name: 'Dutch' },
  trainingStatus: 4,
  lastModified: '2024-05-01T10:00:00.000Z',
};
const testFiles = (items: EvaluationItem[]): Dataset[] =>
  items.flatMap((item, i) => [
    { id: `a${i}`, name: `${item.name}.wav`, kind: 'test-set', sizeBytes: 90_000 },
    { id: `t${i}`, name: `${item.name}.txt`, kind: 'test-set', sizeBytes: 900 },
  ]);

let api: ItemsApi;
afterEach(() => api?.dispose());

async function render(items: EvaluationItem[], { measured = true, lang = 'en' } = {}) {
  api = new ItemsApi(items, {
    models: [model],
    datasets: { m1: testFiles(items) },
    measured,
  });
  const provider = await fixture(
    html`<custom-models-provider .api=${api} lang=${lang}>
      <custom-model-details model-id="m1" poll-interval="30"></custom-model-details>
    </custom-models-provider>`,
  );
  const el = provider.querySelector('custom-model-details') as CustomModelDetails;
  await waitUntil(() => el.shadowRoot!.querySelector('.name'), 'the model shows');
  if (measured) await waitUntil(() => $(el, '.accuracy-verdict'), 'the verdict shows');
  return el;
}

const $ = (el: CustomModelDetails, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: ParentNode, selector: string) => [
  ...((el as CustomModelDetails).shadowRoot ?? el).querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const itemNames = (el: CustomModelDetails) => $$(el, '.items .item-name').map(text);

async function open(el: CustomModelDetails, name: string) {
  const summary = $(el, `.item[data-name="${name}"] summary`)!;
  summary.click();
  await waitUntil(() => $(el, `.item[data-name="${name}"] .aligned`), `${name} opens`);
  return $(el, `.item[data-name="${name}"]`)!;
}

describe('custom-model-details: Accuracy result and inspection', () => {
  it('starts, follows progress and says the custom model is better, with its interval', async () => {
    const el = await render(betterItems(), { measured: false });
    const ended = new Promise<ModelEvaluatedEvent>((resolve) =>
      el.addEventListener('model-evaluated', resolve, { once: true }),
    );
    (await findByRole(el, 'button', { name: 'Measure accuracy', disabled: false })).click();
    await waitUntil(() => $(el, '.accuracy-running'), 'running shows');
    expect(text($(el, '.accuracy-running-text'))).to.equal('Measuring accuracy: 40% done');
    expect(text($(el, '.accuracy-next'))).to.equal('Wait for the result; it shows here.');
    await waitUntil(() => $(el, '.accuracy-verdict'), 'the result shows', { timeout: 4000 });
    expect((await ended).detail.evaluation.items).to.have.length(12);
    // 12 items of 50 words; base 4 errors each (48), custom 1 each and 2 in one (13):
    // 8.0% against 2.2%, 5.8 points; the bootstrap's draws of the one odd item: 5.5 to 6.0.
    expect(text($(el, '.verdict-sentence'))).to.equal(
      'Custom is better: 5.8 points lower WER (95% interval 5.5 to 6.0).',
    );
    expect(text($(el, '.verdict-rates'))).to.equal(
      'Normalised word error rate (rules "nl-v1"): base model 8.0%, custom model 2.2%; raw, words as written: 8.0% and 2.2%.',
    );
    expect(text($(el, '.verdict-size'))).to.equal(
      'Test set: 12 test items, 600 words, 30 minutes of audio. At least the advised 30 minutes.',
    );
    expect(text($(el, '.accuracy-next'))).to.equal(
      'Use this model, or look word by word below to see what it fixed and what it broke.',
    );
    const steps = $$(el, '.accuracy-steps > li .step-title').map(text);
    expect(steps).to.deep.equal(['Test set', 'Measure', 'Result']);
    await findByRole(el, 'button', { name: 'Measure again', disabled: false });
  });

  it('says worse when the custom model makes more errors', async () => {
    const el = await render(worseItems());
    expect(text($(el, '.verdict-sentence'))).to.equal(
      'Custom is worse: 5.8 points higher WER (95% interval 5.5 to 6.0).',
    );
    await expect(el).to.be.accessible();
  });

  it('claims nothing on three items: not enough evidence, and why', async () => {
    const el = await render(fewItems());
    expect(text($(el, '.verdict-sentence strong'))).to.equal('Not enough evidence: add test data.');
    // Two sentences, not one running into the next.
    expect(text($(el, '.verdict-sentence'))).to.match(
      /^Not enough evidence: add test data\. Why: /,
    );
    const why = text($(el, '.verdict-why'))!;
    expect(why).to.match(
      /^Why: only 3 test items; a verdict needs at least 10; only 30 reference words; a verdict needs at least 500/,
    );
    expect(text($(el, '.verdict-size'))).to.equal(
      'Test set: 3 test items, 30 words, 0.3 minutes of audio. 30 minutes or more is advised.',
    );
    expect(text($(el, '.accuracy-next'))).to.equal(
      'Add test items (30 minutes of audio or more is advised), then measure again.',
    );
  });

  it('shows raw and normalised rates side by side, with the profile named', async () => {
    const el = await render(fewItems());
    const rows = $$(el, '.breakdown tbody tr').map((row) =>
      [...row.children].map((cell) => text(cell)),
    );
    // 30 words; base: 2 + 1 + 1 errors, custom: 0 + 2 + 1 (13.3%, 10.0%); nothing to normalise.
    expect(rows).to.deep.equal([
      ['Raw WER', '13.3%', '10.0%'],
      ['Normalised WER', '13.3%', '10.0%'],
      ['Words', '30', '30'],
      ['Substitutions', '2', '2'],
      ['Deletions', '1', '0'],
      ['Insertions', '1', '1'],
    ]);
    expect($(el, '.profile-note')!.dataset.profile).to.equal('nl-v1');
    expect(text($(el, '.profile-note'))).to.contain('"nl-v1"');
  });

  it('marks substitutions, deletions and insertions, in words too, each kind switched off on its own', async () => {
    const el = await render(fewItems());
    const item = await open(el, 'test-01');
    // Each model's rate, normalised and raw side by side: 2 errors in 12 words.
    expect(text(item.querySelector('.line-base dt'))).to.equal(
      'Base model WER 16.7% normalised, 16.7% raw',
    );
    expect(text(item.querySelector('.line-custom dt'))).to.equal(
      'Custom model WER 0.0% normalised, 0.0% raw',
    );
    const base = item.querySelector('.line-base dd')!;
    expect(base.querySelectorAll('[data-op="substitute"]')).to.have.length(1);
    expect(base.querySelectorAll('del[data-op="delete"]')).to.have.length(1);
    const substitution = base.querySelector('[data-op="substitute"]')!;
    // Read out: "substitution: de became dex"; seen: de struck through, dex underlined, a letter S.
    const letter = substitution.querySelector('.op-letter')!;
    expect([letter.textContent, letter.getAttribute('aria-hidden')]).to.deep.equal(['S', 'true']);
    expect(text(substitution)).to.equal('substitution: de became dexS');
    expect(substitution.querySelector('del')!.textContent).to.equal('de');
    expect(substitution.querySelector('ins')!.textContent).to.equal('dex');
    const deletion = base.querySelector('[data-op="delete"]')!;
    expect(text(deletion)).to.equal('left out: vraagtD');
    // Not by colour alone: struck through, and a letter.
    expect(getComputedStyle(deletion).textDecorationLine).to.equal('line-through');
    expect(text(item.querySelector('.line-reference dd'))).to.equal(
      'de klant belt over een bestelling die niet is aangekomen en vraagt',
    );
    expect(item.querySelector('.line-custom dd [data-op]')).to.equal(null);

    const toggle = await findByRole(el, 'checkbox', { name: 'Deletions' });
    expect(await accessibleNode(toggle)).to.include({ checked: 'true' });
    toggle.click();
    await el.updateComplete;
    expect(base.querySelectorAll('[data-op="delete"]')).to.have.length(0);
    expect(base.querySelectorAll('[data-op="substitute"]')).to.have.length(1);
    (await findByRole(el, 'checkbox', { name: 'Substitutions' })).click();
    await el.updateComplete;
    expect(base.querySelector('[data-op]')).to.equal(null);
    expect(text(base)).to.equal('dex klant belt over een bestelling die niet is aangekomen en');

    const second = await open(el, 'test-02');
    const inserted = second.querySelector('.line-base [data-op="insert"]')!;
    expect(text(inserted)).to.equal('added: ookI');
    (await findByRole(el, 'checkbox', { name: 'Insertions' })).click();
    await el.updateComplete;
    expect(second.querySelector('.line-base [data-op="insert"]')).to.equal(null);
    expect(text(second.querySelector('.line-base dd'))).to.contain('ook');
    await expect(el).to.be.accessible();
  });

  it('sorts by largest gain or loss, and shows utterances and audio', async () => {
    const el = await render(fewItems());
    // Gains (base errors − custom errors): test-01 +2, test-02 −1, test-03 0.
    expect(itemNames(el)).to.deep.equal(['test-01', 'test-03', 'test-02']);
    expect($$(el, '.item-gain').map(text)).to.deep.equal([
      '2 errors fewer',
      'no change',
      '1 error more',
    ]);
    (await findByRole(el, 'radio', { name: 'Largest loss first' })).click();
    await el.updateComplete;
    expect(itemNames(el)).to.deep.equal(['test-02', 'test-03', 'test-01']);
    (await findByRole(el, 'radio', { name: 'By name' })).click();
    await el.updateComplete;
    expect(itemNames(el)).to.deep.equal(['test-01', 'test-02', 'test-03']);

    const withAudio = await open(el, 'test-01');
    const audio = withAudio.querySelector('audio')!;
    expect(audio.controls).to.equal(true);
    expect(audio.getAttribute('src')).to.equal('https://audio.example.com/test-01.wav');
    expect(audio.getAttribute('aria-label')).to.equal('Audio of test-01');
    const split = await open(el, 'test-02');
    expect(split.querySelector('audio')).to.equal(null);
    expect([...split.querySelectorAll('.utterance-title')].map(text)).to.deep.equal([
      'Utterance 1 0:00–0:02',
      'Utterance 2 0:02–0:05',
    ]);
    await expect(el).to.be.accessible();
  });

  it('lists the words the custom model fixed and broke, with counts', async () => {
    const el = await render(fewItems());
    const rows = (kind: string) =>
      $$(el, `.confusions-${kind} tbody tr`).map((row) =>
        [...row.children].map((cell) => text(cell)),
      );
    expect(rows('fixed')).to.deep.equal([
      ['de', 'dex', '1', '0'],
      ['vraagt', '(left out)', '1', '0'],
    ]);
    expect(rows('broken')).to.deep.equal([['over', 'overx', '0', '1']]);
  });

  it('exports the report as CSV and JSON files made in the page', async () => {
    const el = await render(fewItems());
    const csvLink = await findByRole(el, 'link', { name: 'Download CSV' });
    expect(csvLink.getAttribute('download')).to.equal('Support calls-accuracy.csv');
    expect(csvLink.getAttribute('href')).to.match(/^blob:/);
    const csv = await (await fetch(csvLink.getAttribute('href')!)).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 4)).to.deep.equal(['level', 'item', 'utterance', 'start']);
    // 3 items, 2 utterances, the total.
    expect(lines.map((line) => line.split(',')[0])).to.deep.equal([
      'level',
      'item',
      'item',
      'utterance',
      'utterance',
      'item',
      'total',
    ]);
    expect(lines[1]).to.contain('S(de|dex)');
    const jsonLink = await findByRole(el, 'link', { name: 'Download JSON' });
    expect(jsonLink.getAttribute('download')).to.equal('Support calls-accuracy.json');
    const json = await (await fetch(jsonLink.getAttribute('href')!)).json();
    expect(json.format).to.equal('scriptix-accuracy-report/1');
    expect(json.modelId).to.equal('m1');
    expect(json.items.map((i: { name: string }) => i.name)).to.deep.equal([
      'test-01',
      'test-02',
      'test-03',
    ]);
    expect(json.items[1].utterances[0].base.normalized.alignment[3]).to.deep.equal({
      operation: 'insert',
      reference: null,
      hypothesis: 'ook',
    });
    expect(json.comparison.verdict).to.equal('not-enough-evidence');
  });

  it('speaks Dutch', async () => {
    const el = await render(fewItems(), { lang: 'nl' });
    expect(text($(el, '.verdict-sentence strong'))).to.equal(
      'Niet genoeg bewijs: voeg testdata toe.',
    );
    expect(text($(el, '.verdict-size'))).to.equal(
      'Testset: 3 testitems, 30 woorden, 0,3 minuten audio. 30 minuten of meer wordt aangeraden.',
    );
    await findByRole(el, 'radio', { name: 'Grootste verlies eerst' });
    await findByRole(el, 'link', { name: 'CSV downloaden' });
  });
});
