import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/custom-models-provider.js';
import '../src/dataset-upload.js';
import type { DatasetUpload, UploadPurpose } from '../src/dataset-upload.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import { CustomModelsApiError } from '../src/api/errors.js';
import type { CustomModelsApi, Dataset, UploadOptions } from '../src/api/types.js';
import { MAX_DATASET_BYTES } from '../src/uploads/dataset-rules.js';
import { demoApi } from './scenarios.js';
import { wav } from '../test/helpers/audio-fixtures.js';
import { goodBytes } from '../test/helpers/dataset-fixtures.js';

/**
 * The demo organisation, with uploads frozen part-way so a story can show them: a file's progress
 * is read from `progress` (0–1) and it never finishes; a name with "broken" fails; one with
 * "done" uploads at once.
 */
class FrozenUploadsApi extends InMemoryCustomModelsApi {
  constructor(private readonly progress: Record<string, number>) {
    super({ latencyMs: 0 });
  }

  override async uploadDataset(
    modelId: string,
    file: File,
    o: UploadOptions = {},
  ): Promise<Dataset> {
    if (file.name.includes('done')) return super.uploadDataset(modelId, file, { kind: o.kind });
    if (file.name.includes('broken')) {
      throw new CustomModelsApiError('server', 'The upload was interrupted by the server.', {
        status: 500,
      });
    }
    const fraction = this.progress[file.name] ?? 0;
    o.onProgress?.(Math.round(file.size * fraction), file.size);
    return new Promise((_, reject) => {
      o.signal?.addEventListener('abort', () => reject(CustomModelsApiError.aborted()), {
        once: true,
      });
    });
  }
}

/** A file the pre-flight reads as good (a WAV header, a VTT cue…), shown with a size of `bytes`. */
const sized = (name: string, bytes: number) => {
  const file = new File([goodBytes(name) as BlobPart], name);
  Object.defineProperty(file, 'size', { value: bytes });
  return file;
};

interface Args {
  api: () => CustomModelsApi;
  modelId: string;
  disabled: boolean;
  disabledReason: string;
  uploadAs: UploadPurpose;
  files?: () => File[];
}

const meta: Meta<Args> = {
  title: 'Elements/dataset-upload',
  component: 'dataset-upload',
  args: {
    api: () => demoApi({ latencyMs: 1500 }),
    modelId: '5',
    disabled: false,
    disabledReason: '',
    uploadAs: 'training',
  },
  argTypes: {
    api: { table: { disable: true } },
    files: { table: { disable: true } },
    uploadAs: { control: 'inline-radio', options: ['training', 'test-set'] },
  },
  render: ({ api, modelId, disabled, disabledReason, uploadAs }) =>
    html`<div style="max-width: 48rem; padding: 1rem">
      <custom-models-provider .api=${api()}>
        <dataset-upload
          model-id=${modelId}
          ?disabled=${disabled}
          disabled-reason=${disabledReason}
          upload-as=${uploadAs}
        ></dataset-upload>
      </custom-models-provider>
    </div>`,
  play: async ({ canvasElement, args }) => {
    if (!args.files) return;
    const el = canvasElement.querySelector<DatasetUpload>('dataset-upload')!;
    await el.updateComplete;
    el.addFiles(args.files());
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing chosen yet: the drop zone, the picker and the rules. */
export const Idle: Story = {};

/** Two files uploading (two at a time), two waiting, one done, one failed with Retry. */
export const UploadInProgress: Story = {
  args: {
    api: () => new FrozenUploadsApi({ 'lecture-01.wav': 0.62, 'lecture-01.vtt': 0.25 }),
    files: () => [
      sized('intro-done.wav', 48_000_000),
      sized('intro-done.vtt', 14_000),
      sized('lecture-01.wav', 812_000_000),
      sized('lecture-01.vtt', 52_000),
      sized('lecture-02.wav', 640_000_000),
      sized('lecture-02.vtt', 48_000),
    ],
  },
};

/** A failure among several: the uploaded files stay, the failed one offers Retry. */
export const OneFailure: Story = {
  args: {
    api: () => new FrozenUploadsApi({}),
    files: () => [
      sized('a-done.wav', 12_000_000),
      sized('a-broken.vtt', 12_000),
      sized('b-done.vtt', 9_000),
    ],
  },
};

/** Files refused before any request, each with its reason, and audio without a transcript. */
export const RefusedFiles: Story = {
  args: {
    api: () => new FrozenUploadsApi({}),
    files: () => [
      sized('slides.pdf', 2_000_000),
      sized('raw-recording.wav', MAX_DATASET_BYTES + 1),
      sized('notes', 300),
      ...Array.from({ length: 9 }, (_, i) => sized(`clip-${i + 1}-done.txt`, 4_000)),
      sized('interview-done.mp3', 30_000_000),
      sized('clip-11.txt', 4_000),
    ],
  },
};

/** Disabled while the model is queued or training, with the reason. */
export const Disabled: Story = {
  args: {
    disabled: true,
    disabledReason: 'Datasets cannot be uploaded or deleted while the model is queued or training.',
  },
};

export const Dark: Story = { ...UploadInProgress, parameters: { theme: 'dark' } };

/** "Test set" chosen: the files go to the adapter as `{ kind: 'test-set' }` and are tagged. */
export const TestSetUpload: Story = {
  args: {
    api: () => new FrozenUploadsApi({ 'holdout-02.wav': 0.4 }),
    uploadAs: 'test-set',
    files: () => [
      sized('holdout-01-done.wav', 36_000_000),
      sized('holdout-01-done.vtt', 12_000),
      sized('holdout-02.wav', 41_000_000),
      sized('holdout-02.vtt', 13_500),
    ],
  },
};

const named = (name: string, content: BlobPart) => new File([content], name);

/**
 * The pre-flight's findings beside each file (issue 25): a 0-byte transcript, an SRT with a
 * malformed timing on line 6, a VTT without its signature, a manifest broken on line 2 and a
 * 4-byte WAV refused with their reasons; an 8 kHz recording held until "Upload anyway"; a 3-second
 * recording whose transcript ends at 9 s; the good files uploaded with no extra click.
 */
export const PreflightFindings: Story = {
  args: {
    api: () => new FrozenUploadsApi({ 'interview.wav': 0.4, 'interview.vtt': 0.8 }),
    files: () => [
      named('interview.wav', wav(2, 16_000, 1) as BlobPart),
      named('interview.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.500\nWelcome to the show.\n'),
      named('session-12.txt', ''),
      named(
        'lecture.srt',
        '1\n00:00:01,000 --> 00:00:02,000\nhello\n\n2\n00:00:03.000 -> 00:00:04,000\nworld\n',
      ),
      named('talk.vtt', '00:01.000 --> 00:02.000\nno signature\n'),
      named('manifest.jsonl', '{"audio_filepath":"a.wav","text":"hi"}\n{"audio_filepath":\n'),
      named('broken.wav', new Uint8Array([1, 2, 3, 4]) as BlobPart),
      named('phone-call.wav', wav(1, 8000, 1) as BlobPart),
      named('short.wav', wav(3, 16_000, 1) as BlobPart),
      named('short.vtt', 'WEBVTT\n\n00:00.000 --> 00:09.000\nit ends at nine seconds\n'),
    ],
  },
};

/** Two recordings with warnings held: each offers "Upload anyway", and both go at once. */
export const PreflightWarningsHeld: Story = {
  args: {
    api: () => new FrozenUploadsApi({}),
    files: () => [
      named('phone-call-1.wav', wav(1, 8000, 1) as BlobPart),
      named('phone-call-1.txt', 'hello, how can I help you'),
      named('phone-call-2.wav', wav(1, 11_025, 1) as BlobPart),
      named('phone-call-2.txt', 'thank you for calling'),
    ],
  },
};
