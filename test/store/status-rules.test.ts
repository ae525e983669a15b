/*
 * The status rules, in one module, read by every view: each action a status forbids is shown
 * disabled with a reason a screen reader reads, and the adapters keep refusing it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/custom-models-provider.js';
import '../../src/custom-model-details.js';
import '../../src/models-grid.js';
import '../../src/create-model-dialog.js';
import '../../src/custom-model-picker.js';
import '../../src/translations/nl.js';
import type { CustomModelDetails } from '../../src/custom-model-details.js';
import type { ModelsGrid } from '../../src/models-grid.js';
import { InMemoryCustomModelsApi } from '../../src/adapters.js';
import { forbiddenReason, type ModelAction } from '../../src/api/status-rules.js';
import { CustomModelsApiError } from '../../src/api/errors.js';
import { CustomModelsStore } from '../../src/store/custom-models-store.js';
import {
  TRAINING_STATUSES,
  TrainingStatus,
  type CustomModel,
  type Dataset,
} from '../../src/api/types.js';
import { en } from '../../src/i18n/en.js';
import { accessibleNode, findByRole, queryAllByRole } from '../helpers/by-role.js';
import { isShown } from '../helpers/dom.js';
import { focusPage } from '../helpers/focus.js';
import { RecordingApi } from '../helpers/recording-api.js';
import {
  deepActiveElement,
  disableShoelaceAnimations,
  textOf,
  until,
} from '../helpers/shoelace.js';

disableShoelaceAnimations();

const model = (id: string, status: number): CustomModel => ({
  id,
  key: `cm-${id}`,
  name: `Model ${id}`,
  baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
  trainingStatus: status,
  lastModified: '2026-01-01T10:00:00.000Z',
});
const DATA: Dataset[] = [
  { id: 'd1', name: 'talk.wav', kind: 'audio', sizeBytes: 5000 },
  { id: 'd2', name: 'test.wav', kind: 'test-set', sizeBytes: 5000 },
];

interface AxNode {
  role: string;
  name: string;
  description?: string;
  disabled?: boolean;
  children?: AxNode[];
}

/** The buttons Chromium's accessibility tree gives for the page, in tree order. */
async function axButtons(): Promise<AxNode[]> {
  const buttons: AxNode[] = [];
  const walk = (node: AxNode) => {
    if (node.role === 'button') buttons.push(node);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return buttons;
}

/**
 * The spec's table: what each status forbids (train also needs data). Training data is closed
 * after Success too: no "Train the Language" then, so it would never be used.
 */
const FORBIDDEN: Record<number, ModelAction[]> = {
  1: [],
  2: ['upload', 'uploadTraining', 'deleteDataset', 'train'],
  3: ['rename', 'delete', 'upload', 'uploadTraining', 'deleteDataset', 'train'],
  4: ['uploadTraining', 'train'],
  5: [],
};

describe('status rules', () => {
  it('forbid, per status, what the spec says', () => {
    for (const status of TRAINING_STATUSES) {
      const actions: ModelAction[] = [
        'rename',
        'delete',
        'upload',
        'uploadTraining',
        'deleteDataset',
        'train',
      ];
      const forbidden = actions.filter((a) => forbiddenReason(a, status, { hasData: true }));
      expect(forbidden, `status ${status}`).to.deep.equal(FORBIDDEN[status]);
    }
    expect(forbiddenReason('train', 1, { hasData: false })).to.equal('cm.rules.trainNeedsData');
    expect(forbiddenReason('uploadTraining', 4)).to.equal('cm.rules.uploadTrained');
    expect(forbiddenReason('uploadTraining', 3)).to.equal('cm.rules.datasetsBusy');
  });

  for (const status of TRAINING_STATUSES) {
    it(`status ${status}: every forbidden action is disabled with its reason in the accessibility tree`, async () => {
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
      await findByRole(grid, 'button', { name: 'Delete Model 1' });
      await findByRole(details, 'button', { name: 'Delete talk.wav' });
      await findByRole(details, 'button', { name: 'Measure accuracy' });
      const forbidden = new Set(FORBIDDEN[status]);
      const upload =
        status === TrainingStatus.ReadyToRun
          ? en['cm.details.uploadQueued']
          : status === TrainingStatus.Success
            ? en['cm.rules.uploadTrained']
            : en['cm.details.uploadLocked'];
      // What Chromium tells a screen reader, for every action of the grid and the details.
      const expected: Array<[name: string, reason: string | undefined]> = [
        ['Delete Model 1', forbidden.has('delete') ? en['cm.rules.deleteTraining'] : undefined],
        ['Rename model', forbidden.has('rename') ? en['cm.rules.renameTraining'] : undefined],
        [
          'Delete talk.wav',
          forbidden.has('deleteDataset') ? en['cm.rules.datasetsBusy'] : undefined,
        ],
        [
          'Delete test.wav',
          forbidden.has('deleteDataset') ? en['cm.rules.datasetsBusy'] : undefined,
        ],
        // The datasets' upload, then the Accuracy section's test-set upload.
        ['Choose files', forbidden.has('uploadTraining') ? upload : undefined],
        ['Choose files', forbidden.has('upload') ? en['cm.details.uploadLocked'] : undefined],
        [
          'Measure accuracy',
          // test.wav has no reference transcript: no test item to measure on.
          status === TrainingStatus.Success
            ? en['cm.accuracy.needsTestItem']
            : en['cm.accuracy.needsTraining'],
        ],
      ];
      const buttons = await axButtons();
      for (const [name, reason] of expected) {
        const node = buttons.find((button) => button.name === name);
        buttons.splice(buttons.indexOf(node!), 1);
        expect(node, name).not.to.equal(undefined);
        expect(Boolean(node!.disabled), `${name} disabled`).to.equal(Boolean(reason));
        expect(node!.description, `${name} description`).to.equal(reason);
      }
      // "Train the Language" is hidden where the spec hides it, offered where it may run.
      const train = buttons.find((button) => button.name === 'Train the Language');
      expect(Boolean(train), 'train shown').to.equal(!forbidden.has('train'));
      if (train) expect(train.disabled, 'train enabled').not.to.equal(true);
      // No other action is disabled without a reason (the grid's pager may be, at its ends).
      const silent = buttons.filter((b) => b.disabled && !b.description && !/page/i.test(b.name));
      expect(silent.map((b) => b.name)).to.deep.equal([]);
      api.dispose();
    });
  }

  it("shows a forbidden action's reason on hover and on focus, and refuses its click and keys", async () => {
    const api = new InMemoryCustomModelsApi({
      models: [model('1', TrainingStatus.Running)],
      datasets: { '1': DATA },
      storage: null,
    });
    const details = await fixture<CustomModelDetails>(
      html`<custom-model-details .api=${api} model-id="1"></custom-model-details>`,
    );
    const reasons = {
      'Rename model': en['cm.rules.renameTraining'],
      'Delete talk.wav': en['cm.rules.datasetsBusy'],
      'Measure accuracy': en['cm.accuracy.needsTraining'],
    };
    for (const [name, reason] of Object.entries(reasons)) {
      const button = await findByRole(details, 'button', { name });
      const tip =
        button.getRootNode() instanceof ShadowRoot
          ? (button.getRootNode() as ShadowRoot).host.closest('sl-tooltip')!
          : null;
      expect(tip, name).not.to.equal(null);
      const shown = () => tip!.shadowRoot!.querySelector('[part~="body"]');
      const tipShows = () => (tip as HTMLElement & { open: boolean }).open && isShown(shown()!);

      // Focus: by keyboard, the control is reachable and says why (in a focused window, as a
      // user's is: a shuffled full run can leave the page without focus, and then no focus event).
      await focusPage();
      button.focus();
      expect(deepActiveElement(), `${name} takes focus`).to.equal(button);
      await until(tipShows, `${name}: reason shown on focus`);
      expect(textOf(shown())).to.equal(reason);
      const node = await accessibleNode(button);
      expect(node?.focused, `${name} focused`).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: ' ' });
      button.blur();
      await until(() => !(tip as HTMLElement & { open: boolean }).open, `${name}: tip hides`);

      // Hover: the pointer over it shows the same reason; a click does nothing.
      const box = button.getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await until(tipShows, `${name}: reason shown on hover`);
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await sendMouse({ type: 'move', position: [0, 0] });
      await until(() => !(tip as HTMLElement & { open: boolean }).open, `${name}: tip hides`);
    }
    // Neither clicks nor keys did anything: no editor, no confirmation, no measurement.
    await details.updateComplete;
    expect(await queryAllByRole(details, 'textbox')).to.deep.equal([]);
    expect(await queryAllByRole(details, 'dialog')).to.deep.equal([]);
    expect(
      await api.getEvaluation!('1').then(
        (evaluation) => evaluation.status,
        () => 'none',
      ),
    ).not.to.equal('running');
    api.dispose();
  });

  it('without data, "Train the Language" is disabled and says why', async () => {
    const api = new InMemoryCustomModelsApi({ models: [model('1', 1)], storage: null });
    const details = await fixture<CustomModelDetails>(
      html`<custom-model-details .api=${api} model-id="1"></custom-model-details>`,
    );
    const train = await findByRole(details, 'button', { name: 'Train the Language' });
    const node = await accessibleNode(train);
    expect(node?.disabled).to.equal(true);
    expect(node?.description).to.equal('Upload at least one dataset before training.');
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

  it('labels a language the same way for every view, from its key in the locale', async () => {
    // The server names the language in English; a Dutch user reads "Engels" in every view.
    const api = new RecordingApi({
      models: [model('1', 4)],
      languages: [{ id: '1', key: 'en-gb', name: 'English' }],
      storage: null,
    });
    const provider = await fixture(
      html`<custom-models-provider .api=${api} lang="nl">
        <models-grid></models-grid>
        <custom-model-details model-id="1"></custom-model-details>
        <create-model-dialog open></create-model-dialog>
        <custom-model-picker></custom-model-picker>
      </custom-models-provider>`,
    );
    const views = [
      'models-grid',
      'custom-model-details',
      'create-model-dialog',
      'custom-model-picker',
    ];
    for (const tag of views) {
      const view = provider.querySelector(tag)!;
      await until(() => textOf(view).includes('Engels'), `${tag} names the language in Dutch`);
      expect(textOf(view), tag).not.to.contain('English');
    }
    // The store's label is the same function: unknown keys keep the server's name.
    const store = new CustomModelsStore(api);
    const english = { id: '1', key: 'en-gb', name: 'English' };
    expect(store.languageLabel('nl', english)).to.equal('Engels');
    expect(store.languageLabel('fr', english)).to.equal('Anglais');
    expect(store.languageLabel('nl', { id: '9', key: 'zz-unknown', name: 'Klingon' })).to.equal(
      'Klingon',
    );
    api.dispose();
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
