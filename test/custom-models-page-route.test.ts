import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/custom-models-page.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import type { CustomModel } from '../src/api/types.js';
import { failOnErrors } from './helpers/errors.js';
import { RecordingApi } from './helpers/recording-api.js';
import { disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';

/*
 * The page's opt-in URL binding (`route`): the open model in the URL, the browser's Back to the
 * list, a reload (a new page element on the same URL) back to the details.
 */

disableShoelaceAnimations();

const model = (id: string, name: string): CustomModel => ({
  id,
  key: `cm-${id}`,
  name,
  baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
  trainingStatus: 4,
  lastModified: '2026-01-01T10:00:00.000Z',
});

describe('<custom-models-page route>', () => {
  failOnErrors();
  let api: RecordingApi;
  let start: string;

  beforeEach(() => {
    start = location.href;
    // An entry of this document to go Back to, whatever the test does (never leave the page).
    history.pushState(null, '', start);
    localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
    api = new RecordingApi({ models: [model('m1', 'Medical EN'), model('m 2', 'Legal NL')] });
  });
  afterEach(() => {
    api.dispose();
    localStorage.removeItem(GUIDE_SHOWN_KEY);
    history.replaceState(null, '', start);
  });

  async function mount(route: string) {
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page route=${route} .api=${api}></custom-models-page>`,
    );
    return page;
  }

  const grid = (page: CustomModelsPage) =>
    page.shadowRoot!.querySelector('models-grid')!.shadowRoot;
  const list = (page: CustomModelsPage) =>
    page.shadowRoot!.querySelector<HTMLElement>('.page.list')!;
  const details = (page: CustomModelsPage) =>
    page.shadowRoot!.querySelector('custom-model-details');
  const detailsHeading = (page: CustomModelsPage) =>
    details(page)?.shadowRoot?.querySelector('h1, h2')?.textContent?.trim();

  /** The details' "Back to custom models" button (the header's, or the not-found state's). */
  const backButton = (page: CustomModelsPage) =>
    [...details(page)!.shadowRoot!.querySelectorAll<HTMLElement>('sl-button')].find(
      (button) => textOf(button) === 'Back to custom models',
    )!;

  /** Clicks the name of a model in the grid, as a user opens it. */
  async function open(page: CustomModelsPage, name: string) {
    await until(() => grid(page)?.querySelector('tbody tr[data-id] .open.name'), 'rows shown');
    const button = [...grid(page)!.querySelectorAll<HTMLElement>('tbody .open.name')].find(
      (candidate) => candidate.textContent!.trim() === name,
    )!;
    button.click();
    await until(() => detailsHeading(page) === name, `details of ${name} shown`);
  }

  async function browserBack() {
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
  }

  it('puts the opened model in the URL, Back returns to the list, Forward to the model', async () => {
    const page = await mount('#/models/:id');
    const entries = history.length;
    await open(page, 'Legal NL');
    expect(location.hash).to.equal('#/models/m%202');
    // One entry pushed (Chromium keeps at most 50; earlier test files may have filled it).
    expect(history.length).to.equal(Math.min(entries + 1, 50));
    await browserBack();
    await until(() => !details(page) && !list(page).hidden, 'the list shown again');
    expect(location.hash).to.equal('');
    expect(page.modelId).to.equal('');
    const popped = oneEvent(window, 'popstate');
    history.forward();
    await popped;
    await until(() => detailsHeading(page) === 'Legal NL', 'the model shown again');
  });

  it('restores the details from the URL on load (a reload, a shared link)', async () => {
    history.replaceState(null, '', '#/models/m1');
    const page = await mount('hash');
    await until(() => detailsHeading(page) === 'Medical EN', 'details restored');
    expect(page.modelId).to.equal('m1');
    expect(list(page).hidden).to.equal(true);
  });

  it('says an unknown model in the URL is not found, with the way back', async () => {
    history.replaceState(null, '', '#/models/no-such-model');
    const page = await mount('#/models/:id');
    await until(() => textOf(details(page)).includes('Custom model not found'), 'not found');
    expect(textOf(details(page))).to.include('Back to custom models');
    backButton(page).click();
    await until(() => !details(page) && !list(page).hidden, 'the list');
    expect(location.hash).to.equal('');
  });

  it("follows the details' Back button with a history entry for the list", async () => {
    const page = await mount('#/models/:id');
    await open(page, 'Medical EN');
    backButton(page).click();
    await until(() => !details(page) && !list(page).hidden, 'the list');
    expect(location.hash).to.equal('');
    await browserBack();
    await until(() => detailsHeading(page) === 'Medical EN', 'Back: the model again');
  });

  it('binds a path pattern the host gives, keeping the query', async () => {
    history.replaceState(null, '', '/app/custom-models?tab=all');
    const page = await mount('/app/custom-models/:id');
    await open(page, 'Medical EN');
    expect(location.pathname + location.search).to.equal('/app/custom-models/m1?tab=all');
    await browserBack();
    await until(() => !details(page), 'the list');
    expect(location.pathname).to.equal('/app/custom-models');
  });

  it('reflects a model the host opens through model-id', async () => {
    const page = await mount('#/models/:id');
    page.modelId = 'm1';
    await until(() => detailsHeading(page) === 'Medical EN', 'details');
    expect(location.hash).to.equal('#/models/m1');
  });

  it('lets a host router cancel Back, as it cancels model-open', async () => {
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page model-id="m1" .api=${api}></custom-models-page>`,
    );
    page.addEventListener('model-details-back', (event) => event.preventDefault());
    await until(() => detailsHeading(page) === 'Medical EN', 'details');
    backButton(page).click();
    await new Promise((resolve) => setTimeout(resolve));
    await page.updateComplete;
    expect(page.modelId).to.equal('m1');
    expect(details(page)).not.to.equal(null);
  });

  it('leaves the URL alone without route', async () => {
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${api}></custom-models-page>`,
    );
    const before = location.href;
    await open(page, 'Medical EN');
    expect(location.href).to.equal(before);
  });
});
