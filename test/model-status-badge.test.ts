import { expect, fixture, html } from '@open-wc/testing';
import '../src/model-status-badge.js';
import type { ModelStatusBadge } from '../src/model-status-badge.js';
import { TRAINING_STATUSES } from '../src/api/types.js';
import { contrastRatio, useShoelaceTheme } from './helpers/theme.js';

const EXPECTED = {
  1: { text: 'Not Running', hue: 'zinc' },
  2: { text: 'Ready to Run', hue: 'amber' },
  3: { text: 'Running', hue: 'sky' },
  4: { text: 'Success', hue: 'emerald' },
  5: { text: 'Failed', hue: 'red' },
} as const;

function visibleText(el: ModelStatusBadge): string {
  return el.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim();
}

function colours(el: ModelStatusBadge) {
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
  const style = getComputedStyle(base);
  return { color: style.color, background: style.backgroundColor };
}

describe('<model-status-badge>', () => {
  for (const status of TRAINING_STATUSES) {
    it(`shows "${EXPECTED[status].text}" for status ${status}`, async () => {
      const el = await fixture<ModelStatusBadge>(
        html`<model-status-badge status=${status}></model-status-badge>`,
      );
      expect(visibleText(el)).to.equal(EXPECTED[status].text);
      expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Training status: ${EXPECTED[status].text}`,
      );
    });
  }

  it('gives every status its own colour', async () => {
    const seen = new Set<string>();
    for (const status of TRAINING_STATUSES) {
      const el = await fixture<ModelStatusBadge>(
        html`<model-status-badge status=${status}></model-status-badge>`,
      );
      seen.add(colours(el).background);
    }
    expect(seen.size).to.equal(5);
  });

  it('uses the seed hues: amber for Ready to Run, red for Failed (hex fallbacks, no theme)', async () => {
    const amber = await fixture<ModelStatusBadge>(
      html`<model-status-badge status="2"></model-status-badge>`,
    );
    expect(colours(amber).background).to.equal('rgb(254, 243, 199)'); // amber-100
    const red = await fixture<ModelStatusBadge>(
      html`<model-status-badge status="5"></model-status-badge>`,
    );
    expect(colours(red).color).to.equal('rgb(153, 27, 27)'); // red-800
  });

  it('shows a neutral "Unknown" for any other value and never throws', async () => {
    for (const value of ['0', '6', '-1', 'abc', '']) {
      const el = await fixture<ModelStatusBadge>(
        html`<model-status-badge status=${value}></model-status-badge>`,
      );
      expect(visibleText(el)).to.equal('Unknown');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('data-status')).to.equal(
        'unknown',
      );
    }
    const missing = await fixture<ModelStatusBadge>(
      html`<model-status-badge></model-status-badge>`,
    );
    expect(visibleText(missing)).to.equal('Unknown');
  });

  it('re-renders when the attribute or property changes', async () => {
    const el = await fixture<ModelStatusBadge>(
      html`<model-status-badge status="1"></model-status-badge>`,
    );
    el.setAttribute('status', '3');
    await el.updateComplete;
    expect(visibleText(el)).to.equal('Running');
    el.status = 4;
    await el.updateComplete;
    expect(visibleText(el)).to.equal('Success');
    expect(el.getAttribute('status')).to.equal('4');
  });

  it('lets a host override one colour through its custom property', async () => {
    const el = await fixture<ModelStatusBadge>(
      html`<model-status-badge
        status="4"
        style="--cm-status-success-background: rgb(1, 2, 3)"
      ></model-status-badge>`,
    );
    expect(colours(el).background).to.equal('rgb(1, 2, 3)');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text contrast at least 4.5:1 for every status in the ${theme} theme`, async () => {
      const restore = await useShoelaceTheme(theme);
      try {
        for (const status of [...TRAINING_STATUSES, 9]) {
          const el = await fixture<ModelStatusBadge>(
            html`<model-status-badge status=${status}></model-status-badge>`,
          );
          const { color, background } = colours(el);
          expect(
            contrastRatio(color, background),
            `status ${status}: ${color} on ${background}`,
          ).to.be.at.least(4.5);
        }
      } finally {
        restore();
      }
    });
  }

  it('is accessible', async () => {
    const el = await fixture<ModelStatusBadge>(
      html`<model-status-badge status="5"></model-status-badge>`,
    );
    await expect(el).to.be.accessible();
  });
});
