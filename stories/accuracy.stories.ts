import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/custom-models-provider.js';
import '../src/custom-model-details.js';
import '../src/translations/nl.js';
import type { CustomModel, CustomModelsApi, Dataset } from '../src/api/types.js';
import type { InMemoryOptions } from '../src/adapters.js';
import { demoApi, waitFor } from './scenarios.js';
import { ItemsApi, betterItems, fewItems, worseItems } from '../test/helpers/accuracy-items.js';
import type { EvaluationItem } from '../src/api/types.js';

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
  file('a1', 'complaint-call.wav', 'test-set', 2_400_000),
  file('t1', 'complaint-call.txt', 'test-set', 14_000),
  file('a2', 'order-by-phone.wav', 'test-set', 1_800_000),
  file('t2', 'order-by-phone.txt', 'test-set', 8_000),
  file('a3', 'noisy-warehouse.wav', 'test-set', 2_100_000),
  file('t3', 'noisy-warehouse.txt', 'test-set', 11_000),
];
/** Each item's audio and reference transcript, as the test set's datasets. */
const testFilesOf = (items: EvaluationItem[]) =>
  items.flatMap((item, i) => [
    file(`ia${i}`, `${item.name}.wav`, 'test-set', 2_000_000),
    file(`it${i}`, `${item.name}.txt`, 'test-set', 9_000),
  ]);

/** An adapter whose evaluation answers hand-made items with texts (scored on screen). */
function itemsApi(items: EvaluationItem[], measured = true): () => CustomModelsApi {
  return () =>
    new ItemsApi(items, {
      models: [model(4)],
      datasets: { a: [...TRAINING, ...testFilesOf(items)] },
      measured,
      runningReads: 1_000_000,
    });
}

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
  await waitFor(() =>
    details?.shadowRoot?.querySelector(
      '.accuracy-verdict, .accuracy-failed, .accuracy-totals-only',
    ),
  );
}

/** Opens the first test item of the word-by-word view. */
async function inspect(context: { canvasElement: HTMLElement }): Promise<void> {
  await ended(context);
  const root = context.canvasElement.querySelector('custom-model-details')?.shadowRoot;
  root?.querySelector<HTMLElement>('.items .item summary')?.click();
}

/** The result: custom better, with its interval (12 items, 30 minutes). */
export const ResultBetter: Story = { args: { api: itemsApi(betterItems()) }, play: ended };
/** The result: custom worse. */
export const ResultWorse: Story = { args: { api: itemsApi(worseItems()) }, play: ended };
/** Three items: "Not enough evidence: add test data", and why. */
export const ResultNotEnoughEvidence: Story = { args: { api: itemsApi(fewItems()) }, play: ended };
/** The word-by-word view opened on a test item: marks per kind, audio, toggles, sort. */
export const InspectionOpen: Story = { args: { api: itemsApi(fewItems()) }, play: inspect };
/** The same in a 390 px column (a phone): tables fit, names wrap between their parts. */
export const InspectionOpenNarrow: Story = {
  ...InspectionOpen,
  render: (args, context) =>
    html`<div style="max-width: 390px">${meta.render!(args, context as never)}</div>`,
};
/** Test items uploaded, never measured. */
export const TestSetNotMeasured: Story = { args: { api: itemsApi(fewItems(), false) } };
/** Measuring (stays running, to look at). */
export const RunningItems: Story = {
  args: { api: itemsApi(fewItems(), false) },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('custom-model-details')?.shadowRoot;
    for (let i = 0; i < 60 && !root?.querySelector('.start-evaluation:not([disabled])'); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    root?.querySelector<HTMLElement>('.start-evaluation')?.click();
  },
};
export const ResultBetterDutch: Story = {
  ...ResultBetter,
  args: { ...ResultBetter.args, lang: 'nl' },
};
export const InspectionOpenDutch: Story = {
  ...InspectionOpen,
  args: { ...InspectionOpen.args, lang: 'nl' },
};
export const ResultNotEnoughEvidenceDark: Story = {
  ...ResultNotEnoughEvidence,
  parameters: { theme: 'dark' },
};
/** Audio without its reference and a transcript without audio: said, not scored. */
export const UnpairedTestFiles: Story = {
  args: {
    api: api(4, [
      ...TRAINING,
      ...TESTS,
      file('a9', 'follow-up-call.wav', 'test-set', 1_900_000),
      file('t9', 'returns-desk.txt', 'test-set', 7_000),
    ]),
  },
};

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
/** The in-memory adapter's result. */
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
    api: api(
      4,
      [
        ...TRAINING,
        ...TESTS,
        file('a4', 'empty-call.wav', 'test-set', 900_000),
        file('t4', 'empty-call.txt', 'test-set', 0),
      ],
      {
        start: true,
        evaluationTimeMs: 0,
      },
    ),
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
