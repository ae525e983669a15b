import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/custom-models-provider.js';
import '../src/custom-model-details.js';
import '../src/translations/de.js';
import '../src/translations/nl.js';
import '../src/translations/fr.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { CustomModel, Dataset, TrainingStatus } from '../src/api/types.js';
import { TRAINING_STATUSES } from '../src/api/types.js';
import type { InMemoryOptions } from '../src/adapters.js';
import type { NotifyEvent } from '../src/events/events.js';
import { HOSTILE_NAMES, RecordingApi } from './helpers/recording-api.js';
import { accessibleNode, findByRole } from './helpers/by-role.js';
import { goodFile } from './helpers/dataset-fixtures.js';

const model = (id: string, status: number, extra: Partial<CustomModel> = {}): CustomModel => ({
  id,
  key: `cm-model-${id}`,
  name: `Model ${id}`,
  baseLanguage: { id: '2', key: 'nl-nl', name: 'Dutch' },
  trainingStatus: status,
  lastModified: '2024-05-01T10:00:00.000Z',
  ...extra,
});

const dataset = (id: string, name: string, kind: Dataset['kind'], sizeBytes = 2048): Dataset => ({
  id,
  name,
  kind,
  sizeBytes,
  uploadedAt: '2024-04-30T09:00:00.000Z',
});

const GOOD_DATA = [
  dataset('d1', 'talk.wav', 'audio', 5_000_000),
  dataset('d2', 'talk.vtt', 'transcript'),
];

let api: RecordingApi;
afterEach(() => api?.dispose());

async function render(
  id: string,
  options: InMemoryOptions = {},
  attrs: { pollInterval?: number; lang?: string; deleteDataset?: boolean } = {},
): Promise<CustomModelDetails> {
  api = new RecordingApi({ models: [model('m1', 1)], ...options });
  // An adapter that says it cannot delete datasets (ScriptixApi by default).
  if (attrs.deleteDataset === false)
    api.capabilities = { ...api.capabilities, deleteDataset: false };
  const provider = await fixture(
    html`<custom-models-provider .api=${api} lang=${attrs.lang ?? 'en'}>
      <custom-model-details
        model-id=${id}
        poll-interval=${attrs.pollInterval ?? 5000}
      ></custom-model-details>
    </custom-models-provider>`,
  );
  const el = provider.querySelector('custom-model-details')!;
  await waitUntil(
    () => el.shadowRoot!.querySelector('.name, [part="error"]'),
    'the model or an error shows',
  );
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: CustomModelDetails, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: CustomModelDetails, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const badgeStatus = (el: CustomModelDetails) =>
  Number($(el, 'model-status-badge')?.getAttribute('status'));
type SlLike = HTMLElement & { value: string; disabled: boolean; label: string; open: boolean };

async function startEditing(el: CustomModelDetails) {
  $(el, '.rename')!.click();
  await el.updateComplete;
  await waitUntil(() => $(el, '.name-input'));
  return $<SlLike>(el, '.name-input')!;
}

async function typeDraft(el: CustomModelDetails, value: string) {
  const input = $<SlLike>(el, '.name-input')!;
  input.value = value;
  input.dispatchEvent(new CustomEvent('sl-input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<custom-model-details>', () => {
  describe('header', () => {
    it('shows the name, status badge, base language, last modified and key with a copy button', async () => {
      const el = await render('m1', { models: [model('m1', 4)] });
      expect(text($(el, '.name'))).to.equal('Model m1');
      expect(badgeStatus(el)).to.equal(4);
      expect(text($(el, '.language'))).to.equal('Dutch');
      expect($(el, '.modified time')!.getAttribute('datetime')).to.equal(
        '2024-05-01T10:00:00.000Z',
      );
      expect(text($(el, '.modified'))).to.match(/2024/);
      expect(text($(el, '.key'))).to.equal('cm-model-m1');
      expect(($(el, 'sl-copy-button') as SlLike).value).to.equal('cm-model-m1');
      expect(text($(el, '[part="back"]'))).to.equal('Back to custom models');
    });

    it("shows the model's creation and its last training run's start and end, in the page's language", async () => {
      const times = {
        createdAt: '2024-03-02T08:15:00.000Z',
        trainingStartedAt: '2024-04-30T12:00:00.000Z',
        trainingEndedAt: '2024-04-30T13:45:00.000Z',
      };
      const el = await render('m1', { models: [model('m1', 4, times)] }, { lang: 'de' });
      const format = (iso: string) =>
        new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(iso),
        );
      const fact = (cls: string) => {
        const dd = $(el, `.facts dd.${cls}`)!;
        return {
          label: text(dd.previousElementSibling),
          shown: text(dd),
          datetime: dd.querySelector('time')!.getAttribute('datetime'),
        };
      };
      expect(fact('created')).to.deep.equal({
        label: 'Erstellt',
        shown: format(times.createdAt),
        datetime: times.createdAt,
      });
      expect(fact('training-started')).to.deep.equal({
        label: 'Training gestartet',
        shown: format(times.trainingStartedAt),
        datetime: times.trainingStartedAt,
      });
      expect(fact('training-ended')).to.deep.equal({
        label: 'Training beendet',
        shown: format(times.trainingEndedAt),
        datetime: times.trainingEndedAt,
      });
      // Formatted as "Last modified" is.
      expect(text($(el, '.modified'))).to.equal(format('2024-05-01T10:00:00.000Z'));
      // The model's facts as before, its timings in a row of their own.
      expect($$(el, '.facts:not(.timings) dt').map(text)).to.deep.equal([
        'Trainingsstatus',
        'Basissprache',
        'Zuletzt geändert',
        'Schlüssel',
      ]);
      expect($$(el, '.facts.timings dt').map(text)).to.deep.equal([
        'Erstellt',
        'Training gestartet',
        'Training beendet',
      ]);
    });

    it('leaves out the timings the adapter does not send or cannot be read, and an end of an earlier run', async () => {
      const el = await render('m1', {
        models: [
          model('m1', 3, {
            createdAt: 'not a date',
            trainingStartedAt: '2024-05-01T09:00:00.000Z',
            // Before this run's start: the previous run's end.
            trainingEndedAt: '2024-04-01T09:00:00.000Z',
          }),
        ],
      });
      expect($(el, '.facts .created')).to.equal(null);
      expect($(el, '.facts .training-ended')).to.equal(null);
      expect(text($(el, '.facts .training-started'))).to.match(/2024/);
      const plain = await render('m1');
      expect($$(plain, '.facts dt').map(text)).to.deep.equal([
        'Training status',
        'Base language',
        'Last modified',
        'Key',
      ]);
      expect($(plain, '.timings')).to.equal(null);
    });

    it('fires a cancelable model-details-back from the real "Back to custom models" button', async () => {
      const el = await render('m1');
      setTimeout(() => $(el, '[part="back"]')!.click());
      const event = await oneEvent(el, 'model-details-back');
      expect(event.detail).to.deep.equal({ id: 'm1' });
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('rename', () => {
    it('saves a trimmed name with Enter and fires model-updated', async () => {
      const el = await render('m1');
      const input = await startEditing(el);
      await waitUntil(
        () => input.matches(':focus-within') || el.shadowRoot!.activeElement === input,
      );
      await sendKeys({ type: '  Medical NL  ' });
      const updated = oneEvent(el, 'model-updated');
      await sendKeys({ press: 'Enter' });
      const event = await updated;
      expect(event.detail.model.name).to.equal('Medical NL');
      expect(api.callsOf('updateModel')[0]!.args).to.deep.equal(['m1', { name: 'Medical NL' }]);
      await el.updateComplete;
      expect(text($(el, '.name'))).to.equal('Medical NL');
      expect($(el, '.name-input')).to.equal(null);
    });

    it('starts from a click on the name and cancels with Escape, sending nothing', async () => {
      const el = await render('m1');
      $(el, '.name')!.click();
      await el.updateComplete;
      expect($(el, '.name-input')).to.not.equal(null);
      await typeDraft(el, 'Something else');
      $(el, '.name-input')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
      await el.updateComplete;
      expect($(el, '.name-input')).to.equal(null);
      expect(text($(el, '.name'))).to.equal('Model m1');
      expect(api.callsOf('updateModel')).to.have.length(0);
    });

    it('refuses an empty name and one over 100 characters without a request', async () => {
      const el = await render('m1');
      await startEditing(el);
      await typeDraft(el, '   ');
      ($(el, '.save') as HTMLElement).click();
      await el.updateComplete;
      expect(text($(el, '.field-error'))).to.equal('Enter a name for the model.');
      await typeDraft(el, 'x'.repeat(101));
      ($(el, '.save') as HTMLElement).click();
      await el.updateComplete;
      expect(text($(el, '.field-error'))).to.equal('The name can be at most 100 characters.');
      expect(api.callsOf('updateModel')).to.have.length(0);
      await typeDraft(el, 'x'.repeat(100));
      ($(el, '.save') as HTMLElement).click();
      await waitUntil(() => !$(el, '.name-input'));
      expect(text($(el, '.name'))).to.equal('x'.repeat(100));
    });

    it('keeps the typed name with the error when saving fails', async () => {
      const el = await render('m1');
      api.fail('updateModel', 'conflict', 'A custom model named "Taken" already exists.', {
        times: 1,
        fieldErrors: { name: 'A custom model named "Taken" already exists.' },
      });
      await startEditing(el);
      await typeDraft(el, 'Taken');
      ($(el, '.save') as HTMLElement).click();
      await waitUntil(() => $(el, '.field-error'));
      expect(text($(el, '.field-error'))).to.equal('A custom model named "Taken" already exists.');
      expect($<SlLike>(el, '.name-input')!.value).to.equal('Taken');
      expect($<SlLike>(el, '.name-input')!.disabled).to.equal(false);
    });

    it('shows a saving state while the rename is in flight', async () => {
      const el = await render('m1');
      api.hang('updateModel', { times: 1 });
      await startEditing(el);
      await typeDraft(el, 'Slow');
      ($(el, '.save') as HTMLElement).click();
      await el.updateComplete;
      expect(($(el, '.save') as HTMLElement & { loading: boolean }).loading).to.equal(true);
      expect($<SlLike>(el, '.name-input')!.disabled).to.equal(true);
      expect(text($(el, '[role="status"].visually-hidden'))).to.equal('Saving…');
    });
  });

  describe('status panel and "Train the Language"', () => {
    const expectations: Record<TrainingStatus, { train: boolean; meaning: RegExp }> = {
      1: { train: true, meaning: /not trained yet/ },
      2: { train: false, meaning: /queued\. It will start automatically/ },
      3: { train: false, meaning: /in progress/ },
      4: { train: false, meaning: /is trained: transcriptions can use it/ },
      5: { train: true, meaning: /encountered an error/ },
    };
    for (const status of TRAINING_STATUSES) {
      it(`${expectations[status].train ? 'shows' : 'hides'} "Train the Language" for status ${status}`, async () => {
        const el = await render('m1', {
          models: [model('m1', status, status === 3 ? { trainingProgress: 40 } : {})],
          datasets: { m1: GOOD_DATA },
        });
        const button = $<SlLike>(el, '[part="train-button"]');
        if (expectations[status].train) {
          expect(text(button)).to.equal('Train the Language');
          expect(button!.disabled).to.equal(false);
        } else {
          expect(button).to.equal(null);
        }
        expect($(el, '[part="status-panel"]')!.dataset.status).to.equal(String(status));
        expect(text($(el, '.meaning'))).to.match(expectations[status].meaning);
        expect(text($(el, '.next'))).not.to.equal('');
      });
    }

    it("shows a failed model's training log beside the service's reason", async () => {
      const failed = await render('m1', {
        models: [
          model('m1', 5, {
            statusMessage: 'Transcript "a.txt" is empty.',
            trainingLogName: 'training-m1-2024-05-01.log',
          }),
        ],
        datasets: { m1: GOOD_DATA },
      });
      const reason = $(failed, '[part="status-panel"] .server-message')!;
      expect([...reason.querySelectorAll('dt')].map(text)).to.deep.equal([
        'Message from the service',
        'Training log',
      ]);
      expect(text(reason.querySelector('.status-message'))).to.equal(
        'Transcript "a.txt" is empty.',
      );
      expect(text(reason.querySelector('.training-log'))).to.equal('training-m1-2024-05-01.log');

      // Without a message, the log still says where to look; as text, whatever it holds.
      const logOnly = await render('m1', {
        models: [model('m1', 5, { trainingLogName: HOSTILE_NAMES[2] })],
      });
      expect($(logOnly, '.status-message')).to.equal(null);
      expect($(logOnly, '.training-log code')!.textContent).to.equal(HOSTILE_NAMES[2]);
      expect(logOnly.shadowRoot!.querySelector('svg[onload]')).to.equal(null);

      // Only with a failure: a successful model's log is not a reason.
      const success = await render('m1', {
        models: [model('m1', 4, { trainingLogName: 'training-m1.log' })],
      });
      expect($(success, '.training-log')).to.equal(null);
    });

    it('disables "Train the Language" with the reason while there is no dataset', async () => {
      const el = await render('m1', { models: [model('m1', 1)] });
      const button = await findByRole(el, 'button', { name: 'Train the Language' });
      expect(await accessibleNode(button)).to.include({
        disabled: true,
        description: 'Upload at least one dataset before training.',
      });
      expect(text($(el, '.train-reason'))).to.equal('Upload at least one dataset before training.');
    });

    it('shows progress while running and the service message when failed', async () => {
      const running = await render('m1', { models: [model('m1', 3, { trainingProgress: 40 })] });
      const bar = $<SlLike & { value: number }>(running, '[part="progress"]')!;
      expect(bar.value).to.equal(40);
      expect(bar.getAttribute('aria-label')).to.equal('Training progress');
      expect(text($(running, '.progress-text'))).to.equal('40% done');
      expect(text($(running, '.next'))).to.contain('cannot be interrupted');

      const failed = await render('m1', {
        models: [
          model('m1', 5, { statusMessage: 'Training failed: transcript "a.txt" is empty.' }),
        ],
        datasets: { m1: GOOD_DATA },
      });
      expect(text($(failed, '.status-message'))).to.equal(
        'Training failed: transcript "a.txt" is empty.',
      );
      expect(text($(failed, '.next'))).to.contain('try again');
    });

    it('confirms the cost in credits, then updates the status at once and fires model-updated', async () => {
      const el = await render('m1', {
        models: [model('m1', 1)],
        datasets: { m1: GOOD_DATA },
        organization: { trainingCredits: 7 },
        trainingTimeMs: 60_000,
      });
      await waitUntil(() => api.callsOf('getSession').length > 0);
      await new Promise((r) => setTimeout(r));
      $(el, '[part="train-button"]')!.click();
      await el.updateComplete;
      const dialog = $<SlLike>(el, '.train-dialog')!;
      expect(dialog.open).to.equal(true);
      expect(text($(el, '.train-dialog .cost'))).to.equal(
        'Training this model uses 1 training credit. Your organization has 7 training credits left.',
      );
      expect(api.callsOf('startTraining')).to.have.length(0);

      const updated = oneEvent(el, 'model-updated');
      $(el, '.confirm-train')!.click();
      const event = await updated;
      expect(event.detail.model.trainingStatus).to.equal(2);
      await el.updateComplete;
      expect(badgeStatus(el)).to.equal(2);
      expect($(el, '[part="train-button"]')).to.equal(null);
      expect(api.callsOf('startTraining')[0]!.args).to.deep.equal(['m1']);
    });

    it('starts without a dialog when the session tells no credits, and shows a refusal inline', async () => {
      // Not Running: a Failed model with the same data would ask first (test/journey-handoffs).
      const el = await render('m1', {
        models: [model('m1', 1)],
        datasets: { m1: GOOD_DATA },
        organization: { trainingCredits: undefined },
      });
      api.fail('startTraining', 'payment-required', '', { times: 1 });
      $(el, '[part="train-button"]')!.click();
      await waitUntil(() => $(el, '.train-error'));
      expect(text($(el, '.train-error'))).to.not.equal('');
      expect($<SlLike>(el, '.train-dialog')!.open).to.equal(false);
      expect(badgeStatus(el)).to.equal(1);
    });
  });

  describe('live status through the in-memory lifecycle', () => {
    it('goes 1 → 2 → 3 → 4, with progress, and ends with a toast and an inline outcome', async () => {
      const el = await render(
        'm1',
        {
          models: [model('m1', 1)],
          datasets: { m1: GOOD_DATA },
          organization: {},
          trainingTimeMs: 600,
        },
        { pollInterval: 20 },
      );
      const toasts: NotifyEvent[] = [];
      el.addEventListener('custom-models-notify', (e) => toasts.push(e));
      const seen = new Set<number>([badgeStatus(el)]);
      const progress = new Set<number>();
      const observer = new MutationObserver(() => {
        seen.add(badgeStatus(el));
        const bar = $<SlLike & { value: number }>(el, '[part="progress"]');
        if (bar) progress.add(bar.value);
      });
      observer.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true });
      await el.updateComplete;
      (el as unknown as { startTraining(): Promise<void> }).startTraining();
      await waitUntil(() => badgeStatus(el) === 4, 'training succeeds', { timeout: 5000 });
      observer.disconnect();
      expect([...seen]).to.deep.equal([1, 2, 3, 4]);
      expect([...progress].some((p) => p > 0 && p < 100)).to.equal(true);
      expect(text($(el, '.outcome'))).to.equal(
        'Training of "Model m1" completed successfully. The model is ready to use.',
      );
      const last = toasts.at(-1)!;
      expect(last.detail).to.deep.equal({
        kind: 'training-succeeded',
        variant: 'success',
        message: 'Training of "Model m1" completed successfully. The model is ready to use.',
        modelId: 'm1',
        modelName: 'Model m1',
      });
      expect($(el, '[part="train-button"]')).to.equal(null);

      // Polling stops on a final status.
      const calls = api.callsOf('getModel').length;
      await new Promise((r) => setTimeout(r, 120));
      expect(api.callsOf('getModel')).to.have.length(calls);
    });

    it('goes to 5 with the service message when the data is bad', async () => {
      const el = await render(
        'm1',
        {
          models: [model('m1', 1)],
          datasets: {
            m1: [dataset('d1', 'a.wav', 'audio'), dataset('d2', 'a.txt', 'transcript', 0)],
          },
          organization: {},
          trainingTimeMs: 300,
        },
        { pollInterval: 20 },
      );
      const toasts: NotifyEvent[] = [];
      el.addEventListener('custom-models-notify', (e) => toasts.push(e));
      await el.startTraining();
      expect(badgeStatus(el)).to.equal(2);
      await waitUntil(() => badgeStatus(el) === 5, 'training fails', { timeout: 5000 });
      // The known reason in the user's words, then the service's own (naming the file).
      expect(text($(el, '.status-message'))).to.equal(
        'A transcript is empty. Delete it, or upload it again with its text. The service said: Training failed: transcript "a.txt" is empty.',
      );
      expect(text($(el, '.outcome'))).to.equal('Training of "Model m1" failed.');
      expect(toasts.at(-1)!.detail.variant).to.equal('danger');
      expect(text($(el, '[part="train-button"]'))).to.equal('Train the Language');
    });

    it('stops polling when removed from the document', async () => {
      const el = await render(
        'm1',
        { models: [model('m1', 3, { trainingProgress: 10 })] },
        { pollInterval: 15 },
      );
      await waitUntil(() => api.callsOf('getModel').length >= 3, 'polling runs');
      el.remove();
      const calls = api.callsOf('getModel').length;
      await new Promise((r) => setTimeout(r, 100));
      expect(api.callsOf('getModel')).to.have.length(calls);
    });

    it('says so when a refresh fails, and recovers', async () => {
      const el = await render('m1', { models: [model('m1', 2)] }, { pollInterval: 15 });
      api.fail('getModel', 'network', 'offline', { times: 3 });
      await waitUntil(() => text($(el, '.live-error')) !== '', 'the error shows');
      expect(text($(el, '.live-error'))).to.equal(
        'The status could not be refreshed. Trying again shortly.',
      );
      await waitUntil(() => text($(el, '.live-error')) === '', 'the next refresh succeeds', {
        timeout: 3000,
      });
    });
  });

  describe('datasets', () => {
    it('lists name, kind, size and upload date', async () => {
      const el = await render('m1', {
        datasets: { m1: [...GOOD_DATA, dataset('d3', 'm.jsonl', 'manifest', 512)] },
      });
      const rows = $$(el, 'tbody tr');
      expect(rows.map((r) => text(r.querySelector('.file-name')))).to.deep.equal([
        'talk.wav',
        'talk.vtt',
        'm.jsonl',
      ]);
      expect(rows.map((r) => text(r.querySelector('.kind')))).to.deep.equal([
        'Audio',
        'Transcript',
        'Manifest',
      ]);
      expect(text(rows[0]!.querySelector('.size'))).to.equal('5 MB');
      expect(text(rows[2]!.querySelector('.size'))).to.equal('512 bytes');
      expect(text(rows[0]!.querySelector('.uploaded'))).to.match(/2024/);
      expect(text($(el, '.count'))).to.equal('3 files');
    });

    it('labels a test set’s audio and its reference transcript apart, in every language', async () => {
      const data = [
        ...GOOD_DATA,
        dataset('d3', 'holdout.wav', 'test-set'),
        dataset('d4', 'holdout.vtt', 'test-set'),
      ];
      const el = await render('m1', { datasets: { m1: data } });
      expect($$(el, 'tbody .kind').map(text)).to.deep.equal([
        'Audio',
        'Transcript',
        'Test audio',
        'Test reference',
      ]);
      // What a screen reader hears: the kind's cell in the accessibility tree.
      await findByRole(el, 'cell', { name: 'Test reference' });
      for (const [lang, audio, reference] of [
        ['nl', 'Testaudio', 'Testreferentie'],
        ['fr', 'Audio de test', 'Référence de test'],
        ['de', 'Testaudio', 'Testreferenz'],
      ]) {
        const translated = await render('m1', { datasets: { m1: data } }, { lang });
        expect($$(translated, 'tbody .kind').slice(2).map(text), lang).to.deep.equal([
          audio,
          reference,
        ]);
      }
    });

    it('shows the name of a dataset with a download address as a link to it, as text', async () => {
      const url = 'https://files.example.com/data/talk.wav?sig=a%20b&x=1';
      const el = await render('m1', {
        datasets: {
          m1: [
            { ...dataset('d1', HOSTILE_NAMES[0]!, 'audio'), url },
            dataset('d2', 'talk.vtt', 'transcript'),
            // A host's own adapter that breaks the promise: never an href.
            { ...dataset('d3', 'evil.txt', 'transcript'), url: 'javascript:window.__xss=1' },
          ],
        },
      });
      const rows = $$(el, 'tbody tr');
      const link = rows[0]!.querySelector<HTMLAnchorElement>('a.download')!;
      expect(link.getAttribute('href')).to.equal(url);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.querySelector('.file-name')!.textContent).to.equal(HOSTILE_NAMES[0]);
      expect(text(link)).to.equal(`${HOSTILE_NAMES[0]} (download, opens in a new tab)`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(rows[1]!.querySelector('a')).to.equal(null);
      expect(text(rows[1]!.querySelector('.file-name'))).to.equal('talk.vtt');
      expect(rows[2]!.querySelector('a')).to.equal(null);
      expect(text(rows[2]!.querySelector('.file-name'))).to.equal('evil.txt');
    });

    it('offers no dataset delete at all when the adapter says it cannot delete datasets', async () => {
      const el = await render(
        'm1',
        {
          models: [model('m1', 5, { statusMessage: 'Empty transcript.' })],
          datasets: { m1: GOOD_DATA },
        },
        { deleteDataset: false },
      );
      expect($$(el, 'tbody tr')).to.have.length(2);
      expect($$(el, '.delete-dataset')).to.have.length(0);
      // Name, Kind, Size, Duration, Uploaded: no actions column.
      expect($$(el, 'thead th')).to.have.length(5);
      expect($$(el, 'tbody tr')[0]!.querySelectorAll('td')).to.have.length(5);
      // Nothing in the element offers a delete: no button, no confirmation waiting to open.
      expect($(el, '.delete-dialog')).to.equal(null);
      const focusables = $$(el, 'sl-icon-button, sl-button, a[href]').map(
        (node) => node.getAttribute('label') ?? text(node),
      );
      expect(focusables.some((label) => /delete/i.test(label))).to.equal(false);
      // The next step says nothing about removing files the user cannot remove.
      expect(text($(el, '.next'))).to.contain('cannot be removed here');
      expect(text($(el, '.next'))).not.to.contain('remove empty or wrong files and');
      // Uploading still works, and no delete is ever called.
      const upload = $(el, 'dataset-upload') as HTMLElement & { addFiles(files: File[]): unknown };
      upload.addFiles([goodFile('more.wav')]);
      await waitUntil(() => $$(el, 'tbody tr').length === 3, 'the upload is listed');
      expect($$(el, '.delete-dataset')).to.have.length(0);
      expect(api.callsOf('deleteDataset')).to.have.length(0);
    });

    it('deletes a dataset after confirmation', async () => {
      const el = await render('m1', { datasets: { m1: GOOD_DATA } });
      const trash = $<SlLike>(el, 'tbody tr .delete-dataset')!;
      expect(trash.label).to.equal('Delete talk.wav');
      trash.click();
      await el.updateComplete;
      expect($<SlLike>(el, '.delete-dialog')!.open).to.equal(true);
      expect(text($(el, '.delete-dialog .dialog-text'))).to.contain('"talk.wav"');
      expect(api.callsOf('deleteDataset')).to.have.length(0);
      const deleted = oneEvent(el, 'dataset-deleted');
      $(el, '.confirm-delete')!.click();
      expect((await deleted).detail).to.deep.equal({ modelId: 'm1', datasetId: 'd1' });
      await el.updateComplete;
      expect($$(el, 'tbody tr').map((r) => text(r.querySelector('.file-name')))).to.deep.equal([
        'talk.vtt',
      ]);
    });

    it('cancelling the confirmation deletes nothing', async () => {
      const el = await render('m1', { datasets: { m1: GOOD_DATA } });
      $(el, 'tbody tr .delete-dataset')!.click();
      await el.updateComplete;
      $(el, '.delete-dialog .dialog-cancel')!.click();
      await el.updateComplete;
      expect($<SlLike>(el, '.delete-dialog')!.open).to.equal(false);
      expect(api.callsOf('deleteDataset')).to.have.length(0);
      expect($$(el, 'tbody tr')).to.have.length(2);
    });

    const UPLOAD_LOCKED: Record<number, string> = {
      // Ready to Run: nothing has started yet, so nothing "has ended" to wait for but the queue.
      2: 'Training is queued. You can upload files again when it has ended.',
      3: 'You can upload files again when training has ended.',
    };
    for (const status of [2, 3]) {
      it(`disables upload and delete with the reason while the status is ${status}`, async () => {
        const el = await render('m1', {
          models: [model('m1', status)],
          datasets: { m1: GOOD_DATA },
        });
        expect(text($(el, '.busy-reason'))).to.equal(
          'Datasets cannot be uploaded or deleted while the model is queued or training.',
        );
        for (const name of ['Delete talk.wav', 'Delete talk.vtt']) {
          const button = await findByRole(el, 'button', { name });
          expect(await accessibleNode(button), name).to.include({
            disabled: true,
            description:
              'Datasets cannot be uploaded or deleted while the model is queued or training.',
          });
        }
        const upload = $(el, 'dataset-upload')!;
        const choose = await findByRole(upload, 'button', { name: 'Choose files' });
        expect(await accessibleNode(choose)).to.include({
          disabled: true,
          description: UPLOAD_LOCKED[status],
        });
        expect(text(upload.shadowRoot!.querySelector('.reason'))).to.equal(UPLOAD_LOCKED[status]);
      });
    }

    it('clears the upload’s refusal and pairing notes once training starts; they stay gone after it succeeds', async () => {
      const el = await render(
        'm1',
        { datasets: { m1: GOOD_DATA }, organization: {}, trainingTimeMs: 300 },
        { pollInterval: 20 },
      );
      const upload = $(el, 'dataset-upload') as HTMLElement & { addFiles(files: File[]): unknown };
      const note = (part: string) => upload.shadowRoot!.querySelector(`[part="${part}"]`);
      upload.addFiles([goodFile('lonely.wav'), new File(['y'], 'notes.exe')]);
      await waitUntil(() => $$(el, 'tbody tr').length === 3, 'lonely.wav uploaded');
      await (upload as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(note('refused'), 'the refusal shows').to.not.equal(null);
      expect(note('pairing'), 'the pairing note shows').to.not.equal(null);

      await el.startTraining();
      await waitUntil(() => badgeStatus(el) !== 1, 'training starts');
      await el.updateComplete;
      expect(note('refused')).to.equal(null);
      expect(note('pairing')).to.equal(null);
      await waitUntil(() => badgeStatus(el) === 4, 'training succeeds', { timeout: 5000 });
      await el.updateComplete;
      expect(note('refused')).to.equal(null);
      expect(note('pairing')).to.equal(null);
    });

    it('drops a file from the upload’s pairing note once it is deleted from the model', async () => {
      const el = await render('m1', { datasets: { m1: GOOD_DATA } });
      const upload = $(el, 'dataset-upload') as HTMLElement & { addFiles(files: File[]): unknown };
      const unpaired = () =>
        [...upload.shadowRoot!.querySelectorAll('.unpaired li')].map((li) => text(li));
      upload.addFiles([goodFile('lonely.wav'), goodFile('alone.wav')]);
      await waitUntil(() => $$(el, 'tbody tr').length === 4, 'both uploaded');
      await waitUntil(() => unpaired().length === 2, 'both pointed out');
      const row = $$(el, 'tbody tr').find(
        (tr) => text(tr.querySelector('.file-name')) === 'lonely.wav',
      )!;
      row.querySelector<HTMLElement>('.delete-dataset')!.click();
      await el.updateComplete;
      $(el, '.confirm-delete')!.click();
      await waitUntil(() => $$(el, 'tbody tr').length === 3, 'lonely.wav deleted');
      await el.updateComplete;
      expect(unpaired()).to.deep.equal(['alone.wav']);
    });

    it('lists each uploaded file once: in the Datasets table, not again in the upload list (issue 24 #5)', async () => {
      const el = await render('m1');
      const upload = $(el, 'dataset-upload') as HTMLElement & {
        addFiles(files: File[]): unknown;
        updateComplete: Promise<unknown>;
      };
      api.fail('uploadDataset', 'server', 'The storage is full.', {
        times: 1,
        when: (args) => (args[1] as File).name === 'b.vtt',
      });
      upload.addFiles([goodFile('a.wav'), goodFile('a.vtt'), goodFile('b.vtt')]);
      await waitUntil(() => $$(el, 'tbody tr').length === 2, 'both uploads listed');
      await waitUntil(
        () => upload.shadowRoot!.querySelector('[data-state="failed"]'),
        'the failure shows',
      );
      await upload.updateComplete;
      const names = (root: ParentNode) =>
        [...root.querySelectorAll('.file-name')].map((node) => text(node));
      expect(names(el.shadowRoot!.querySelector('tbody')!)).to.have.members(['a.wav', 'a.vtt']);
      // The upload list keeps the failure with its reason; what uploaded is counted, not repeated.
      const rows = [...upload.shadowRoot!.querySelectorAll('[part="file"]')];
      expect(rows.map((row) => names(row))).to.deep.equal([['b.vtt']]);
      expect(text(upload.shadowRoot!.querySelector('.file-error'))).to.equal(
        'The storage is full.',
      );
      expect(text(upload.shadowRoot!.querySelector('.summary'))).to.equal(
        '2 files uploaded, 1 failed.',
      );
    });

    it('adds each uploaded file to the list and enables training', async () => {
      const el = await render('m1');
      expect(text($(el, '.empty'))).to.contain('No datasets yet');
      const upload = $(el, 'dataset-upload') as HTMLElement & { addFiles(files: File[]): unknown };
      upload.addFiles([goodFile('a.wav'), goodFile('a.vtt')]);
      await waitUntil(() => $$(el, 'tbody tr').length === 2, 'both files listed');
      // Disabled without data at first; enabled (as Chromium tells it) once the files are in.
      await findByRole(el, 'button', { name: 'Train the Language', disabled: false });
    });
  });

  describe('errors', () => {
    it('shows "not found" with the way back', async () => {
      const el = await render('nope');
      expect(text($(el, '.problem-title'))).to.equal('Custom model not found');
      // The in-memory adapter's "Custom model not found." would only repeat the title.
      expect(text($(el, '.problem p'))).to.equal(
        'This custom model does not exist or was deleted. Go back to the list to choose another one.',
      );
      expect($(el, '.problem .retry')).to.equal(null);
      setTimeout(() => $(el, '.problem .back-action')!.click());
      const event = await oneEvent(el, 'model-details-back');
      expect(event.detail.id).to.equal('nope');
    });

    it('shows "no access" for forbidden', async () => {
      api = new RecordingApi({ models: [model('m1', 1)] });
      api.fail('getModel', 'forbidden', 'Forbidden');
      const provider = await fixture(
        html`<custom-models-provider .api=${api}>
          <custom-model-details model-id="m1"></custom-model-details>
        </custom-models-provider>`,
      );
      const el = provider.querySelector('custom-model-details')!;
      await waitUntil(() => $(el, '[part="error"]'));
      expect(text($(el, '.problem-title'))).to.equal('No access to this custom model');
      expect($(el, '.problem .retry')).to.equal(null);
    });

    it('offers a retry for a network error', async () => {
      api = new RecordingApi({ models: [model('m1', 1)] });
      api.fail('getModel', 'network', 'offline', { times: 1 });
      const provider = await fixture(
        html`<custom-models-provider .api=${api}>
          <custom-model-details model-id="m1"></custom-model-details>
        </custom-models-provider>`,
      );
      const el = provider.querySelector('custom-model-details')!;
      await waitUntil(() => $(el, '[part="error"]'));
      expect(text($(el, '.problem-title'))).to.equal('The service could not be reached');
      $(el, '.problem .retry')!.click();
      await waitUntil(() => $(el, '.name'), 'the model loads');
      expect(text($(el, '.name'))).to.equal('Model m1');
    });
  });

  it('shows hostile model and dataset names as text', async () => {
    (window as unknown as { __xss?: number }).__xss = undefined;
    const name = HOSTILE_NAMES[0]!;
    const el = await render('m1', {
      models: [model('m1', 5, { name, statusMessage: HOSTILE_NAMES[1] })],
      datasets: { m1: HOSTILE_NAMES.map((n, i) => dataset(`d${i}`, `${n}.txt`, 'transcript')) },
    });
    expect($(el, '.name')!.textContent).to.equal(name);
    expect($(el, '.status-message')!.textContent).to.equal(HOSTILE_NAMES[1]);
    expect($$(el, 'tbody .file-name').map((n) => n.textContent)).to.deep.equal(
      HOSTILE_NAMES.map((n) => `${n}.txt`),
    );
    expect(el.shadowRoot!.querySelector('img, script, svg[onload]')).to.equal(null);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('is accessible with datasets, while running, and in an error state', async () => {
    const failed = await render('m1', {
      models: [model('m1', 5, { statusMessage: 'Bad data.' })],
      datasets: { m1: GOOD_DATA },
    });
    await expect(failed).to.be.accessible();
    const running = await render('m1', {
      models: [model('m1', 3, { trainingProgress: 30 })],
      datasets: { m1: GOOD_DATA },
    });
    await expect(running).to.be.accessible();
    const missing = await render('nope');
    await expect(missing).to.be.accessible();
  });

  it('leaves axe nothing inconclusive on a Running model (the Storybook panel’s one finding)', async () => {
    const running = await render('m1', {
      models: [model('m1', 3, { trainingProgress: 30 })],
      datasets: { m1: GOOD_DATA },
    });
    interface AxeResult {
      violations: Array<{ id: string }>;
      incomplete: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
    }
    // Loaded by @open-wc/testing's a11y assertions; run here to see "needs review" results too.
    const { axe } = window as unknown as { axe: { run(context: Element): Promise<AxeResult> } };
    const result = await axe.run(running);
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
    expect(
      result.incomplete.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
    ).to.deep.equal([]);
  });

  it('is accessible with timings, a training log, download links, a test set and no dataset delete', async () => {
    const el = await render(
      'm1',
      {
        models: [
          model('m1', 5, {
            statusMessage: 'Bad data.',
            trainingLogName: 'training-m1.log',
            createdAt: '2024-03-02T08:15:00.000Z',
            trainingStartedAt: '2024-04-30T12:00:00.000Z',
            trainingEndedAt: '2024-04-30T13:45:00.000Z',
          }),
        ],
        datasets: {
          m1: [
            { ...dataset('d1', 'talk.wav', 'audio'), url: 'https://files.example.com/talk.wav' },
            dataset('d2', 'talk.vtt', 'transcript'),
            dataset('d3', 'holdout.vtt', 'test-set'),
          ],
        },
      },
      { deleteDataset: false },
    );
    expect($(el, 'a.download')).to.not.equal(null);
    expect($(el, '.training-log')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
