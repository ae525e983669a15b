import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/custom-model-picker.js';
import '../src/custom-models-provider.js';
import type { CustomModel, CustomModelsApi, Language } from '../src/api/types.js';
import { demoApi, withFaults } from './scenarios.js';

interface Args {
  api: () => CustomModelsApi;
  required: boolean;
  disabled: boolean;
  value: string;
  label: string;
  helpText: string;
  filterThreshold: number;
  languages?: Language[];
}

const meta: Meta<Args> = {
  title: 'Elements/custom-model-picker',
  component: 'custom-model-picker',
  args: {
    api: () => demoApi(),
    required: false,
    disabled: false,
    value: '',
    label: '',
    helpText: 'Custom models appear once their training succeeded.',
    filterThreshold: 10,
  },
  render: (args) =>
    html`<div style="max-width:26rem;padding:1rem">
      <custom-models-provider .api=${args.api()}>
        <custom-model-picker
          name="language"
          value=${args.value}
          label=${args.label}
          help-text=${args.helpText}
          filter-threshold=${args.filterThreshold}
          ?required=${args.required}
          ?disabled=${args.disabled}
          .languages=${args.languages}
        ></custom-model-picker>
      </custom-models-provider>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The demo organisation: every language, with its successful models under it. */
export const Default: Story = {};

/** A custom model already chosen (`<languageId>:<modelId>`). */
export const WithValue: Story = { args: { value: '1:1' } };

export const Required: Story = { args: { required: true } };
export const Disabled: Story = { args: { disabled: true, value: '2' } };

const manyModels: CustomModel[] = Array.from({ length: 60 }, (_, i) => ({
  id: String(i + 1),
  key: `cm-${i + 1}`,
  name: `${['Medical', 'Legal', 'Finance', 'Sports', 'News', 'Podcast'][i % 6]} ${Math.floor(i / 6) + 1}`,
  baseLanguage: [
    { id: '1', key: 'en-gb', name: 'English' },
    { id: '2', key: 'nl-nl', name: 'Dutch' },
    { id: '3', key: 'de-de', name: 'German' },
  ][i % 3]!,
  trainingStatus: 4,
  lastModified: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
}));

/** Sixty successful models: a filter field narrows the list as you type. */
export const LongListWithFilter: Story = { args: { api: () => demoApi({ models: manyModels }) } };

/** The host's own language list; models are matched to it by language key. */
export const HostLanguages: Story = {
  args: {
    languages: [
      { id: 'en', key: 'en-gb', name: 'English (UK)' },
      { id: 'nl', key: 'nl-nl', name: 'Nederlands' },
    ],
  },
};

export const Loading: Story = {
  args: { api: () => withFaults(demoApi(), { listModels: 'hang' }) },
};
export const Empty: Story = { args: { api: () => demoApi({ models: [], languages: [] }) } };
export const NoTrainedModels: Story = { args: { api: () => demoApi({ models: [] }) } };
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

/** Inside a native form: submit shows what the form sends; Reset clears it. */
export const InAForm: Story = {
  args: { required: true },
  render: (args) => {
    const output = document.createElement('output');
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      output.textContent = JSON.stringify(Object.fromEntries(data));
    };
    return html`<form
      style="max-width:26rem;padding:1rem;display:grid;gap:.75rem"
      @submit=${onSubmit}
    >
      <custom-models-provider .api=${args.api()}>
        <custom-model-picker name="language" ?required=${args.required}></custom-model-picker>
      </custom-models-provider>
      <input type="file" name="media" aria-label="Media file" />
      <div style="display:flex;gap:.5rem">
        <button type="submit">Upload</button>
        <button type="reset">Reset</button>
      </div>
      ${output}
    </form>`;
  },
};

/**
 * Trained models whose accuracy was measured show their WER with the change against the base, in
 * the grid's words, so a user picks the better one; one being measured says so.
 */
export const WithWordErrorRates: Story = {
  args: {
    api: () =>
      demoApi({
        models: (
          [
            ['1', 'Support calls', 0.0842, 0.1153, undefined],
            ['2', 'Support calls (2025)', 0.1136, undefined, undefined],
            ['3', 'Order desk', undefined, undefined, undefined],
            ['4', 'Field interviews', undefined, undefined, 'running'],
          ] as const
        ).map(([id, name, wer, base, evaluation]) => ({
          id,
          key: `cm-${id}`,
          name,
          baseLanguage: { id: '2', key: 'nl-nl', name: 'Dutch' },
          trainingStatus: 4,
          lastModified: '2026-11-20T09:30:00.000Z',
          ...(wer === undefined ? {} : { wordErrorRate: wer }),
          ...(base === undefined ? {} : { baseWordErrorRate: base }),
          ...(evaluation ? { evaluationStatus: evaluation } : {}),
        })),
      }),
  },
};
