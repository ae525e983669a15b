import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/custom-model-details.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { CustomModel, Dataset } from '../src/api/types.js';
import type { ModelEvaluatedEvent } from '../src/events/events.js';
import type { InMemoryOptions } from '../src/adapters.js';
import { RecordingApi } from './helpers/recording-api.js';
import { accessibleNode, findByRole } from './helpers/by-role.js';

const model = (id: string, status: number): CustomModel => ({
  id,
  key: `cm-${id}`,
  name: `Model ${id}`,
  baseLanguage: { id: '2', key: 'nl-nl', name: 'Dutch' },
  trainingStatus: status,
  lastModified: '2024-05-01T10:00:00.000Z',
});
const ds = (id: string, name: string, kind: Dataset['kind'], sizeBytes = 6000): Dataset => ({
  id,
  name,
  kind,
  sizeBytes,
});
const TRAINING = [ds('a', 'talk.wav', 'audio', 5_000_000), ds('t', 'talk.vtt', 'transcript')];

let api: RecordingApi;
afterEach(() => api?.dispose());

async function render(datasets: Dataset[], options: InMemoryOptions = {}, status = 4) {
  api = new RecordingApi({
    models: [model('m1', status)],
    datasets: { m1: datasets },
    evaluationTimeMs: 150,
    ...options,
  });
  const provider = await fixture(
    html`<custom-models-provider .api=${api} lang="en">
      <custom-model-details model-id="m1" poll-interval="30"></custom-model-details>
    </custom-models-provider>`,
  );
  const el = provider.querySelector('custom-model-details') as CustomModelDetails;
  await waitUntil(() => el.shadowRoot!.querySelector('.name'), 'the model shows');
  return el;
}

const $ = (el: CustomModelDetails, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const section = (el: CustomModelDetails) => $(el, '[part="accuracy"]');
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

async function drop(el: CustomModelDetails, files: File[]) {
  const upload = $(el, '.test-set-upload')!;
  await (upload as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  const zone = upload.shadowRoot!.querySelector('[part="drop-zone"]')!;
  for (const type of ['dragover', 'drop']) {
    zone.dispatchEvent(
      new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }
}

describe('custom-model-details: Accuracy', () => {
  it('is absent for an adapter that does not measure accuracy', async () => {
    const el = await render(TRAINING, { evaluations: false });
    await el.updateComplete;
    expect(section(el)).to.equal(null);
    expect(api.callsOf('getEvaluation')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('asks for training first, with the reason on the disabled button', async () => {
    const el = await render(TRAINING, {}, 1);
    const button = await findByRole(el, 'button', { name: 'Measure accuracy' });
    expect(await accessibleNode(button)).to.include({
      disabled: true,
      description: 'Accuracy can be measured once the model has been trained successfully.',
    });
    expect(text($(el, '.accuracy-explained'))).to.contain('Word error rate (WER)');
    await expect(el).to.be.accessible();
  });

  it('uploads a test set, starts, follows progress and shows the adapter\u2019s numbers', async () => {
    const el = await render(TRAINING);
    const start = await findByRole(el, 'button', { name: 'Measure accuracy' });
    expect(await accessibleNode(start)).to.include({
      disabled: true,
      description: 'Upload a test set first.',
    });
    expect(text($(el, '.accuracy-reason'))).to.equal('Upload a test set first.');

    await drop(el, [new File([new Uint8Array(9000)], 'meeting-test.txt')]);
    await waitUntil(() => api.callsOf('uploadDataset').length === 1, 'uploaded');
    expect(api.callsOf('uploadDataset')[0]!.args[2]).to.deep.equal({ kind: 'test-set' });
    // Enabled once the test set is in (the same button: it exists from the start).
    const enabled = await findByRole(el, 'button', { name: 'Measure accuracy', disabled: false });
    expect(text($(el, '[part="accuracy"] .count'))).to.equal('1 test file');

    enabled.click();
    await waitUntil(() => $(el, '.accuracy-running'), 'running shows');
    expect(api.callsOf('startEvaluation')[0]!.args).to.deep.equal(['m1']);
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '.accuracy-progress')?.getAttribute('value') !== '0', 'progress', {
      timeout: 3000,
    });

    const ended = new Promise<ModelEvaluatedEvent>((resolve) =>
      el.addEventListener('model-evaluated', resolve, { once: true }),
    );
    await waitUntil(() => $(el, '.accuracy-summary'), 'the result shows', { timeout: 4000 });
    const event = await ended;
    const result = await api.inner.getEvaluation!('m1');
    expect(event.detail.evaluation).to.deep.equal(result);
    const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
    const summary = text($(el, '.accuracy-summary'))!;
    expect(summary).to.contain(pct(result.custom!.wer));
    expect(summary).to.contain(pct(result.base!.wer));
    expect(summary).to.match(/fewer errors/);
    const chart = $(el, '[part="accuracy-chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal(
      `Word error rate: base model ${pct(result.base!.wer)}, custom model ${pct(result.custom!.wer)}.`,
    );
    // Both rows lay out as table rows (the base row once took the details' own \`.base\` layout).
    for (const kind of ['base', 'custom']) {
      const cells = [...el.shadowRoot!.querySelectorAll(`.breakdown tr.score-${kind} > *`)];
      expect(cells).to.have.length(6);
      const tops = new Set(cells.map((cell) => Math.round(cell.getBoundingClientRect().top)));
      expect(tops.size, `${kind} row on one line`).to.equal(1);
    }
    const customRow = [...el.shadowRoot!.querySelectorAll('.breakdown tr.score-custom td')].map(
      text,
    );
    expect(customRow).to.deep.equal([
      pct(result.custom!.wer),
      result.custom!.words.toLocaleString('en'),
      String(result.custom!.substitutions),
      String(result.custom!.deletions),
      String(result.custom!.insertions),
    ]);
    await expect(el).to.be.accessible();
  });

  it('sorts the per-file table by WER, worst first, and both ways', async () => {
    const el = await render([
      ...TRAINING,
      ds('t1', 'alpha.txt', 'test-set', 12_000),
      ds('t2', 'bravo.txt', 'test-set', 6000),
      ds('t3', 'charlie.txt', 'test-set', 9000),
    ]);
    (await findByRole(el, 'button', { name: 'Measure accuracy', disabled: false })).click();
    await waitUntil(() => $(el, '.files'), 'the table shows', { timeout: 4000 });
    const result = await api.inner.getEvaluation!('m1');
    const names = () => [...el.shadowRoot!.querySelectorAll('.files tbody th')].map(text);
    const byCustom = [...result.files!]
      .sort((a, b) => b.custom.wer - a.custom.wer)
      .map((f) => f.name);
    expect(names()).to.deep.equal(byCustom);
    const customHead = $(el, '.sort[data-field="custom"]')!;
    expect(customHead.parentElement!.getAttribute('aria-sort')).to.equal('descending');
    customHead.click();
    await el.updateComplete;
    expect(names()).to.deep.equal([...byCustom].reverse());
    expect(customHead.parentElement!.getAttribute('aria-sort')).to.equal('ascending');
    $(el, '.sort[data-field="base"]')!.click();
    await el.updateComplete;
    expect(names()).to.deep.equal(
      [...result.files!].sort((a, b) => b.base.wer - a.base.wer).map((f) => f.name),
    );
    await expect(el).to.be.accessible();
  });

  it('shows why an evaluation failed and retries it', async () => {
    const el = await render([...TRAINING, ds('t1', 'empty.txt', 'test-set', 0)]);
    (await findByRole(el, 'button', { name: 'Measure accuracy', disabled: false })).click();
    await waitUntil(() => $(el, '.accuracy-failed'), 'failure shows', { timeout: 4000 });
    expect(text($(el, '.accuracy-failed-reason'))).to.equal(
      'Evaluation failed: test file "empty.txt" has an empty transcript.',
    );
    await expect(el).to.be.accessible();
    (await findByRole(el, 'button', { name: 'Try again', disabled: false })).click();
    await waitUntil(() => api.callsOf('startEvaluation').length === 2, 'retried');
    await waitUntil(() => $(el, '.accuracy-running') || $(el, '.accuracy-failed'));
  });

  it('shows a start that the adapter refused, with its message', async () => {
    const el = await render([...TRAINING, ds('t1', 'a.txt', 'test-set')]);
    api.fail('startEvaluation', 'server', 'The service is down.', { times: 1 });
    (await findByRole(el, 'button', { name: 'Measure accuracy', disabled: false })).click();
    await waitUntil(() => $(el, '.accuracy-start-error'));
    expect(text($(el, '.accuracy-start-error'))).to.contain(
      'The measurement could not be started.',
    );
    await expect(el).to.be.accessible();
  });
});
