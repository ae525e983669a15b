import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/custom-model-details.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { CustomModel, Dataset } from '../src/api/types.js';
import type { InMemoryOptions } from '../src/adapters.js';
import { RecordingApi } from './helpers/recording-api.js';
import { accessibleNode, findByRole, queryAllByRole } from './helpers/by-role.js';
import { goodFile } from './helpers/dataset-fixtures.js';

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
    // The details' rhythm: "What it means" and "Next step", at the size of the text around.
    const guide = [...el.shadowRoot!.querySelectorAll('.accuracy-guide h4')].map(text);
    expect(guide).to.deep.equal(['What it means', 'Next step']);
    expect(text($(el, '.accuracy-next'))).to.equal(
      'Train the model first; then measure its accuracy here.',
    );
    for (const selector of ['.accuracy-none', '.accuracy-next', '.accuracy-explained'])
      expect(getComputedStyle($(el, selector)!).fontSize, selector).to.equal('14px');
    await expect(el).to.be.accessible();
  });

  it('takes test data only, counts audio with its reference as one item and says what is unpaired', async () => {
    const el = await render(TRAINING);
    const start = await findByRole(el, 'button', { name: 'Measure accuracy' });
    expect(await accessibleNode(start)).to.include({
      disabled: true,
      description:
        'Upload a test item first: a recording with its reference transcript of the same name.',
    });
    expect(text($(el, '.accuracy-next'))).to.equal(
      'Upload recordings with their reference transcripts (test-01.wav with test-01.txt) under Test set.',
    );
    // One purpose: the section's drop zone takes test data, with no "Upload as" choice.
    const upload = $(el, '.test-set-upload')!;
    expect(upload.getAttribute('upload-as')).to.equal('test-set');
    expect(upload.shadowRoot!.querySelector('[part="kind"]')).to.equal(null);
    expect(await queryAllByRole(upload, 'radiogroup')).to.have.length(0);
    // The steps in order: the upload comes before the button that waits for it, and above it.
    const steps = [...el.shadowRoot!.querySelectorAll('.accuracy-steps > li .step-title')].map(
      text,
    );
    expect(steps).to.deep.equal(['Test set', 'Measure']);
    expect(upload.getBoundingClientRect().bottom).to.be.at.most(start.getBoundingClientRect().top);

    await drop(el, [
      goodFile('test-01.wav', 9000),
      new File(['hallo wereld'], 'test-01.txt'),
      goodFile('test-02.wav', 9000),
    ]);
    await waitUntil(() => api.callsOf('uploadDataset').length === 3, 'uploaded');
    for (const call of api.callsOf('uploadDataset'))
      expect(call.args[2]).to.deep.equal({ kind: 'test-set' });
    await findByRole(el, 'button', { name: 'Measure accuracy', disabled: false });
    expect(text($(el, '[part="accuracy"] .count'))).to.equal('1 test item');
    expect(text($(el, '.unpaired-audio'))).to.equal(
      'Audio without a reference transcript (not scored): test-02.wav',
    );
    expect(text($(el, '.accuracy-next'))).to.equal(
      'Select "Measure accuracy": both models transcribe the test set.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows why an evaluation failed and retries it', async () => {
    const el = await render([
      ...TRAINING,
      ds('a1', 'empty.wav', 'test-set', 9000),
      ds('t1', 'empty.txt', 'test-set', 0),
    ]);
    (await findByRole(el, 'button', { name: 'Measure accuracy', disabled: false })).click();
    await waitUntil(() => $(el, '.accuracy-failed'), 'failure shows', { timeout: 4000 });
    expect(text($(el, '.accuracy-failed-reason'))).to.contain('empty.txt');
    expect(text($(el, '.accuracy-next'))).to.equal(
      'Try again; if it fails again, check the test set.',
    );
    await expect(el).to.be.accessible();
    (await findByRole(el, 'button', { name: 'Try again', disabled: false })).click();
    await waitUntil(() => api.callsOf('startEvaluation').length === 2, 'retried');
    await waitUntil(() => $(el, '.accuracy-running') || $(el, '.accuracy-failed'));
  });

  it('shows a start that the adapter refused, with its message', async () => {
    const el = await render([
      ...TRAINING,
      ds('a1', 'a.wav', 'test-set', 9000),
      ds('t1', 'a.txt', 'test-set'),
    ]);
    api.fail('startEvaluation', 'server', 'The service is down.', { times: 1 });
    (await findByRole(el, 'button', { name: 'Measure accuracy', disabled: false })).click();
    await waitUntil(() => $(el, '.accuracy-start-error'));
    expect(text($(el, '.accuracy-start-error'))).to.contain(
      'The measurement could not be started.',
    );
    await expect(el).to.be.accessible();
  });
});
