import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { textOf, until } from './helpers/shoelace.js';

/*
 * Two separately built copies of the package on one page, as two micro-frontends ship them
 * (test/server/package-copies.mjs bundles the package twice, each copy with its own Lit, Shoelace,
 * module state and version number). Copy A is imported first and defines the tags; copy B finds
 * them taken.
 */

type Copy = typeof import('../src/index.js') & {
  defineCustomModelsElements?: (registry: CustomElementRegistry) => void;
  scopedRegistriesSupported?: () => boolean;
};
const COPY_B_VERSION = '0.0.0-copy-b';

let a: Copy;
let b: Copy;
let ownVersion: string;
const warnings: string[] = [];

const MODEL = (id: string, name: string) => ({
  id,
  key: `cm-${id}`,
  name,
  baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
  trainingStatus: 4 as const,
  lastModified: '2026-01-01T10:00:00.000Z',
});

before(async () => {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  ownVersion = ((await (await fetch('/package.json')).json()) as { version: string }).version;
  try {
    a = (await import(/* @vite-ignore */ '/__copies__/a.js' as string)) as Copy;
    b = (await import(/* @vite-ignore */ '/__copies__/b.js' as string)) as Copy;
  } finally {
    console.warn = warn;
  }
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Puts `markup` in a fresh container on the page and returns the element `selector` finds. */
function mount<T extends HTMLElement>(markup: string, selector: string): T {
  const holder = document.createElement('div');
  document.body.append(holder);
  cleanups.push(() => holder.remove());
  holder.innerHTML = markup;
  return holder.querySelector<T>(selector)!;
}

/** Creates a model named `name` through the create dialog, as a user would. */
async function createThroughDialog(dialog: HTMLElement & { show(): void }, name: string) {
  dialog.show();
  const root = dialog.shadowRoot!;
  await until(() => root.querySelector('sl-select sl-option'), 'languages loaded');
  const input = root.querySelector<HTMLElement>('sl-input[name="name"]')!;
  input.focus();
  await sendKeys({ type: name });
  const select = root.querySelector<HTMLElement & { value: string; open: boolean }>('sl-select')!;
  select.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => select.open, 'select opened');
  await sendKeys({ press: 'Enter' });
  await until(() => select.value !== '', 'a language chosen');
  root.querySelector<HTMLElement>('sl-button[type="submit"]')!.click();
}

describe('two copies of the package on one page', () => {
  it('warns once, naming both versions, when the second copy finds the tags taken', () => {
    const ours = warnings.filter((text) => text.includes('custom-models'));
    expect(ours, ours.join('\n')).to.have.length(1);
    expect(ours[0]).to.include(COPY_B_VERSION);
    expect(ours[0]).to.include(`version ${ownVersion}`);
    expect(ours[0]).to.include('<custom-models-provider>');
  });

  it("shows the second copy's adapter sentence for its duplicate-name error", async () => {
    const api = new b.InMemoryCustomModelsApi({
      models: [MODEL('m1', 'Medical EN')],
      storage: null,
    });
    const dialog = mount<HTMLElement & { show(): void }>(
      '<custom-models-provider><create-model-dialog></create-model-dialog></custom-models-provider>',
      'create-model-dialog',
    );
    (dialog.parentElement as HTMLElement & { api: unknown }).api = api;
    // The root entry defines the dialog (loaded on demand) once one is in the document.
    await customElements.whenDefined('create-model-dialog');
    // The tag is copy A's, the adapter (and its errors) copy B's.
    expect(dialog).to.be.instanceOf(a.CreateModelDialog);
    await createThroughDialog(dialog, 'Medical EN');
    await until(
      () => /already exists|went wrong/.test(textOf(dialog.shadowRoot)),
      'the create refused',
    );
    expect(textOf(dialog.shadowRoot)).to.include(
      'A custom model named "Medical EN" already exists.',
    );
    expect(textOf(dialog.shadowRoot)).not.to.include('Something went wrong');
  });

  it('recognises errors and events of the other copy by their brand', () => {
    const error = new b.CustomModelsApiError('conflict', 'Taken.');
    expect(error instanceof a.CustomModelsApiError).to.equal(false);
    expect(a.CustomModelsApiError.is(error)).to.equal(true);
    expect(a.CustomModelsApiError.is(new Error('Taken.'))).to.equal(false);
    expect(a.isAbortError(b.CustomModelsApiError.aborted())).to.equal(true);
    const open = new b.ModelOpenEvent({ id: 'm1' });
    expect(a.ModelOpenEvent.is(open)).to.equal(true);
    expect(a.ModelDeletedEvent.is(open)).to.equal(false);
    expect(a.ModelOpenEvent.is(new CustomEvent('model-open', { detail: { id: 'm1' } }))).to.equal(
      false,
    );
  });

  describe('side by side, the second copy in a scoped registry', () => {
    /** A container whose shadow root uses a registry where copy B defined its elements. */
    function scopedRoot(): ShadowRoot {
      const registry = new CustomElementRegistry();
      b.defineCustomModelsElements!(registry);
      const holder = document.createElement('div');
      document.body.append(holder);
      cleanups.push(() => holder.remove());
      return holder.attachShadow({
        mode: 'open',
        customElementRegistry: registry,
      } as ShadowRootInit);
    }

    /** The tags under `root` (shadow trees included) that are not defined where they are. */
    function undefinedTags(root: ParentNode): string[] {
      const found = new Set<string>();
      const walk = (node: ParentNode) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.localName.includes('-') && !el.matches(':defined')) found.add(el.localName);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(root);
      return [...found];
    }

    it('runs both versions, each with its own classes and adapter', async () => {
      expect(b.scopedRegistriesSupported!()).to.equal(true);
      const pageA = mount<HTMLElement & { api: unknown }>(
        '<custom-models-page></custom-models-page>',
        'custom-models-page',
      );
      pageA.api = new a.InMemoryCustomModelsApi({
        models: [MODEL('a1', 'Model of copy A')],
        storage: null,
      });
      const root = scopedRoot();
      root.innerHTML = '<custom-models-page></custom-models-page>';
      const pageB = root.querySelector('custom-models-page') as HTMLElement & { api: unknown };
      pageB.api = new b.InMemoryCustomModelsApi({
        models: [MODEL('b1', 'Model of copy B')],
        storage: null,
      });
      expect(pageA).to.be.instanceOf(a.CustomModelsPage);
      expect(pageB).to.be.instanceOf(b.CustomModelsPage);
      await until(() => textOf(pageA).includes('Model of copy A'), "copy A's rows");
      await until(() => textOf(pageB).includes('Model of copy B'), "copy B's rows");
      expect(textOf(pageA)).not.to.include('Model of copy B');
      expect(textOf(pageB)).not.to.include('Model of copy A');
      // Copy B renders its own elements, its own Shoelace's included.
      const gridB = pageB.shadowRoot!.querySelector('models-grid')!;
      expect(gridB).to.be.instanceOf(b.ModelsGrid);
      expect(gridB).not.to.be.instanceOf(a.ModelsGrid);
      const buttonB = pageB.shadowRoot!.querySelector('sl-button')!;
      expect(buttonB.constructor).not.to.equal(customElements.get('sl-button'));
      expect(undefinedTags(root), 'tags left undefined in the scoped tree').to.deep.equal([]);
    });

    it("opens a model's details and shows the adapter's sentence in the scoped copy", async () => {
      const root = scopedRoot();
      root.innerHTML = '<custom-models-page></custom-models-page>';
      const page = root.querySelector('custom-models-page') as HTMLElement & { api: unknown };
      page.api = new b.InMemoryCustomModelsApi({
        models: [MODEL('b1', 'Medical EN')],
        storage: null,
      });
      const opened: Event[] = [];
      root.addEventListener('model-open', (event) => opened.push(event));
      const grid = () => page.shadowRoot?.querySelector('models-grid')?.shadowRoot;
      await until(() => grid()?.querySelector('tbody tr[data-id] .open.name'), 'rows');
      grid()!.querySelector<HTMLElement>('tbody tr[data-id] .open.name')!.click();
      // The event of copy B is recognised by copy A's class.
      expect(opened.length).to.equal(1);
      expect(a.ModelOpenEvent.is(opened[0])).to.equal(true);
      const details = () => page.shadowRoot!.querySelector('custom-model-details');
      await until(() => details()?.shadowRoot?.querySelector('h1, h2'), 'details shown');
      expect(details()).to.be.instanceOf(b.CustomModelDetails);
      expect(undefinedTags(root)).to.deep.equal([]);
      // Back to the list, then the create dialog of copy B with a duplicate name.
      page.setAttribute('model-id', '');
      await until(() => !details(), 'list shown');
      const newButton = [...page.shadowRoot!.querySelectorAll('sl-button')].find((button) =>
        textOf(button).includes('New Custom Model'),
      )!;
      newButton.click();
      const dialog = await (async () => {
        await until(
          () => page.shadowRoot!.querySelector('create-model-dialog')?.shadowRoot,
          'create dialog',
        );
        return page.shadowRoot!.querySelector('create-model-dialog') as HTMLElement & {
          show(): void;
        };
      })();
      expect(dialog).to.be.instanceOf(b.CreateModelDialog);
      await createThroughDialog(dialog, 'Medical EN');
      await until(
        () => /already exists|went wrong/.test(textOf(dialog.shadowRoot)),
        'the create refused',
      );
      expect(textOf(dialog.shadowRoot)).to.include(
        'A custom model named "Medical EN" already exists.',
      );
    });
  });
});
