// Hydration of server-rendered HTML (written by test/ssr/ssr.test.mjs, which `npm test` runs in
// Node first). The hydrate support must load before Lit defines any element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers/shoelace.js';

async function load(name: string): Promise<string> {
  const response = await fetch(`/test/ssr/.generated/${name}.html`);
  if (!response.ok)
    throw new Error(`Run the Node SSR test first (npm test does): ${name}.html missing`);
  return response.text();
}

describe('server-side rendered HTML hydrates', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const originalConsoleError = console.error;
  before(() => {
    window.addEventListener('error', onError);
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalConsoleError(...args);
    };
  });
  after(() => {
    window.removeEventListener('error', onError);
    console.error = originalConsoleError;
  });

  it('keeps the server-rendered badge and page nodes, then works in the browser', async () => {
    const [badgeHtml, pageHtml] = await Promise.all([load('badge'), load('page')]);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.setHTMLUnsafe(badgeHtml + pageHtml);
    const badge = container.querySelector('model-status-badge')!;
    const page = container.querySelector('custom-models-page')!;
    // Declarative shadow roots are there before any element is defined.
    expect(customElements.get('custom-models-page')).to.equal(undefined);
    const serverLabel = badge.shadowRoot!.querySelector('[part="label"]')!;
    const serverHeading = page.shadowRoot!.querySelector('h1')!;
    expect(serverLabel.textContent).to.equal('Running');

    const { InMemoryCustomModelsApi } = await import('../src/index.js');
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // Hydrated, not re-rendered: the same nodes stay.
    expect(badge.shadowRoot!.querySelector('[part="label"]')).to.equal(serverLabel);
    expect(page.shadowRoot!.querySelector('h1')).to.equal(serverHeading);

    (badge as HTMLElement & { status: number }).status = 4;
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(serverLabel.textContent).to.equal('Success');

    localStorage.setItem('customModelsGuideShown', 'true');
    const api = new InMemoryCustomModelsApi();
    (page as HTMLElement & { api: unknown }).api = api;
    const grid = page.shadowRoot!.querySelector('models-grid')!;
    await until(
      () => grid.shadowRoot?.querySelector('tbody tr[data-id]'),
      'rows loaded after hydration',
    );
    // The dialogs the page loads once it has rendered (on demand: the root import defines them
    // when they are needed) have upgraded before the fixture is removed.
    await Promise.all(
      ['create-model-dialog', 'custom-models-guide', 'delete-model-dialog'].map((tag) =>
        customElements.whenDefined(tag),
      ),
    );
    api.dispose();
    localStorage.removeItem('customModelsGuideShown');
    expect(errors.filter((e) => !String(e).includes('Lit is in dev mode'))).to.deep.equal([]);
  });
});
