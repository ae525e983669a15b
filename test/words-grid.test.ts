import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../src/custom-models-provider.js';
import '../src/models-grid.js';
import '../src/translations/nl.js';
import type { ModelsGrid } from '../src/models-grid.js';
import { TrainingStatus, type CustomModel } from '../src/api/types.js';
import { RecordingApi } from './helpers/recording-api.js';

const model = (id: string, name: string, trainingStatus: TrainingStatus): CustomModel => ({
  id,
  key: `cm-${id}`,
  name,
  baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
  trainingStatus,
  lastModified: '2026-01-01T10:00:00.000Z',
});

type Snapshot = { name?: string; role?: string; children?: Snapshot[] };
const names = (node: Snapshot): string[] => [
  node.name ?? '',
  ...(node.children ?? []).flatMap(names),
];

describe('the grid says "Ready to Run" is queued', () => {
  let api: RecordingApi;
  afterEach(() => api?.dispose());

  async function grid(lang: string) {
    api = new RecordingApi({
      models: [
        model('1', 'Queued one', TrainingStatus.ReadyToRun),
        model('2', 'Trained one', TrainingStatus.Success),
      ],
    });
    const wrapper = await fixture<HTMLElement>(
      html`<div lang=${lang}>
        <custom-models-provider .api=${api}><models-grid></models-grid></custom-models-provider>
      </div>`,
    );
    const el = wrapper.querySelector<ModelsGrid>('models-grid')!;
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('tbody tr[data-id]').length === 2,
      'rows',
    );
    // What is seen is what is painted: a row starts out skipped (content-visibility: auto) until
    // the browser, before painting it, finds it in view; innerText reads it from then on.
    await nextFrame();
    const cell = (id: string) =>
      el.shadowRoot!.querySelector<HTMLElement>(`tr[data-id="${id}"] .c-trainingStatus`)!;
    return { el, cell };
  }

  it('keeps the label and says "queued" beside it, seen and in the accessibility tree', async () => {
    const { cell } = await grid('en');
    const queued = cell('1');
    expect(queued.innerText.replace(/\s+/g, ' ').trim()).to.equal(
      'Training status: Ready to Run queued',
    );
    expect(cell('2').innerText.replace(/\s+/g, ' ').trim()).to.equal('Training status: Success');
    const tree = names((await a11ySnapshot({})) as unknown as Snapshot).join(' | ');
    expect(tree).to.match(/Ready to Run[^|]*\|?[^|]*queued/);
  });

  it('says it in Dutch too', async () => {
    const { cell } = await grid('nl');
    expect(cell('1').innerText.replace(/\s+/g, ' ').trim()).to.equal(
      'Trainingsstatus: Klaar om te starten in de wachtrij',
    );
  });
});
