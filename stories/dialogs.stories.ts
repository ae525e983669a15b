import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/create-model-dialog.js';
import '../src/custom-models-guide.js';
import '../src/custom-models-provider.js';
import '../src/delete-model-dialog.js';
import '../src/translations/nl.js';
import type { CustomModel, CustomModelsApi } from '../src/api/types.js';
import { demoApi, withFaults } from './scenarios.js';

const sample: CustomModel = {
  id: '1',
  key: 'cm-medical-en-0001',
  name: 'Medical EN',
  baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
  trainingStatus: 1,
  lastModified: '2026-11-20T09:30:00Z',
};

const meta: Meta = {
  title: 'Elements/Dialogs',
  parameters: { layout: 'fullscreen' },
};
export default meta;

const provider = (api: CustomModelsApi, content: unknown) =>
  html`<custom-models-provider .api=${api}>${content}</custom-models-provider>`;

export const CreateOpen: StoryObj = {
  name: 'create-model-dialog: open',
  render: () => provider(demoApi(), html`<create-model-dialog open></create-model-dialog>`),
};
export const CreateLanguagesLoading: StoryObj = {
  name: 'create-model-dialog: languages loading',
  render: () =>
    provider(
      withFaults(demoApi(), { listTrainableLanguages: 'hang' }),
      html`<create-model-dialog open></create-model-dialog>`,
    ),
};
export const CreateLanguagesError: StoryObj = {
  name: 'create-model-dialog: languages failed',
  render: () =>
    provider(
      withFaults(demoApi(), {
        listTrainableLanguages: { kind: 'network', message: 'The service could not be reached.' },
      }),
      html`<create-model-dialog open></create-model-dialog>`,
    ),
};
export const CreateOrganizationLoading: StoryObj = {
  name: 'create-model-dialog: organization not loaded',
  render: () =>
    html`<create-model-dialog
      open
      .api=${withFaults(demoApi(), { getSession: 'hang' })}
    ></create-model-dialog>`,
};
export const CreatePlanLimit: StoryObj = {
  name: 'create-model-dialog: create fails (plan)',
  render: () =>
    provider(
      withFaults(demoApi(), {
        createModel: { kind: 'payment-required', message: 'Payment required' },
      }),
      html`<create-model-dialog open></create-model-dialog>`,
    ),
};
/**
 * Under Dutch, a name already taken: our Dutch sentence under "Naam", the service's own (English)
 * words after it as a detail (issue 24 #10). Filled in and submitted by its play function.
 */
export const CreateDuplicateNameDutch: StoryObj = {
  name: 'create-model-dialog: name taken, in Dutch',
  render: () =>
    html`<div lang="nl">
      ${provider(demoApi(), html`<create-model-dialog open></create-model-dialog>`)}
    </div>`,
  play: async ({ canvasElement }) => {
    const dialog = canvasElement.querySelector('create-model-dialog')!;
    const root = () => dialog.shadowRoot!;
    const wait = async (check: () => unknown) => {
      for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
    };
    await wait(() => root().querySelector('sl-select sl-option'));
    const name = root().querySelector<HTMLElement & { value: string }>('sl-input[name="name"]')!;
    name.value = 'Medical EN'; // the demo organisation's first model
    name.dispatchEvent(new CustomEvent('sl-input', { bubbles: true, composed: true }));
    const select = root().querySelector<HTMLElement & { value: string }>('sl-select')!;
    select.value = root().querySelector<HTMLElement & { value: string }>('sl-option')!.value;
    select.dispatchEvent(new CustomEvent('sl-change', { bubbles: true, composed: true }));
    await (dialog as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    root().querySelector<HTMLElement>('sl-button[type="submit"]')!.click();
    await wait(() => name.getAttribute('aria-invalid') === 'true');
  },
};
export const CreateDark: StoryObj = {
  name: 'create-model-dialog: dark',
  parameters: { theme: 'dark' },
  render: () => provider(demoApi(), html`<create-model-dialog open></create-model-dialog>`),
};
export const DeleteOpen: StoryObj = {
  name: 'delete-model-dialog: open',
  render: () =>
    provider(demoApi(), html`<delete-model-dialog open .model=${sample}></delete-model-dialog>`),
};
export const DeleteLongName: StoryObj = {
  name: 'delete-model-dialog: long name',
  render: () =>
    provider(
      demoApi(),
      html`<delete-model-dialog
        open
        .model=${{ ...sample, name: 'Cardiology and internal medicine '.repeat(6).trim() }}
      ></delete-model-dialog>`,
    ),
};
export const Guide: StoryObj = {
  name: 'custom-models-guide: open',
  render: () => html`<custom-models-guide open></custom-models-guide>`,
};
export const GuideDark: StoryObj = {
  name: 'custom-models-guide: dark',
  parameters: { theme: 'dark' },
  render: () => html`<custom-models-guide open></custom-models-guide>`,
};
