import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/custom-model-details.js';
import '../src/custom-model-picker.js';
import '../src/models-grid.js';
import '../src/create-model-dialog.js';
import '../src/dataset-upload.js';
import type { DatasetUpload } from '../src/dataset-upload.js';
import type { ApiErrorKind } from '../src/api/errors.js';
import type { CustomModel } from '../src/api/types.js';
import { RecordingApi } from './helpers/recording-api.js';
import { goodFile } from './helpers/dataset-fixtures.js';

/*
 * One function (src/internal/error-message.ts) turns an adapter's failure into what the user
 * reads: the adapter's own message, as the README promises. Every element shows the same words.
 */

const MODEL: CustomModel = {
  id: 'm1',
  key: 'cm-m1',
  name: 'Medical EN',
  baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
  trainingStatus: 4,
  lastModified: '2026-01-01T10:00:00.000Z',
};

/** Every text under `root`, shadow trees included, with white space collapsed. */
function shownText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const apis: RecordingApi[] = [];
afterEach(() => {
  for (const api of apis.splice(0)) api.dispose();
});

function failingApi(kind: ApiErrorKind, message: string): RecordingApi {
  const api = new RecordingApi({ models: [MODEL], storage: null });
  api.fail('getModel', kind, message);
  api.fail('listModels', kind, message);
  apis.push(api);
  return api;
}

async function inProvider(api: RecordingApi, tag: string) {
  const provider = await fixture<HTMLElement>(
    html`<custom-models-provider .api=${api}></custom-models-provider>`,
  );
  const el = document.createElement(tag);
  if (tag === 'custom-model-details') el.setAttribute('model-id', 'm1');
  provider.append(el);
  return el;
}

const FAILURES: Array<[ApiErrorKind, string]> = [
  ['network', 'The VPN gateway of Acme is down; IT is on it (ticket 4711).'],
  ['server', 'Scheduled maintenance until 14:00 UTC.'],
  ['forbidden', 'Your role Viewer may not open custom models of the Legal team.'],
  ['not-found', 'Anna deleted this custom model on 3 March.'],
];

describe('every element shows the adapter’s message', () => {
  for (const [kind, message] of FAILURES) {
    for (const tag of ['models-grid', 'custom-model-details', 'custom-model-picker']) {
      it(`<${tag}> on a ${kind} failure`, async () => {
        const el = await inProvider(failingApi(kind, message), tag);
        await waitUntil(
          () => el.shadowRoot?.querySelector('[role="alert"], sl-alert[variant="danger"]'),
          `<${tag}> shows no error`,
        );
        expect(shownText(el.shadowRoot!)).to.contain(message);
      });
    }
  }

  const [, message] = FAILURES[0]!;

  it('<create-model-dialog> when the languages do not load', async () => {
    const api = failingApi('network', message);
    api.fail('listTrainableLanguages', 'network', message);
    const el = await inProvider(api, 'create-model-dialog');
    (el as HTMLElement & { open: boolean }).open = true;
    await waitUntil(() => shownText(el.shadowRoot!).includes(message), 'no message shown');
  });

  it('<dataset-upload> when a file does not upload', async () => {
    const api = failingApi('network', message);
    api.fail('uploadDataset', 'network', message);
    const el = (await inProvider(api, 'dataset-upload')) as DatasetUpload;
    el.modelId = 'm1';
    await el.updateComplete;
    el.addFiles([goodFile('talk.wav')]);
    await waitUntil(() => el.shadowRoot!.querySelector('.file-error'), 'the upload does not fail');
    expect(shownText(el.shadowRoot!.querySelector('.file-error')!)).to.contain(message);
  });
});
