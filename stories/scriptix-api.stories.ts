import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/custom-model-picker.js';
import '../src/custom-models-page.js';
import '../src/custom-models-provider.js';
import '../src/model-status-badge.js';
import { ScriptixApi } from '../src/adapters.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import type { MockRule, MockSeed } from '../test/server/scriptix-wire-mock.mjs';
import { createScriptixWireMock } from '../test/server/scriptix-wire-mock.mjs';
import { createMockFetch, createMockXhr } from './scriptix-mock-transport.js';

/**
 * The real HTTP adapter, `ScriptixApi`, with only the network mocked: its requests are answered in
 * the browser by the Scriptix wire-format mock the tests' HTTP server also uses. Everything
 * between the elements and the wire — URLs, auth headers, the `{ result, count, total_results }`
 * envelope, multipart uploads with progress, error bodies and statuses — is the real code.
 */
function scriptixApi(seed: MockSeed = {}, rules: MockRule[] = []): ScriptixApi {
  const mock = createScriptixWireMock({ trainingMs: 30_000, ...seed });
  mock.rules.push(...rules.map((rule) => ({ times: Infinity, ...rule })));
  return new ScriptixApi({
    token: 'storybook-token',
    fetch: createMockFetch(mock, { latencyMs: 250 }),
    xhr: createMockXhr(mock),
  });
}

interface Args {
  api: () => ScriptixApi;
}

const meta: Meta<Args> = {
  title: 'Adapters/ScriptixApi (mocked HTTP)',
  parameters: { layout: 'fullscreen' },
  args: { api: () => scriptixApi() },
  render: ({ api }) => {
    try {
      localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
    } catch {
      /* storage blocked: the page shows its guide */
    }
    return html`<div style="padding:1.5rem">
      <custom-models-page .api=${api()}></custom-models-page>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The whole page on ScriptixApi: list, sort, search, create, rename, upload, train, delete. */
export const WholePage: Story = {};

/** An ordinary user: the server's current-user call says CONTRIBUTOR, so no Delete. */
export const OrdinaryUser: Story = {
  args: {
    api: () =>
      scriptixApi({
        user: {
          id: 8,
          name: 'Cas',
          role: 'CONTRIBUTOR',
          organization: { id: 42, name: 'Acme Media' },
        },
      }),
  },
};

/** The list endpoint answers 503: the server's own message is shown. */
export const ServiceUnavailable: Story = {
  args: {
    api: () =>
      scriptixApi({}, [
        {
          path: 'speech-to-text/models',
          status: 503,
          body: { error: 'Scheduled maintenance until 14:00 UTC.' },
        },
      ]),
  },
};

/** Uploads answer 402 (no active subscription). */
export const NoSubscription: Story = { args: { api: () => scriptixApi({ subscription: false }) } };

/** The picker and status badges on the same adapter, inside a provider. */
export const PickerOnScriptixApi: Story = {
  render: ({ api }) => {
    const adapter = api();
    const badges = adapter.listModels({ page: 1, pageSize: 25 }).then((page) => page.items);
    const list = document.createElement('ul');
    list.style.cssText = 'list-style:none;padding:0;display:grid;gap:.25rem';
    void badges.then((items) => {
      for (const model of items) {
        const item = document.createElement('li');
        const badge = document.createElement('model-status-badge');
        badge.status = Number(model.trainingStatus);
        item.append(`${model.name} — ${model.baseLanguage.name} `, badge);
        list.append(item);
      }
    });
    return html`<div style="padding:1.5rem;max-width:28rem">
      <custom-models-provider .api=${adapter}>
        <custom-model-picker name="language"></custom-model-picker>
        <h3>All models</h3>
        ${list}
      </custom-models-provider>
    </div>`;
  },
};
