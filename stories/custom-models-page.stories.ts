import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/custom-models-page.js';
import '../src/custom-models-provider.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import type { CustomModelsApi } from '../src/api/types.js';
import type { NotifyEvent } from '../src/events/events.js';
import { demoApi, withFaults } from './scenarios.js';

interface Args {
  api: () => CustomModelsApi;
  guideSeen: boolean;
  modelId: string;
}

const meta: Meta<Args> = {
  title: 'Pages/custom-models-page',
  component: 'custom-models-page',
  parameters: { layout: 'fullscreen' },
  args: { api: () => demoApi(), guideSeen: true, modelId: '' },
  render: ({ api, guideSeen, modelId }) => {
    try {
      if (guideSeen) localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
      else localStorage.removeItem(GUIDE_SHOWN_KEY);
    } catch {
      /* storage blocked: the page copes */
    }
    return html`<div style="padding:1.5rem">
      <custom-models-provider .api=${api()}>
        <custom-models-page model-id=${modelId}></custom-models-page>
      </custom-models-provider>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** An organization administrator: every action, Delete included. */
export const Admin: Story = {};
/** An ordinary user: no Delete anywhere. */
export const OrdinaryUser: Story = { args: { api: () => demoApi({ role: 'USER' }) } };
/** The first visit opens the getting-started guide by itself. */
export const FirstVisit: Story = { args: { guideSeen: false } };
export const Loading: Story = {
  args: { api: () => withFaults(demoApi(), { listModels: 'hang' }) },
};
export const Empty: Story = { args: { api: () => demoApi({ models: [] }) } };
export const LoadError: Story = {
  args: {
    api: () =>
      withFaults(demoApi(), {
        listModels: {
          kind: 'server',
          message: 'The service is temporarily unavailable. Please try again later.',
        },
      }),
  },
};
/** The plan's model limit reached: "New Custom Model" is disabled with the reason. */
export const PlanLimitReached: Story = {
  args: { api: () => demoApi({ organization: { customModelLimit: 12 } }) },
};
/** Deep link to one model's details (`model-id`). */
export const ModelDetails: Story = { args: { modelId: '1' } };
export const Dark: Story = { parameters: { theme: 'dark' } };

/**
 * In Dutch whatever the toolbar says: the page follows the nearest `lang`, here a wrapper's, and
 * formats dates, numbers and language names for it. Use the Locale toolbar for the other languages.
 */
export const Dutch: Story = {
  render: (args, context) => html`<div lang="nl">${meta.render!(args, context)}</div>`,
};
/** Dutch, with one model's details open (status panel, datasets, upload). */
export const DutchDetails: Story = { ...Dutch, args: { modelId: '1' } };

/**
 * A host's own brand applied from outside: Shoelace's primary palette and font set on a wrapper,
 * plus one badge colour; nothing in the library's source changes.
 */
export const HostTheme: Story = {
  render: (args, context) =>
    html`<div
      style="--sl-color-primary-50:#f5f3ff;--sl-color-primary-100:#ede9fe;--sl-color-primary-600:#6d28d9;--sl-color-primary-700:#5b21b6;--sl-font-sans:Georgia, 'Times New Roman', serif;--cm-font-family:Georgia, serif;--cm-status-success-background:#ede9fe;--cm-status-success-color:#4c1d95;--cm-status-success-border:#c4b5fd;--sl-border-radius-medium:0"
    >
      ${meta.render!(args, context)}
    </div>`,
};

/** A narrow column of a host portal (22rem): the banner as a summary, each row stacked. */
export const NarrowColumn: Story = {
  render: (args, context) =>
    html`<div style="max-width: 22rem; border-inline-end: 1px dashed var(--sl-color-neutral-300)">
      ${meta.render!(args, context as never)}
    </div>`,
};
/** The limit reached in a narrow column: the buttons stay together, the message under them. */
export const NarrowLimitReached: Story = {
  ...NarrowColumn,
  args: { api: () => demoApi({ organization: { customModelLimit: 12 } }) },
};

/** A run that ends while the list is shown: one toast (and one notice), however many views. */
export const TrainingEnds: Story = {
  args: { api: () => demoApi({ runSeededTraining: true, trainingTimeMs: 3000 }) },
};

/**
 * A host with its own notification centre: it cancels every `custom-models-notify` and lists it
 * (by `kind`) beside the page, which then shows no toast. Create, delete or rename a model, or
 * wait for the running one to end.
 */
export const HostNotificationCentre: Story = {
  args: TrainingEnds.args!,
  render: (args, context) => {
    const centre = document.createElement('div');
    centre.setAttribute('role', 'log');
    centre.setAttribute('aria-label', 'Host notifications');
    const list = centre.appendChild(document.createElement('ol'));
    const onNotify = (event: NotifyEvent) => {
      event.preventDefault();
      const item = document.createElement('li');
      item.textContent = `[${event.detail.kind}] ${event.detail.message}`;
      list.prepend(item);
    };
    return html`<div @custom-models-notify=${onNotify}>
      <section style="padding:0 1.5rem; font: var(--sl-font-size-small) var(--sl-font-sans)">
        <h2 style="font-size: var(--sl-font-size-medium)">Host notifications</h2>
        ${centre}
      </section>
      ${meta.render!(args, context as never)}
    </div>`;
  },
};

/**
 * Toasts at the top of the window, two at a time: after two deletes and a failure, the newest
 * notices show (the oldest passing one gave its place) and the grid's pager and row actions stay
 * clear (issue 24 #17).
 */
export const Toasts: Story = {
  play: async ({ canvasElement }) => {
    const page = canvasElement.querySelector('custom-models-page')!;
    await page.updateComplete;
    page.notify('success', 'Custom model "Legal NL" deleted.');
    page.notify('success', 'Custom model "Finance DE" deleted.');
    page.notify('danger', 'The model "Radio DE" could not be deleted: the service is unavailable.');
  },
};
