import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController, registerEnglish } from '../src/i18n/localize.js';
import { registerCustomModelsTranslation } from '../src/i18n/host-translations.js';
import { en } from '../src/i18n/en.js';
import { details as englishDetails } from '../src/i18n/en/details.js';

class Reader extends LitElement {
  readonly localize = new LocalizeController(this);
}
if (!customElements.get('cm-host-strings-reader'))
  customElements.define('cm-host-strings-reader', Reader);

const english = { $code: 'en', $name: 'English', $dir: 'ltr' } as const;

describe('registerCustomModelsTranslation', () => {
  afterEach(() => {
    // Back to the library's strings, for the tests after this one.
    registerCustomModelsTranslation({
      ...english,
      'cm.details.back': en['cm.details.back'],
      'cm.details.rename': en['cm.details.rename'],
    });
  });

  it("merges a host's registrations: both overrides hold, also over a view's strings that load later", async () => {
    const reader = await fixture<Reader>(
      html`<cm-host-strings-reader lang="en"></cm-host-strings-reader>`,
    );
    registerCustomModelsTranslation({ ...english, 'cm.details.back': 'Back to our models' });
    registerCustomModelsTranslation({ ...english, 'cm.details.rename': 'Change the name' });
    // What the details' module does when it loads after the host's overrides.
    registerEnglish(englishDetails);
    reader.requestUpdate();
    await reader.updateComplete;
    expect(reader.localize.term('cm.details.back')).to.equal('Back to our models');
    expect(reader.localize.term('cm.details.rename')).to.equal('Change the name');
  });
});
