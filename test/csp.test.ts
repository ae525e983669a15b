import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import { goodBytes } from './helpers/dataset-fixtures.js';

/*
 * The elements under a portal's strict Content-Security-Policy, sent as a real response header
 * (test/server/csp-middleware.mjs serves test/csp/page.html with it). The page runs in a frame of
 * the test page, so the policy is the frame's own; the test walks the main flows in it as a user
 * and fails on any `securitypolicyviolation` (a blocked fetch, inline style or script) and on any
 * icon left blank.
 */

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";

type FrameWindow = Window & typeof globalThis;

/** Every element under `root`, shadow trees included (no `instanceof`: the frame is another realm). */
function deepAll(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      out.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root as ParentNode);
  return out;
}

function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    const shadow = (n as Element).shadowRoot;
    if (shadow) shadow.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const until = (predicate: () => unknown, message: string, timeout = 6000) =>
  waitUntil(predicate, message, { timeout });

const shown = (element: Element) => element.getClientRects().length > 0;

async function loadFrame(search = ''): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.width = '1280';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/csp/page.html${search}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await until(() => 'cspReady' in win, 'page script ran');
  await win.cspReady;
  return { frame, win };
}

/**
 * Icons that should show and do not: every `<sl-icon>` with a name, shown on screen, must have
 * drawn shapes (an `<svg>` with more than Shoelace's sprite-sheet `<use>`).
 */
function blankIcons(doc: Document): string[] {
  return deepAll(doc.body)
    .filter((element) => element.localName === 'sl-icon' && element.getAttribute('name'))
    .filter(shown)
    .filter((icon) => {
      const svg = icon.shadowRoot?.querySelector('svg');
      return !svg || ![...svg.children].some((child) => child.localName !== 'use');
    })
    .map((icon) => `${icon.getAttribute('library') ?? 'default'}/${icon.getAttribute('name')}`);
}

/** The walk through the main flows, in a frame served with `policy` (`search` asks the server for it). */
function walkUnder(title: string, search: string, policy: string) {
  describe(title, function () {
    this.timeout(20_000);
    let frame: HTMLIFrameElement;
    let win: FrameWindow;
    let doc: Document;
    let guideShown: string | null;

    const page = () => doc.querySelector('custom-models-page')!.shadowRoot!;
    const grid = () => page().querySelector('models-grid')!.shadowRoot!;
    const button = (root: ParentNode, label: string) =>
      [...root.querySelectorAll<HTMLElement>('sl-button, button')].find(
        (b) => textOf(b) === label || b.getAttribute('aria-label') === label,
      );

    /** After each step: no violation, no error, no blank icon. */
    async function expectClean(step: string) {
      // Icons draw after their element's update: let what the step rendered settle, then wait for them.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await until(() => blankIcons(doc).length === 0, `${step}: icons drawn`, 2000).catch(() => {});
      expect(win.cspViolations, `${step}: CSP violations`).to.deep.equal([]);
      expect(win.cspErrors, `${step}: errors`).to.deep.equal([]);
      expect(blankIcons(doc), `${step}: blank icons`).to.deep.equal([]);
    }

    // The frame loads the whole package as separate modules, as a development server serves them.
    before(async function () {
      this.timeout(60_000);
      guideShown = localStorage.getItem(GUIDE_SHOWN_KEY);
      // A first visit: the guide opens by itself (the frame shares this origin's storage).
      localStorage.removeItem(GUIDE_SHOWN_KEY);
      ({ frame, win } = await loadFrame(search));
      doc = frame.contentDocument!;
    });
    after(() => {
      frame?.remove();
      if (guideShown === null) localStorage.removeItem(GUIDE_SHOWN_KEY);
      else localStorage.setItem(GUIDE_SHOWN_KEY, guideShown);
    });

    it('is served with the policy as its response header', async () => {
      const response = await fetch(`/test/csp/page.html${search}`);
      expect(response.headers.get('content-security-policy')).to.equal(policy);
    });

    it('shows the list and the first-visit guide, every icon drawn, nothing blocked', async () => {
      await until(() => grid().querySelector('tbody tr[data-id]'), 'rows shown');
      const guide = page().querySelector('custom-models-guide')!;
      await until(() => guide.shadowRoot?.querySelector('sl-dialog[open]'), 'guide opened');
      await expectClean('list and guide');
      const headerIcons = deepAll(page().querySelector('[part="header"]')!).filter(
        (e) => e.localName === 'sl-icon',
      );
      expect(headerIcons.length, 'header icons').to.be.greaterThan(1);
      guide.shadowRoot!.querySelector<HTMLElement>('sl-dialog sl-button')!.click();
      await until(() => !guide.shadowRoot!.querySelector('sl-dialog[open]'), 'guide closed');
    });

    it("opens the grid's Columns menu", async () => {
      const columns = button(grid(), 'Columns')!;
      columns.click();
      await until(
        () => deepAll(grid()).some((e) => e.getAttribute('role') === 'menu' && shown(e)),
        'columns menu shown',
      );
      await expectClean('columns menu');
      await sendKeys({ press: 'Escape' });
    });

    it('creates a model in the create dialog', async () => {
      button(page(), 'New Custom Model')!.click();
      const dialog = page().querySelector('create-model-dialog')!.shadowRoot!;
      await until(() => dialog.querySelector('sl-dialog[open] sl-select'), 'create dialog opened');
      dialog.querySelector<HTMLElement>('sl-input[name="name"]')!.focus();
      await sendKeys({ type: 'Under CSP' });
      const select = dialog.querySelector<HTMLElement & { open: boolean; value: string }>(
        'sl-select',
      )!;
      select.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => select.open, 'language list opened');
      await expectClean('create dialog, language list open');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await until(() => select.value, 'language chosen');
      dialog.querySelector<HTMLElement>('sl-button[type="submit"]')!.click();
      await until(() => page().querySelector('[part="toast"]'), 'created toast');
      await until(() => !dialog.querySelector('sl-dialog[open]'), 'create dialog closed');
      await expectClean('created');
    });

    it('deletes a model in the confirmation, sized by --cm-delete-dialog-width', async () => {
      const remove = grid().querySelector<HTMLElement>(
        'button[data-action="delete"]:not([aria-disabled])',
      )!;
      const name = remove.getAttribute('aria-label')!;
      remove.click();
      const dialog = () =>
        page().querySelector('delete-model-dialog')?.shadowRoot?.querySelector('sl-dialog[open]');
      await until(dialog, 'delete confirmation opened');
      const panel = dialog()!.shadowRoot!.querySelector('[part="panel"]')!;
      // page.css (the host's stylesheet) sets --cm-delete-dialog-width: 37rem.
      await until(() => panel.getBoundingClientRect().width === 37 * 16, 'dialog 37rem wide');
      await expectClean('delete confirmation');
      dialog()!.querySelector<HTMLElement>('sl-button[variant="danger"]')!.click();
      await until(() => !grid().querySelector(`[aria-label="${name}"]`), 'model deleted');
      await expectClean('deleted');
    });

    it('opens a trained model, uploads a test set and measures its accuracy', async () => {
      const trained = [...grid().querySelectorAll('tbody tr[data-id]')].find((row) =>
        textOf(row).includes('Success'),
      )!;
      trained.querySelector<HTMLElement>('button[data-action="edit"]')!.click();
      const details = () => page().querySelector('custom-model-details')?.shadowRoot;
      // Test sets go to the Accuracy section's upload (the Datasets one takes training data only).
      await until(() => details()?.querySelector('.test-set-upload'), 'details shown');
      await expectClean('details');

      const upload = details()!.querySelector('.test-set-upload')!.shadowRoot!;
      await until(() => upload.host.getAttribute('upload-as') === 'test-set', 'a test set upload');
      const uploaded = new Promise((resolve) =>
        doc.addEventListener('dataset-uploaded', resolve, { once: true }),
      );
      const input = upload.querySelector<HTMLInputElement>('input[type="file"]')!;
      const files = new win.DataTransfer();
      // Bytes the upload's pre-flight reads as good: a WAV header, a transcript with speech.
      for (const name of ['interview.wav', 'interview.txt']) {
        files.items.add(new win.File([goodBytes(name, 4096) as BlobPart], name));
      }
      input.files = files.files;
      input.dispatchEvent(new win.Event('change', { bubbles: true }));
      await uploaded;
      await expectClean('uploaded');

      const evaluated = new Promise((resolve) =>
        doc.addEventListener('model-evaluated', resolve, { once: true }),
      );
      // Enabled once both files of the item are in (audio with its reference).
      await until(
        () => button(details()!, 'Measure accuracy')?.hasAttribute('disabled') === false,
        'Measure accuracy offered',
      );
      button(details()!, 'Measure accuracy')!.click();
      await evaluated;
      await expectClean('accuracy measured');
    });

    it('goes back to the list and opens the picker', async () => {
      button(
        page().querySelector('custom-model-details')!.shadowRoot!,
        'Back to custom models',
      )!.click();
      await until(
        () =>
          !page().querySelector('custom-model-details') &&
          grid().querySelector('tbody tr[data-id]'),
        'list shown again',
      );
      const picker = doc.querySelector('custom-model-picker')!.shadowRoot!;
      const select = picker.querySelector<HTMLElement & { open: boolean }>('sl-select')!;
      await until(() => select.querySelector('sl-option'), 'picker options loaded');
      select.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => select.open, 'picker opened');
      await expectClean('picker');
      await sendKeys({ press: 'Escape' });
    });
  });
}

walkUnder('under a strict Content-Security-Policy (a real response header)', '', POLICY);
// Trusted Types required, and Lit's `lit-html` the only policy allowed: nothing else may create one.
walkUnder(
  "with Trusted Types required (require-trusted-types-for 'script')",
  '?tt',
  `${POLICY}; require-trusted-types-for 'script'; trusted-types lit-html`,
);
