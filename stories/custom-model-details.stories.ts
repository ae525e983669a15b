import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/custom-models-provider.js';
import '../src/custom-model-details.js';
import '../src/translations/nl.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { CustomModel, CustomModelsApi, Dataset } from '../src/api/types.js';
import { demoApi, withCapabilities, withFaults } from './scenarios.js';

const HOSTILE = [
  '<img src=x onerror="alert(1)">',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
];

/** One failed model whose name, message and files carry markup. */
const hostileApi = () =>
  demoApi({
    models: [
      {
        id: 'x',
        key: 'cm-hostile-en-0bad',
        name: HOSTILE[0]!,
        baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
        trainingStatus: 5,
        lastModified: new Date().toISOString(),
        statusMessage: `Training failed: ${HOSTILE[1]}`,
      },
    ],
    datasets: {
      x: HOSTILE.map((name, i) => ({
        id: `d${i}`,
        name: `${name}.wav`,
        kind: 'audio' as const,
        sizeBytes: 1_000_000 * (i + 1),
        uploadedAt: new Date().toISOString(),
      })),
    },
  });

/** Hours before now, as ISO-8601. */
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/**
 * One model with what a server like Scriptix's may send beyond the basics: timings, a training log
 * for a failure, download links and a test set.
 */
function richModel(extra: Partial<CustomModel>): CustomModel {
  return {
    id: 'r',
    key: 'cm-support-calls-en-7f3a',
    name: 'Support calls EN',
    baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
    trainingStatus: 4,
    lastModified: hoursAgo(2),
    ...extra,
  };
}

const RICH_FILES: Dataset[] = [
  {
    id: 'r1',
    name: 'call-0412.wav',
    kind: 'audio',
    sizeBytes: 48_200_000,
    uploadedAt: hoursAgo(30),
    url: 'https://files.example.com/custom-models/r/call-0412.wav',
  },
  {
    id: 'r2',
    name: 'call-0412.vtt',
    kind: 'transcript',
    sizeBytes: 18_400,
    uploadedAt: hoursAgo(30),
    url: 'https://files.example.com/custom-models/r/call-0412.vtt',
  },
  {
    id: 'r3',
    name: 'held-out-calls.vtt',
    kind: 'test-set',
    sizeBytes: 9_100,
    uploadedAt: hoursAgo(29),
  },
];

const richApi = (extra: Partial<CustomModel>, files: Dataset[] = RICH_FILES) =>
  demoApi({ models: [richModel(extra)], datasets: { r: files } });

const TIMINGS = {
  createdAt: hoursAgo(72),
  trainingStartedAt: hoursAgo(5),
  trainingEndedAt: hoursAgo(3),
};

interface Args {
  api: () => CustomModelsApi;
  modelId: string;
  pollInterval: number;
  /** What to do once loaded: start training, open the name editor, or ask to train. */
  action?: 'train' | 'rename' | 'confirm' | 'focus-rename';
  /** `use-model-href`: where a trained model's "Use this model" links. */
  useModelHref?: string;
  /** `use-model-event`: the host handles `model-use-requested` (no link). */
  useModelEvent?: boolean;
}

/*
 * The demo organisation's models, one per status: 8 Podcasts IT (Not Running, with data),
 * 5 Sports commentary ES (Not Running, no data), 4 Newsroom FR (Ready to Run), 3 Finance DE
 * (Running, 40 %), 1 Medical EN (Success), 6 Parliament NL (Failed: an empty transcript).
 */
const meta: Meta<Args> = {
  title: 'Elements/custom-model-details',
  component: 'custom-model-details',
  parameters: { layout: 'fullscreen' },
  args: { api: () => demoApi(), modelId: '8', pollInterval: 2000 },
  argTypes: { api: { table: { disable: true } }, action: { table: { disable: true } } },
  render: ({ api, modelId, pollInterval, useModelHref, useModelEvent }) =>
    html`<div style="max-width: 64rem; padding: 1.5rem">
      <custom-models-provider .api=${api()}>
        <custom-model-details
          model-id=${modelId}
          poll-interval=${pollInterval}
          use-model-href=${useModelHref ?? nothing}
          ?use-model-event=${useModelEvent ?? false}
        ></custom-model-details>
      </custom-models-provider>
    </div>`,
  play: async ({ canvasElement, args }) => {
    if (!args.action) return;
    const el = canvasElement.querySelector<CustomModelDetails>('custom-model-details')!;
    for (let i = 0; i < 50 && !el.model; i++) await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    if (args.action === 'train') await el.startTraining();
    else if (args.action === 'rename') await el.startRename();
    else if (args.action === 'focus-rename') {
      // A keyboard user on a forbidden action: it takes focus and its tooltip says why.
      const rename = el.shadowRoot!.querySelector<HTMLElement>('.rename');
      await (rename as (HTMLElement & { updateComplete?: Promise<unknown> }) | null)
        ?.updateComplete;
      rename?.focus();
    } else el.shadowRoot!.querySelector<HTMLElement>('[part="train-button"]')?.click();
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Not Running, datasets uploaded: "Train the Language" is ready. */
export const NotRunning: Story = {};
/** Not Running without datasets: the button is disabled with the reason. */
export const NotRunningNoDatasets: Story = { args: { modelId: '5' } };
/** Ready to Run: queued, starts by itself; no Train button, datasets locked. */
export const ReadyToRun: Story = { args: { modelId: '4' } };
/** Running: progress bar; cannot be interrupted or changed. */
export const Running: Story = { args: { modelId: '3' } };
/** Running, "Rename model" focused: a forbidden action keeps focus and shows why in a tooltip. */
export const RunningReasonOnFocus: Story = { args: { modelId: '3', action: 'focus-rename' } };
/** Success: ready to use, and where to select it. */
export const Success: Story = { args: { modelId: '1' } };
/**
 * Success with its next actions: "Use this model" (the host's link, `use-model-href`) and "Go to
 * Accuracy" (the adapter measures it), said once (no inline alert beside the page's toast).
 */
export const SuccessWithActions: Story = {
  args: { modelId: '1', useModelHref: '/transcribe?model={key}' },
};
/** Success where the host handles `model-use-requested` itself (`use-model-event`, no link). */
export const SuccessUseModelEvent: Story = { args: { modelId: '1', useModelEvent: true } };
/** Success in the dark theme, with its actions. */
export const SuccessWithActionsDark: Story = {
  args: { modelId: '1', useModelHref: '/transcribe?model={key}' },
  parameters: { theme: 'dark' },
};
/** Failed, "Train the Language" with no dataset added or removed since: it asks first, with why. */
export const RetrySameData: Story = { args: { modelId: '6', action: 'confirm' } };
/** Failed: the service's message, what to do, and "Train the Language" to retry. */
export const FailedTraining: Story = { args: { modelId: '6' } };
/** The in-memory lifecycle live: queued, running with progress, then the outcome and a toast event. */
export const LiveTraining: Story = {
  args: {
    api: () => demoApi({ trainingTimeMs: 12_000, organization: { trainingCredits: undefined } }),
    modelId: '8',
    pollInterval: 500,
    action: 'train',
  },
};
export const Loading: Story = {
  args: { api: () => withFaults(demoApi(), { getModel: 'hang' }) },
};
export const NotFound: Story = { args: { modelId: 'missing' } };
export const Forbidden: Story = {
  args: {
    api: () =>
      withFaults(demoApi(), {
        getModel: { kind: 'forbidden', message: 'You do not have access to this model.' },
      }),
  },
};
export const NetworkError: Story = {
  args: {
    api: () =>
      withFaults(demoApi(), {
        getModel: { kind: 'network', message: 'The service could not be reached.' },
      }),
  },
};
/** Model and file names with markup are shown as text. */
export const HostileNames: Story = {
  args: {
    api: hostileApi,
    modelId: 'x',
  },
};
export const Dark: Story = { args: { modelId: '3' }, parameters: { theme: 'dark' } };
export const DarkFailed: Story = { args: { modelId: '6' }, parameters: { theme: 'dark' } };
/** The name being edited in place: Enter saves, Escape cancels. */
export const Renaming: Story = { args: { action: 'rename' } };
/** "Train the Language" confirms the cost in the organisation's training credits. */
export const ConfirmTraining: Story = { args: { action: 'confirm' } };
/** A trained model with the timings the adapter sends: created, training started and ended. */
export const WithTimings: Story = {
  args: { api: () => richApi(TIMINGS), modelId: 'r' },
};
/** Datasets with a download address show their name as a link; the test set is labelled. */
export const DatasetDownloadLinks: Story = {
  args: { api: () => richApi({}), modelId: 'r' },
};
/** A failed model: the service's reason and the name of its training log. */
export const FailedWithTrainingLog: Story = {
  args: {
    api: () =>
      richApi({
        ...TIMINGS,
        trainingStatus: 5,
        statusMessage: 'Training failed: the transcript "call-0412.vtt" has no timestamps.',
        trainingLogName: 'training-r-20240501-1312.log',
      }),
    modelId: 'r',
  },
};
/**
 * An adapter that cannot delete datasets (`capabilities.deleteDataset: false`, as ScriptixApi
 * without a configured path): no delete is offered, and a failed model's next step says so.
 */
export const NoDatasetDelete: Story = {
  args: {
    api: () =>
      withCapabilities(
        richApi({
          trainingStatus: 5,
          statusMessage: 'Training failed: the transcript "call-0412.vtt" is empty.',
          trainingLogName: 'training-r-20240501-1312.log',
        }),
        { deleteDataset: false },
      ),
    modelId: 'r',
  },
};
/** Everything of the above at once, in the dark theme. */
export const DarkWithTimingsAndLinks: Story = {
  args: FailedWithTrainingLog.args,
  parameters: { theme: 'dark' },
};

/** In a narrow column (22rem): sections one under the other, each dataset stacked. */
export const NarrowColumn: Story = {
  args: { modelId: '1' },
  render: (args, context) =>
    html`<div style="max-width: 22rem">${meta.render!(args, context as never)}</div>`,
};

/** Files the table marks: audio without a transcript of the same name, and an empty file. */
const MARKED_FILES: Dataset[] = [
  ...RICH_FILES,
  { id: 'r4', name: 'lonely.wav', kind: 'audio', sizeBytes: 31_000_000, uploadedAt: hoursAgo(20) },
  {
    id: 'r5',
    name: 'call-0413.wav',
    kind: 'audio',
    sizeBytes: 44_000_000,
    uploadedAt: hoursAgo(20),
  },
  { id: 'r6', name: 'call-0413.txt', kind: 'transcript', sizeBytes: 0, uploadedAt: hoursAgo(20) },
];

/** The Datasets table marks audio without a transcript ("No transcript") and empty files. */
export const UnpairedAudioAndEmptyFile: Story = {
  args: { api: () => richApi({ trainingStatus: 1 }, MARKED_FILES), modelId: 'r' },
};
/**
 * Each file's length (the adapter's `durationSeconds`, else what the upload's pre-flight read) and
 * the model's totals under the table: minutes of training audio with and without a transcript, and
 * words; a file nobody measured shows "—" and is counted as unknown.
 */
export const DurationsAndTotals: Story = {
  args: {
    api: () =>
      richApi({ trainingStatus: 1 }, [
        { ...RICH_FILES[0]!, durationSeconds: 1_507 },
        { ...RICH_FILES[1]!, words: 3_912 },
        ...RICH_FILES.slice(2),
        { ...MARKED_FILES[3]!, durationSeconds: 968.4 },
        MARKED_FILES[4]!,
        { ...MARKED_FILES[5]!, sizeBytes: 12_000, words: 2_480 },
      ]),
    modelId: 'r',
  },
};
/** "Start training?" lists the audio left out of training and the empty files it may fail on. */
export const ConfirmTrainingWithDataProblems: Story = {
  args: { ...UnpairedAudioAndEmptyFile.args, action: 'confirm' },
};
/**
 * Failed on an empty transcript: the row of the file the failure names is marked "Training failed
 * on this file" (`CustomModel.statusDatasetIds`), besides "Empty file".
 */
export const CulpritDataset: Story = {
  args: {
    api: () =>
      richApi(
        {
          trainingStatus: 5,
          statusCode: 'empty-transcript',
          statusMessage: 'Training failed: transcript "call-0413.txt" is empty.',
          statusDatasetIds: ['r6'],
        },
        MARKED_FILES,
      ),
    modelId: 'r',
  },
};
/** The same in the dark theme and a narrow column. */
export const CulpritDatasetDarkNarrow: Story = {
  args: CulpritDataset.args,
  parameters: { theme: 'dark' },
  render: (args, context) =>
    html`<div style="max-width: 22rem">${meta.render!(args, context as never)}</div>`,
};
/**
 * Under Dutch: a failure's known reason in Dutch under "Bericht van de dienst", the service's
 * English words after it, and the culprit marked in the Datasets table (issue 24 #9, #10).
 */
export const FailedDutch: Story = {
  args: { modelId: '6' },
  render: (args, context) => html`<div lang="nl">${meta.render!(args, context as never)}</div>`,
};
/**
 * Under Dutch, a rename to a name already taken: the Dutch sentence under the name field, the
 * service's words after it (issue 24 #10, "the same for rename errors").
 */
export const RenameTakenDutch: Story = {
  args: { modelId: '8' },
  render: (args, context) => html`<div lang="nl">${meta.render!(args, context as never)}</div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CustomModelDetails>('custom-model-details')!;
    for (let i = 0; i < 50 && !el.model; i++) await new Promise((r) => setTimeout(r, 100));
    await el.startRename();
    const input = el.shadowRoot!.querySelector<HTMLElement & { value: string }>('.name-input')!;
    input.value = 'Medical EN'; // the demo organisation's first model
    input.dispatchEvent(new CustomEvent('sl-input', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.save')!.click();
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('.field-error'); i++)
      await new Promise((r) => setTimeout(r, 100));
  },
};
/**
 * A trained model: the Datasets upload is closed with the reason (no "Train the Language" after
 * Success, so new training data would not be used); its files can still be deleted.
 */
export const SuccessTrainingUploadsClosed: Story = {
  args: { api: () => richApi(TIMINGS), modelId: 'r' },
};
