/*
 * The store's one keyed-resource primitive, as views and adapters see it: one request per key,
 * late answers lose, views told by name what changed, and a pushed status change that re-reads a
 * list only when the list depends on the status.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/custom-models-provider.js';
import '../../src/models-grid.js';
import type { ModelsGrid } from '../../src/models-grid.js';
import type { CustomModel, CustomModelsApi, ModelQuery } from '../../src/api/types.js';
import { CustomModelsStore } from '../../src/store.js';
import { pageKey } from '../../src/store/index.js';
import { RecordingApi } from '../helpers/recording-api.js';
import { statusIn } from '../helpers/dom.js';
import { until } from '../helpers/shoelace.js';
import { GOOD_DATA, model, track } from './fixtures.js';

const QUERY: ModelQuery = { page: 1, pageSize: 10 };

/** Every notice the store gives, as the names it carries. */
function notices(store: CustomModelsStore): Array<Set<string>> {
  const seen: Array<Set<string>> = [];
  store.subscribe((names) => seen.push(new Set(names)));
  return seen;
}

/** A recording adapter with the in-memory adapter's push channel (it counts the listeners). */
class PushingApi extends RecordingApi {
  watched = 0;
  watchModels: NonNullable<CustomModelsApi['watchModels']> = (onChange, o) => {
    this.watched++;
    o?.signal?.addEventListener('abort', () => this.watched--);
    this.inner.watchModels!(onChange, o);
  };
}

/** A recording adapter whose `getModel` answers only when the test says, in any order. */
class HeldApi extends RecordingApi {
  readonly held: Array<(model: CustomModel) => void> = [];
  override getModel: CustomModelsApi['getModel'] = (id) => {
    this.calls.push({ method: 'getModel', args: [id] });
    return new Promise((resolve) => this.held.push(resolve));
  };
}

/** Lets a re-read that a change would start begin (a microtask, a render, a task run). */
async function settle(element: ModelsGrid) {
  for (let i = 0; i < 3; i++) {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

describe('the keyed-resource primitive: one request per key', () => {
  it('shares one request among everyone who asks for the same key while it runs', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'A', 1)], storage: null }));
    const store = new CustomModelsStore(api);
    const [first, second] = await Promise.all([store.loadPage(QUERY), store.loadPage(QUERY)]);
    expect(api.callsOf('listModels')).to.have.length(1);
    expect(first.items.map((m) => m.name)).to.deep.equal(['A']);
    expect(second).to.deep.equal(first);
    // Another key is another request.
    await Promise.all([store.loadModel('1'), store.loadDatasets('1'), store.loadDatasets('1')]);
    expect(api.callsOf('getModel')).to.have.length(1);
    expect(api.callsOf('listDatasets')).to.have.length(1);
  });

  it('asks again after an invalidation, and the older answer arriving last loses', async () => {
    const api = track(new HeldApi({ models: [model('1', 'A', 1)], storage: null }));
    const store = new CustomModelsStore(api);
    const older = store.loadModel('1');
    store.invalidate('model:1');
    const newer = store.loadModel('1');
    expect(api.callsOf('getModel')).to.have.length(2);
    api.held[1]!(model('1', 'Renamed', 1));
    expect((await newer).name).to.equal('Renamed');
    api.held[0]!(model('1', 'A', 1));
    await older;
    expect(store.model('1')?.name).to.equal('Renamed');
  });
});

describe('the keyed-resource primitive: told by name', () => {
  it('names what changed in every notice, and an invalidation makes only that name stale', async () => {
    const api = track(
      new RecordingApi({
        models: [model('1', 'A', 1), model('2', 'B', 1)],
        datasets: { '1': GOOD_DATA },
        storage: null,
      }),
    );
    const store = new CustomModelsStore(api);
    const seen = notices(store);
    await store.loadPage(QUERY);
    await store.loadDatasets('1');
    const page = `lists:${pageKey(QUERY)}` as const;
    const before = {
      datasets1: store.generation('datasets:1'),
      datasets2: store.generation('datasets:2'),
      page: store.generation(page),
      session: store.generation('session'),
    };
    seen.length = 0;
    store.invalidate('datasets:1');
    expect(seen).to.deep.equal([new Set(['datasets:1'])]);
    expect(store.generation('datasets:1')).to.equal(before.datasets1 + 1);
    expect(store.generation('datasets:2')).to.equal(before.datasets2);
    expect(store.generation(page)).to.equal(before.page);
    expect(store.generation('session')).to.equal(before.session);

    // `lists` makes every page stale.
    store.invalidate('lists');
    expect(store.generation(page)).to.equal(before.page + 1);

    // Writes name what they wrote: a rename names the model.
    seen.length = 0;
    await store.renameModel('2', 'B2');
    expect(seen).to.deep.equal([new Set(['model:2'])]);
  });

  it('tells a page answer in one notice: its models and the page together', async () => {
    const store = new CustomModelsStore(
      track(new RecordingApi({ models: [model('1', 'A', 1), model('2', 'B', 1)], storage: null })),
    );
    const seen = notices(store);
    await store.loadPage(QUERY);
    // One notice naming the page and each model on it: a view following the store re-renders
    // once for the answer (it rendered twice: once for the models, again for the page).
    expect(seen).to.deep.equal([new Set([`lists:${pageKey(QUERY)}`, 'model:1', 'model:2'])]);
  });

  it('renders a grid once for its first page: not before the page is there', async () => {
    const api = new RecordingApi({ models: [model('1', 'A', 1), model('2', 'B', 1)] });
    const provider = await fixture(
      html`<custom-models-provider .api=${api}
        ><models-grid></models-grid
      ></custom-models-provider>`,
    );
    const grid = provider.querySelector<ModelsGrid>('models-grid')!;
    const rows = () => grid.shadowRoot!.querySelectorAll('tbody tr[data-id]').length;
    // Every update after the first, with the rows it showed.
    const shown: number[] = [];
    const host = grid as unknown as { update(changed: Map<PropertyKey, unknown>): void };
    const update = host.update.bind(grid);
    host.update = (changed) => {
      update(changed);
      shown.push(rows());
    };
    await until(() => rows() === 2, 'rows shown');
    await grid.updateComplete;
    expect(shown[0], 'the first update after the skeleton shows the rows').to.equal(2);
  });

  it('never sends an empty notice: a failing live refresh is named `live`', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'A', 3)], storage: null }));
    api.capabilities = { ...api.capabilities, push: false };
    const store = new CustomModelsStore(api);
    await store.loadModel('1');
    const seen = notices(store);
    api.fail('getModel', 'network');
    const stop = store.observe({ models: () => ['1'], interval: () => 20 });
    await until(() => store.liveError, 'the live refresh fails');
    stop();
    expect(seen.some((names) => names.has('live'))).to.equal(true);
    expect(seen.every((names) => names.size > 0)).to.equal(true);
  });
});

describe('push means no poll', () => {
  async function grid(api: PushingApi, sort = '') {
    const provider = await fixture(
      html`<custom-models-provider .api=${api}>
        <models-grid sort=${sort} refresh-interval="20"></models-grid>
      </custom-models-provider>`,
    );
    const el = provider.querySelector<ModelsGrid>('models-grid')!;
    await until(() => el.shadowRoot!.querySelector('tbody tr[data-id="1"]'), 'rows');
    await until(() => api.watched > 0, 'the push channel opens');
    const row = () => el.shadowRoot!.querySelector('tbody tr[data-id="1"]');
    return { el, row };
  }

  const training = () => ({ ...model('1', 'Medical EN', 3), trainingProgress: 80 });
  const options = (models: CustomModel[]) => ({
    models,
    datasets: { '1': GOOD_DATA },
    storage: null,
    runSeededTraining: true,
    trainingTimeMs: 300,
  });

  it('a pushed end of training updates the row without reading the list again', async () => {
    const api = track(new PushingApi(options([training(), model('2', 'Legal NL', 1)])));
    const { el, row } = await grid(api);
    const reads = api.callsOf('listModels').length;
    await until(() => statusIn(row()) === '4', 'the row shows Success');
    await settle(el);
    expect(api.callsOf('listModels')).to.have.length(reads);
    expect(api.callsOf('getModel')).to.have.length(0);
  });

  it('re-reads a page sorted by status when a pushed change moves a model', async () => {
    const api = track(new PushingApi(options([training(), model('2', 'Legal NL', 1)])));
    const { el, row } = await grid(api, 'trainingStatus:asc');
    const reads = api.callsOf('listModels').length;
    await until(() => statusIn(row()) === '4', 'the row shows Success');
    await until(() => api.callsOf('listModels').length > reads, 'the sorted page is read again');
    await settle(el);
    const rereads = api.callsOf('listModels').slice(reads);
    // Once per status change (Training → Success), never for the progress pushed in between.
    expect(rereads).to.have.length(1);
    expect(rereads[0]!.args[0]).to.deep.include({
      sort: { field: 'trainingStatus', direction: 'asc' },
    });
  });
});
