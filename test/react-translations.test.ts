import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
// Only the React entry point (and the adapters), as a React host imports them: no root import.
import { CustomModelsPage } from '../src/react/index.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import type { ModelOpenEvent } from '../src/events/events.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import { disableShoelaceAnimations, until } from './helpers/shoelace.js';

disableShoelaceAnimations();

describe('React wrappers: translations', () => {
  let container: HTMLElement;
  let root: Root;
  let api: InMemoryCustomModelsApi;

  beforeEach(() => {
    localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    api = new InMemoryCustomModelsApi();
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    api.dispose();
    localStorage.removeItem(GUIDE_SHOWN_KEY);
  });

  for (const [lang, title] of [
    ['nl', 'Aangepaste modellen'],
    ['fr', 'Modèles personnalisés'],
    ['de', 'Benutzerdefinierte Modelle'],
  ] as const) {
    it(`shows the page in ${lang} under lang="${lang}", as the root import does`, async () => {
      container.lang = lang;
      root.render(createElement(CustomModelsPage, { api }));
      const heading = () =>
        container.querySelector('custom-models-page')?.shadowRoot?.querySelector('h1');
      await until(() => heading(), 'page rendered');
      await until(
        () => heading()!.textContent!.trim() === title,
        `title in ${lang} (is "${heading()?.textContent?.trim()}")`,
      );
    });
  }

  it('React 19 without wrappers: `api` set as a property, `onmodel-open` heard, Dutch shown', async () => {
    const opened: string[] = [];
    container.lang = 'nl';
    root.render(
      createElement('custom-models-page', {
        api,
        'onmodel-open': (event: ModelOpenEvent) => {
          event.preventDefault();
          opened.push(event.detail.id);
        },
      }),
    );
    const page = () => container.querySelector('custom-models-page');
    await until(() => page()?.shadowRoot?.querySelector('h1'), 'page rendered');
    expect(page()!.getAttribute('api'), 'not an attribute').to.equal(null);
    const grid = () => page()!.shadowRoot!.querySelector('models-grid')?.shadowRoot;
    await until(() => grid()?.querySelector('tbody tr[data-id] .open.name'), 'rows shown');
    await until(
      () => page()!.shadowRoot!.querySelector('h1')!.textContent!.trim() === 'Aangepaste modellen',
      'Dutch title',
    );
    const row = grid()!.querySelector<HTMLTableRowElement>('tbody tr[data-id]')!;
    row.querySelector<HTMLElement>('.open.name')!.click();
    expect(opened).to.deep.equal([row.dataset.id]);
  });
});
