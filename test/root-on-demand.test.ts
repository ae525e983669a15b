import { expect } from '@open-wc/testing';
import * as root from '../src/index.js';
import type { CustomModel } from '../src/api/types.js';
import { defineOnDemand } from '../src/internal/define-on-demand.js';
import { LazyModule } from '../src/internal/lazy-module.js';
import { findByRole } from './helpers/by-role.js';
import { disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';

/*
 * The root entry (`import '@scriptix/custom-models-elements'`, as the README shows it) defines the
 * list's elements at once and the parts the page shows on demand when one first appears in the
 * document: their modules load then, so a host's build keeps them out of its entry
 * (test/node/host-build.test.mjs measures that build).
 */

disableShoelaceAnimations();

const ON_DEMAND = [
  'custom-model-details',
  'dataset-upload',
  'create-model-dialog',
  'delete-model-dialog',
  'custom-models-guide',
] as const;
const AT_ONCE = [
  'custom-models-provider',
  'custom-models-page',
  'models-grid',
  'model-status-badge',
  'custom-model-picker',
] as const;

const MODEL: CustomModel = {
  id: 'm1',
  key: 'cm-m1',
  name: 'Medical EN',
  baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
  trainingStatus: 0,
  lastModified: '2026-01-01T10:00:00.000Z',
};

const holders: HTMLElement[] = [];
afterEach(() => holders.splice(0).forEach((holder) => holder.remove()));

/** A provider on the in-memory adapter, in the document; `markup` goes inside it. */
function mount(markup: string): HTMLElement {
  const holder = document.createElement('div');
  holders.push(holder);
  const provider = document.createElement('custom-models-provider') as HTMLElement & {
    api: unknown;
  };
  provider.api = new root.InMemoryCustomModelsApi({ models: [MODEL], storage: null });
  provider.innerHTML = markup;
  holder.append(provider);
  document.body.append(holder);
  return provider;
}

describe('the root entry', () => {
  it('defines the list at once and the on-demand parts only when one is in the document', () => {
    for (const tag of AT_ONCE) expect(customElements.get(tag), tag).to.be.a('function');
    for (const tag of ON_DEMAND) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('defines the details when a host adds them, keeping what was set before', async () => {
    const provider = mount('');
    const details = document.createElement('custom-model-details') as HTMLElement & {
      modelId: string;
    };
    // Set before the tag is defined: kept for the element once it upgrades.
    details.modelId = 'm1';
    provider.append(details);
    await customElements.whenDefined('custom-model-details');
    expect(details).to.be.instanceOf(root.CustomModelDetails);
    await until(() => textOf(details.shadowRoot).includes('Medical EN'), 'the model shows');
    // The details render the upload, whose definition came with them.
    expect(customElements.get('dataset-upload')).to.equal(root.DatasetUpload);
  });

  it('defines a dialog in markup added deep inside the page, and it works', async () => {
    const provider = mount('<section><div></div></section>');
    provider.querySelector('div')!.innerHTML = '<create-model-dialog></create-model-dialog>';
    const dialog = provider.querySelector('create-model-dialog') as HTMLElement & {
      show(): void;
    };
    await customElements.whenDefined('create-model-dialog');
    expect(dialog).to.be.instanceOf(root.CreateModelDialog);
    dialog.show();
    await findByRole(dialog.shadowRoot!, 'dialog', { name: /new custom model/i });
  });

  it('loads a tag that is in the document already, and retries a failed load on the next one', async () => {
    const early = document.createElement('x-on-demand-early');
    document.body.append(early);
    holders.push(early);
    defineOnDemand([
      new LazyModule('x-on-demand-early', async () => {
        customElements.define('x-on-demand-early', class extends HTMLElement {});
      }),
    ]);
    await customElements.whenDefined('x-on-demand-early');

    let attempts = 0;
    const errors: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args[0]);
    try {
      defineOnDemand([
        new LazyModule('x-on-demand-flaky', async () => {
          attempts += 1;
          if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
          customElements.define('x-on-demand-flaky', class extends HTMLElement {});
        }),
      ]);
      mount('<x-on-demand-flaky></x-on-demand-flaky>');
      await until(() => errors.length === 1, 'the failure reported');
      expect(String(errors[0])).to.include('<x-on-demand-flaky> could not be loaded');
      expect(customElements.get('x-on-demand-flaky')).to.equal(undefined);
      mount('<x-on-demand-flaky></x-on-demand-flaky>');
      await customElements.whenDefined('x-on-demand-flaky');
      expect(attempts).to.equal(2);
    } finally {
      console.error = error;
    }
  });
});
