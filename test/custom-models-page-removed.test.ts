/*
 * A page removed while the module of the dialog it was asked to open still loads. Its own file:
 * the create dialog's module must not be loaded yet, which only the first page of a test file can
 * be sure of.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/custom-models-page.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import { captureErrors } from './helpers/errors.js';
import { RecordingApi } from './helpers/recording-api.js';

describe('<custom-models-page> removed while its create dialog loads', () => {
  afterEach(() => localStorage.removeItem(GUIDE_SHOWN_KEY));

  it('opens nothing and throws nothing once the dialog has loaded', async () => {
    localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
    const api = new RecordingApi({ storage: null });
    const errors = captureErrors();
    try {
      const page = await fixture<CustomModelsPage>(
        html`<custom-models-page .api=${api}></custom-models-page>`,
      );
      expect(customElements.get('create-model-dialog'), 'the dialog is still loading').to.equal(
        undefined,
      );
      page.openCreateDialog();
      page.remove();
      await customElements.whenDefined('create-model-dialog');
      // The page's own continuation runs after the module settles and its update completes.
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
      const dialog = page.shadowRoot!.querySelector('create-model-dialog') as
        (HTMLElement & { open?: boolean }) | null;
      expect(dialog?.open ?? false, 'nothing opened').to.equal(false);
    } finally {
      await errors.check();
      api.dispose();
    }
  });
});
