import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import '../src/custom-models-provider.js';
import type { CustomModelsProvider } from '../src/custom-models-provider.js';
import { CustomModelsElement } from '../src/internal/base-element.js';
import { sessionResource } from '../src/controllers/store-resources.js';
import type { CustomModelsApi } from '../src/api/types.js';

/** A consumer as later elements are: it shows which adapter and role it received. */
class ProbeElement extends CustomModelsElement {
  private readonly sessionState = sessionResource(this, () => this.store);
  override render() {
    return html`<span id="api">${this.adapter ? 'api' : 'none'}</span
      ><span id="role">${this.sessionState.value?.role ?? ''}</span>`;
  }
  get usedAdapter(): CustomModelsApi | undefined {
    return this.adapter;
  }
}
customElements.define('probe-element', ProbeElement);

/** A shadow-DOM wrapper, to show context crosses shadow roots. */
class ShadowWrapper extends LitElement {
  override render() {
    return html`<div><probe-element></probe-element></div>`;
  }
}
customElements.define('shadow-wrapper', ShadowWrapper);

describe('<custom-models-provider>', () => {
  let apis: InMemoryCustomModelsApi[] = [];
  const makeApi = (role = 'ORGADMIN') => {
    const api = new InMemoryCustomModelsApi({ role });
    apis.push(api);
    return api;
  };
  afterEach(() => {
    apis.forEach((api) => api.dispose());
    apis = [];
  });

  it('gives its adapter to nested elements, also inside shadow roots', async () => {
    const api = makeApi();
    const provider = await fixture<CustomModelsProvider>(html`
      <custom-models-provider .api=${api}>
        <section><probe-element></probe-element></section>
        <shadow-wrapper></shadow-wrapper>
      </custom-models-provider>
    `);
    const direct = provider.querySelector<ProbeElement>('probe-element')!;
    const wrapped = provider
      .querySelector('shadow-wrapper')!
      .shadowRoot!.querySelector<ProbeElement>('probe-element')!;
    await direct.updateComplete;
    expect(direct.usedAdapter).to.equal(api);
    expect(wrapped.usedAdapter).to.equal(api);
  });

  it('works from plain HTML: api set after the markup is parsed', async () => {
    const provider = await fixture<CustomModelsProvider>(html`
      <custom-models-provider><probe-element></probe-element></custom-models-provider>
    `);
    const probe = provider.querySelector<ProbeElement>('probe-element')!;
    expect(probe.shadowRoot!.querySelector('#api')!.textContent).to.equal('none');
    provider.api = makeApi();
    await waitUntil(() => probe.shadowRoot!.querySelector('#api')!.textContent === 'api');
  });

  it('updates consumers and reloads the session when the adapter is replaced', async () => {
    const first = makeApi('ORGADMIN');
    const provider = await fixture<CustomModelsProvider>(html`
      <custom-models-provider .api=${first}><probe-element></probe-element></custom-models-provider>
    `);
    const probe = provider.querySelector<ProbeElement>('probe-element')!;
    await waitUntil(() => probe.shadowRoot!.querySelector('#role')!.textContent === 'ORGADMIN');
    const second = makeApi('USER');
    provider.api = second;
    await waitUntil(() => probe.shadowRoot!.querySelector('#role')!.textContent === 'USER');
    expect(probe.usedAdapter).to.equal(second);
  });

  it("prefers an element's own api over the provider's", async () => {
    const outer = makeApi();
    const own = makeApi();
    const provider = await fixture<CustomModelsProvider>(html`
      <custom-models-provider .api=${outer}
        ><probe-element .api=${own}></probe-element
      ></custom-models-provider>
    `);
    const probe = provider.querySelector<ProbeElement>('probe-element')!;
    await probe.updateComplete;
    expect(probe.usedAdapter).to.equal(own);
  });

  it('does not change layout: no shadow root, display contents', async () => {
    const provider = await fixture<CustomModelsProvider>(
      html`<custom-models-provider><p>child</p></custom-models-provider>`,
    );
    expect(provider.shadowRoot).to.equal(null);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.querySelector('p')!.textContent).to.equal('child');
  });

  it('keeps the error when the session cannot load', async () => {
    const api = makeApi();
    api.getSession = () => Promise.reject(new Error('boom'));
    const provider = await fixture<CustomModelsProvider>(
      html`<custom-models-provider .api=${api}></custom-models-provider>`,
    );
    await waitUntil(() => provider.sessionError !== undefined);
    expect(provider.session).to.equal(undefined);
  });
});
