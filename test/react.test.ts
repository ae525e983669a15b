import { expect } from '@open-wc/testing';
import { createElement, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { CustomModelsPage, ModelStatusBadge } from '../src/react/index.js';
import { CustomModelsPage as CustomModelsPageElement } from '../src/custom-models-page.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import type { ModelOpenEvent } from '../src/events/events.js';
import type { ModelsGrid } from '../src/models-grid.js';
import { disableShoelaceAnimations, until } from './helpers/shoelace.js';

disableShoelaceAnimations();

/** The example app (examples/react/src/App.tsx), compiled by the test server. Not a literal, so
 * the library's type-check does not pull the example in (test/types/tsconfig.json checks it). */
const EXAMPLE_APP = '../examples/react/src/App.tsx';

function firstNameButton(container: HTMLElement): HTMLElement | null {
  const page = container.querySelector('custom-models-page');
  const grid = page?.shadowRoot?.querySelector<ModelsGrid>('models-grid');
  return grid?.shadowRoot?.querySelector<HTMLElement>('tbody tr[data-id] .open.name') ?? null;
}

describe('React wrappers (@scriptix/custom-models-elements/react)', () => {
  let container: HTMLElement;
  let root: Root;
  let api: InMemoryCustomModelsApi;

  beforeEach(() => {
    localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    api = new InMemoryCustomModelsApi({ trainingTimeMs: 60_000 });
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    api.dispose();
    localStorage.removeItem(GUIDE_SHOWN_KEY);
  });

  it('renders the page with the `api` property and calls the typed onModelOpen', async () => {
    const opened: string[] = [];
    const onModelOpen = (event: ModelOpenEvent) => {
      event.preventDefault(); // the host routes itself: the page stays on the list
      opened.push(event.detail.id);
    };
    flushSync(() => root.render(createElement(CustomModelsPage, { api, onModelOpen })));

    const page = container.querySelector('custom-models-page')!;
    expect(page).to.be.instanceOf(CustomModelsPageElement);
    expect(page.api, 'api set as a property').to.equal(api);

    await until(() => firstNameButton(container), 'grid rows shown');
    const button = firstNameButton(container)!;
    const id = button.closest('tr')!.dataset.id!;
    button.click();

    expect(opened).to.deep.equal([id]);
    expect(page.modelId, 'cancelled: no details view').to.equal('');
  });

  it('passes attributes and properties and swaps event handlers on re-render', async () => {
    const first: string[] = [];
    const second: string[] = [];
    flushSync(() =>
      root.render(
        createElement(CustomModelsPage, { api, onModelOpen: (e) => first.push(e.detail.id) }),
      ),
    );
    flushSync(() =>
      root.render(
        createElement(CustomModelsPage, {
          api,
          onModelOpen: (e) => {
            e.preventDefault();
            second.push(e.detail.id);
          },
        }),
      ),
    );
    await until(() => firstNameButton(container), 'grid rows shown');
    firstNameButton(container)!.click();
    expect(first).to.deep.equal([]);
    expect(second).to.have.length(1);

    flushSync(() => root.render(createElement(ModelStatusBadge, { status: 4 })));
    const badge = container.querySelector('model-status-badge')!;
    expect(badge.status).to.equal(4);
    await badge.updateComplete;
    expect(badge.label).to.equal('Success');
  });

  it('runs the React example: the page renders and its typed callback shows the opened id', async () => {
    const { App } = (await import(/* @vite-ignore */ EXAMPLE_APP)) as { App: ComponentType };
    flushSync(() => root.render(createElement(App)));

    await until(() => firstNameButton(container), 'grid rows shown', 8000);
    const button = firstNameButton(container)!;
    const id = button.closest('tr')!.dataset.id!;
    button.click();

    await until(
      () => container.querySelector('[data-testid="opened"]')?.textContent === id,
      'the example shows the opened id',
    );
    // Not cancelled by the example: the page shows that model's details.
    const page = container.querySelector('custom-models-page')!;
    await until(() => page.modelId === id, 'details view');
  });
});
