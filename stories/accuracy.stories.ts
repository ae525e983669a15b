import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/custom-models-provider.js';
import '../src/custom-model-details.js';
import '../src/translations/nl.js';
import type { CustomModel, CustomModelsApi, Dataset } from '../src/api/types.js';
import type { InMemoryOptions } from '../src/adapters.js';
import { demoApi } from './scenarios.js';

const model = (status: number): CustomModel => ({
  id: 'a',
  key: 'cm-support-calls-nl-7f3a',
  name: 'Support calls',
  baseLanguage: { id: '2', key: 'nl-nl', name: 'Dutch' },
  trainingStatus: status,
  lastModified: new Date().toISOString(),
});
const file = (id: string, name: string, kind: Dataset['kind'], sizeBytes: number): Dataset => ({
  id,
  name,
  kind,
  sizeBytes,
  uploadedAt: new Date().toISOString(),
});
const TRAINING = [
  file('1', 'calls-week-1.wav', 'audio', 48_000_000),
  file('2', 'calls-week-1.vtt', 'transcript', 64_000),
  file('3', 'glossary.txt', 'transcript', 9_000),
];
const TESTS = [
  file('t1', 'complaint-call.txt', 'test-set', 14_000),
  file('t2', 'order-by-phone.txt', 'test-set', 8_000),
  file('t3', 'noisy-warehouse.txt', 'test-set', 11_000),
];

/** An adapter with one model, its evaluation started when `start` is set. */
function api(
  status: number,
  datasets: Dataset[],
  options: InMemoryOptions & { start?: boolean } = {},
): () => CustomModelsApi {
  return () => {
    const adapter = demoApi({ models: [model(status)], datasets: { a: datasets }, ...options });
    if (options.start) void adapter.startEvaluation!('a');
    return adapter;
  };
}

interface Args {
  api: () => CustomModelsApi;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/custom-model-details/Accuracy',
  args: { lang: 'en', api: api(4, []) },
  argTypes: { api: { table: { disable: true } } },
  render: ({ api, lang }) =>
    html`<div style="max-width: 64rem; padding: 1.5rem">
      <custom-models-provider .api=${api()} lang=${lang}>
        <custom-model-details model-id="a" poll-interval="1000"></custom-model-details>
      </custom-models-provider>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Waits (up to 6 s) for the measurement to end on screen: the details poll every second. */
async function ended({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const details = canvasElement.querySelector('custom-model-details');
  for (let i = 0; i < 60; i++) {
    if (details?.shadowRoot?.querySelector('.accuracy-summary, .accuracy-failed')) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Trained, a test set uploaded, never measured: "Measure accuracy". */
export const NotMeasured: Story = { args: { api: api(4, [...TRAINING, ...TESTS]) } };
/** Not trained yet: the start is disabled with its reason. */
export const NeedsTraining: Story = { args: { api: api(1, [...TRAINING, ...TESTS]) } };
/** Trained, no test set: upload one first. */
export const NoTestSet: Story = { args: { api: api(4, TRAINING) } };
/** Measuring, with progress (slow, to look at). */
export const Running: Story = {
  args: { api: api(4, [...TRAINING, ...TESTS], { start: true, evaluationTimeMs: 120_000 }) },
};
/** The result: sentence, chart, breakdown, per-file table. */
export const Done: Story = {
  args: { api: api(4, [...TRAINING, ...TESTS], { start: true, evaluationTimeMs: 0 }) },
  play: ended,
};
/** Little matching training data: the custom model gains little. */
export const DoneLittleData: Story = {
  args: { api: api(4, [TRAINING[0]!, ...TESTS], { start: true, evaluationTimeMs: 0 }) },
  play: ended,
};
/** Failed, with the reason and Try again. */
export const Failed: Story = {
  args: {
    api: api(4, [...TRAINING, ...TESTS, file('t4', 'empty-call.txt', 'test-set', 0)], {
      start: true,
      evaluationTimeMs: 0,
    }),
  },
  play: ended,
};
export const DoneDark: Story = { ...Done, parameters: { theme: 'dark' } };
export const FailedDark: Story = { ...Failed, parameters: { theme: 'dark' } };
export const DoneDutch: Story = { args: { ...Done.args, lang: 'nl' }, play: ended };
export const RunningDutch: Story = { args: { ...Running.args, lang: 'nl' } };
/** An adapter without evaluations: no Accuracy section at all. */
export const NotOffered: Story = {
  args: { api: api(4, [...TRAINING, ...TESTS], { evaluations: false }) },
};
