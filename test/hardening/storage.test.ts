import { expect, fixture, html } from '@open-wc/testing';
import '../../src/custom-models-page.js';
import type { CustomModelsPage } from '../../src/custom-models-page.js';
import type { CustomModelsGuide } from '../../src/custom-models-guide.js';
import type { ModelsGrid } from '../../src/models-grid.js';
import { InMemoryCustomModelsApi } from '../../src/adapters.js';
import { RecordingApi } from '../helpers/recording-api.js';
import { disableShoelaceAnimations, until } from '../helpers/shoelace.js';
import { failOnErrors } from '../helpers/errors.js';

disableShoelaceAnimations();

type StorageName = 'localStorage' | 'sessionStorage';
const NAMES: StorageName[] = ['localStorage', 'sessionStorage'];

const denied = () => new DOMException('The operation is insecure.', 'SecurityError');
const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A storage whose every method throws, as in a full quota or a blocked partition. */
function throwingStorage(): Storage {
  const fail = () => {
    throw full();
  };
  return {
    get length(): number {
      throw full();
    },
    key: fail,
    getItem: fail,
    setItem: fail,
    removeItem: fail,
    clear: fail,
  } as Storage;
}

const MODES: Array<[string, () => unknown]> = [
  [
    'the getter throws (sandboxed iframe, blocked cookies)',
    () => {
      throw denied();
    },
  ],
  ['the storage is null', () => null],
  ['every storage method throws (quota)', throwingStorage],
];

describe('hardening: storage missing or throwing', () => {
  failOnErrors();
  const saved = new Map<StorageName, PropertyDescriptor | undefined>();
  let api: RecordingApi | InMemoryCustomModelsApi | undefined;

  function breakStorage(get: () => unknown) {
    for (const name of NAMES) {
      saved.set(name, Object.getOwnPropertyDescriptor(window, name));
      Object.defineProperty(window, name, { get, configurable: true });
    }
  }
  afterEach(() => {
    for (const name of NAMES) {
      const descriptor = saved.get(name);
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else delete (window as unknown as Record<string, unknown>)[name];
    }
    saved.clear();
    api?.dispose();
    api = undefined;
  });

  for (const [mode, get] of MODES) {
    it(`the page works when ${mode}: guide once, banner dismissal, list, create`, async () => {
      breakStorage(get);
      api = new RecordingApi({ models: 3 });
      const page = await fixture<CustomModelsPage>(
        html`<custom-models-page .api=${api}></custom-models-page>`,
      );
      const root = page.shadowRoot!;
      const guide = root.querySelector<CustomModelsGuide>('custom-models-guide')!;
      // Nothing remembered: a first visit, so the guide opens, and is remembered in memory.
      await until(() => guide.open, 'guide opened');
      guide.hide();
      await until(() => !guide.shadowRoot!.querySelector('sl-dialog')!.open, 'guide closed');
      const grid = root.querySelector<ModelsGrid>('models-grid')!;
      await until(
        () => grid.shadowRoot!.querySelectorAll('tbody tr[data-id]').length === 3,
        'rows',
      );
      const banner = root.querySelector<HTMLElement & { hide(): Promise<void> }>(
        '[part="banner"]',
      )!;
      await banner.hide();
      await until(() => !root.querySelector('[part="banner"]'), 'banner dismissed for this visit');
      page.openGuide();
      await until(() => guide.open, 'guide reopens from the button');
      guide.hide();
      const created = await api.createModel({ name: 'Works anyway', languageId: '1' });
      await grid.refresh();
      await until(
        () => grid.shadowRoot!.querySelector(`tr[data-id="${created.id}"]`),
        'the new model listed',
      );
    });

    it(`the in-memory adapter with persistKey works when ${mode}`, async () => {
      breakStorage(get);
      const memory = new InMemoryCustomModelsApi({ persistKey: 'hardening-storage-test' });
      api = memory;
      const before = await memory.listModels({ page: 1, pageSize: 100 });
      const created = await memory.createModel({ name: 'Kept in memory', languageId: '1' });
      await memory.updateModel(created.id, { name: 'Renamed in memory' });
      const after = await memory.listModels({ page: 1, pageSize: 100 });
      expect(after.total).to.equal(before.total + 1);
      expect((await memory.getModel(created.id)).name).to.equal('Renamed in memory');
      await memory.deleteModel(created.id);
      expect((await memory.listModels({ page: 1, pageSize: 100 })).total).to.equal(before.total);
    });
  }
});
