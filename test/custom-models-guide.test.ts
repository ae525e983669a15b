import { expect, fixture, html } from '@open-wc/testing';
import type SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import '../src/custom-models-guide.js';
import type { CustomModelsGuide } from '../src/custom-models-guide.js';
import { disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';

disableShoelaceAnimations();

describe('<custom-models-guide>', () => {
  it('shows the title, the four sections with their icons, and closes with "Got it"', async () => {
    const guide = await fixture<CustomModelsGuide>(
      html`<custom-models-guide open></custom-models-guide>`,
    );
    const dialog = guide.shadowRoot!.querySelector('sl-dialog')!;
    await until(() => dialog.open, 'opened');
    expect(dialog.getAttribute('label')).to.equal('Getting started with custom models');
    const sections = [...guide.shadowRoot!.querySelectorAll('[part="section"]')];
    expect(sections.map((s) => s.querySelector('h3')!.textContent!.trim())).to.deep.equal([
      'What are custom models',
      'What you need',
      'Only have audio files',
      'After training',
    ]);
    expect(sections.map((s) => s.querySelector('sl-icon')!.getAttribute('name'))).to.deep.equal([
      'stars',
      'file-earmark-text',
      'file-earmark-music',
      'check-circle',
    ]);
    expect(textOf(sections[1])).to.contain('Audio files paired with accurate transcripts');
    expect(textOf(sections[2])).to.contain('Use Force Alignment to add timestamps');
    const gotIt = guide.shadowRoot!.querySelector<SlButton>('sl-button')!;
    expect(gotIt.textContent!.trim()).to.equal('Got it');
    gotIt.click();
    await until(() => !guide.open && !dialog.open, 'closed');
  });

  it('is accessible when open', async () => {
    const guide = await fixture<CustomModelsGuide>(
      html`<custom-models-guide open></custom-models-guide>`,
    );
    await until(() => guide.shadowRoot!.querySelector('sl-dialog')!.open, 'opened');
    await expect(guide).to.be.accessible();
  });
});
