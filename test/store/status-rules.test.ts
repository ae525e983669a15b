/*
 * The status rules, in one module, read by every view: each action a status forbids is shown
 * disabled with a reason a screen reader reads, and the adapters keep refusing it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/custom-models-provider.js';
import '../../src/custom-model-details.js';
import '../../src/models-grid.js';
import type { CustomModelDetails } from '../../src/custom-model-details.js';
import type { ModelsGrid } from '../../src/models-grid.js';
import { InMemoryCustomModelsApi } from '../../src/adapters.js';
import { forbiddenReason, type ModelAction } from '../../src/api/status-rules.js';
import { CustomModelsApiError } from '../../src/api/errors.js';
import { CustomModelsStore } from '../../src/store/custom-models-store.js';
import { TRAINING_STATUSES, type CustomModel, type Dataset } from '../../src/api/types.js';
import { RecordingApi } from '../helpers/recording-api.js';
import { disableShoelaceAnimations, textOf, until } from '../helpers/shoelace.js';

disableShoelaceAnimations();

const model = (id: string, status: number): CustomModel => ({
  id,
  key: `cm-${id}`,
  name: `Model ${id}`,
  baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
  trainingStatus: status,
  lastModified: '2026-01-01T10:00:00.000Z',
});
const DATA: Dataset[] = [{ id: 'd1', name: 'talk.wav', kind: 'audio', sizeBytes: 5000 }];

/** The spec's table: what each status forbids (train also needs data). */
const FORBIDDEN: Record<number, ModelAction[]> = {
  1: [],
  2: ['upload', 'deleteDataset', 'train'],
  3: ['rename', 'delete', 'upload', 'deleteDataset', 'train'],
  4: ['train'],
  5: [],
};

/** The text of the element(s) `element`'s aria-describedby names, in its own root. */
function description(element: Element | null): string {
  const ids = element?.getAttribute('aria-describedby');
  if (!ids) return '';
  const root = element!.getRootNode() as ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => textOf(root.getElementById(id)))
    .join(' ');
}

describe('status rules', () => {
  it('forbid, per status, what the spec says', () => {
    for (const status of TRAINING_STATUSES) {
      const actions: ModelAction[] = ['rename', 'delete', 'upload', 'deleteDataset', 'train'];
      const forbidden = actions.filter((a) => forbiddenReason(a, status, { hasData: true }));
      expect(forbidden, `status ${status}`).to.deep.equal(FORBIDDEN[status]);
    }
    expect(forbiddenReason('train', 1, { hasData: false })).to.equal('cm.rules.trainNeedsData');
  });

  for (const status of TRAINING_STATUSES) {
    it(`status ${status}: every forbidden action is disabled with its reason, in the grid and the details`, async () => {
      const api = new InMemoryCustomModelsApi({
        models: [model('1', status)],
        datasets: { '1': DATA },
        storage: null,
      });
      const provider = await fixture(
        html`<custom-models-provider .api=${api}>
          <models-grid></models-grid>
          <custom-model-details model-id="1"></custom-model-details>
        </custom-models-provider>`,
      );
      const grid = provider.querySelector<ModelsGrid>('models-grid')!;
      const details = provider.querySelector<CustomModelDetails>('custom-model-details')!;
      const g = (s: string) => grid.shadowRoot!.querySelector<HTMLElement>(s);
      const d = <T extends HTMLElement = HTMLElement>(s: string) =>
        details.shadowRoot!.querySelector<T>(s);
      await until(() => g('[data-action="delete"]'), 'row with Delete');
      await until(() => d('.delete-dataset'), 'details with datasets');
      const forbidden = new Set(FORBIDDEN[status]);

      const remove = g('[data-action="delete"]')!;
      expect(remove.getAttribute('aria-disabled') === 'true', 'grid delete').to.equal(
        forbidden.has('delete'),
      );
      if (forbidden.has('delete')) expect(description(remove)).to.contain('cannot be deleted');

      const rename = d<HTMLElement & { disabled: boolean }>('.rename')!;
      expect(rename.disabled, 'rename').to.equal(forbidden.has('rename'));
      if (forbidden.has('rename')) expect(description(rename)).to.contain('cannot be renamed');

      const upload = d<HTMLElement & { disabled: boolean }>('dataset-upload')!;
      expect(upload.disabled, 'upload').to.equal(forbidden.has('upload'));

      const removeData = d<HTMLElement & { disabled: boolean }>('.delete-dataset')!;
      expect(removeData.disabled, 'dataset delete').to.equal(forbidden.has('deleteDataset'));
      if (forbidden.has('deleteDataset')) {
        expect(description(removeData)).to.contain('cannot be uploaded or deleted');
      }

      // "Train the Language" is hidden where the spec hides it, offered where it may run.
      expect(Boolean(d('.train-button')), 'train shown').to.equal(!forbidden.has('train'));
      api.dispose();
    });
  }

  it('without data, "Train the Language" is disabled and says why', async () => {
    const api = new InMemoryCustomModelsApi({ models: [model('1', 1)], storage: null });
    const details = await fixture<CustomModelDetails>(
      html`<custom-model-details .api=${api} model-id="1"></custom-model-details>`,
    );
    await until(() => details.shadowRoot!.querySelector('.train-button'), 'train');
    const train = details.shadowRoot!.querySelector<HTMLElement & { disabled: boolean }>(
      '.train-button',
    )!;
    expect(train.disabled).to.equal(true);
    expect(description(train)).to.equal('Upload at least one dataset before training.');
    api.dispose();
  });

  it('the in-memory adapter refuses what the rules forbid', async () => {
    const api = new InMemoryCustomModelsApi({
      models: [model('1', 3), model('2', 2)],
      datasets: { '1': DATA, '2': DATA },
      storage: null,
    });
    const refused = async (call: Promise<unknown>) => {
      const error = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(CustomModelsApiError);
      return (error as CustomModelsApiError).kind;
    };
    expect(await refused(api.updateModel('1', { name: 'X' }))).to.equal('conflict');
    expect(await refused(api.deleteModel('1'))).to.equal('conflict');
    expect(await refused(api.deleteDataset('2', 'd1'))).to.equal('conflict');
    expect(await refused(api.startTraining('2'))).to.equal('conflict');
    // Ready to Run may still be renamed.
    expect((await api.updateModel('2', { name: 'Y' })).name).to.equal('Y');
    api.dispose();
  });
});

describe('CustomModelsStore', () => {
  it('shares one request per resource, and aborts it only when every reader has gone', async () => {
    const api = new RecordingApi({ models: [model('1', 1)], storage: null });
    api.delay('getModel', 50);
    const store = new CustomModelsStore(api);
    const first = new AbortController();
    const second = new AbortController();
    const a = store.loadModel('1', { signal: first.signal });
    const b = store.loadModel('1', { signal: second.signal });
    expect(api.callsOf('getModel')).to.have.length(1);
    first.abort();
    await a.then(
      () => expect.fail('the aborted reader resolves'),
      (error: unknown) => expect((error as CustomModelsApiError).kind).to.equal('aborted'),
    );
    expect(api.callsOf('getModel')[0]!.signal!.aborted, 'still wanted').to.equal(false);
    expect((await b).name).to.equal('Model 1');

    const third = new AbortController();
    const c = store.loadModel('1', { signal: third.signal });
    third.abort();
    await c.catch(() => undefined);
    expect(api.callsOf('getModel')[1]!.signal!.aborted, 'nobody wants it').to.equal(true);
    api.dispose();
  });

  it('loads the session once, and again only when it is invalidated', async () => {
    const api = new RecordingApi({ models: [], storage: null });
    const store = new CustomModelsStore(api);
    await Promise.all([store.loadSession(), store.loadSession()]);
    await store.loadSession();
    expect(api.callsOf('getSession')).to.have.length(1);
    store.invalidate('session');
    await store.loadSession();
    expect(api.callsOf('getSession')).to.have.length(2);
    api.dispose();
  });

  it('labels a language the same way for every view, from its key in the locale', () => {
    const store = new CustomModelsStore(new RecordingApi({ storage: null }));
    const english = { id: '1', key: 'en-gb', name: 'English' };
    expect(store.languageLabel('nl', english)).to.equal('Engels');
    expect(store.languageLabel('fr', english)).to.equal('Anglais');
    expect(store.languageLabel('nl', { id: '9', key: 'zz-unknown', name: 'Klingon' })).to.equal(
      'Klingon',
    );
  });
});

describe('a session that cannot load', () => {
  it('is said, with Retry, by a grid on its own, whose Delete it hides', async () => {
    const api = new RecordingApi({ models: [model('1', 1)], storage: null });
    api.fail('getSession', 'server', 'The organization service is down.');
    const provider = await fixture(
      html`<custom-models-provider .api=${api}
        ><models-grid></models-grid
      ></custom-models-provider>`,
    );
    const grid = provider.querySelector<ModelsGrid>('models-grid')!;
    const $ = (s: string) => grid.shadowRoot!.querySelector<HTMLElement>(s);
    await until(() => $('.session-error'), 'the error is shown');
    expect(textOf($('.session-error'))).to.contain('The organization service is down.');
    expect($('[data-action="delete"]')).to.equal(null);
    api.reset();
    $('.session-error sl-button')!.click();
    await until(() => $('[data-action="delete"]'), 'Delete after Retry');
    expect($('.session-error')).to.equal(null);
    api.dispose();
  });
});
