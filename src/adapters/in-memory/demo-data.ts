import type { CustomModel, Dataset, DatasetKind, Language, Organization } from '../../api/types.js';
import { TrainingStatus } from '../../api/types.js';

/** The demo's trainable languages. */
export const DEMO_LANGUAGES: readonly Language[] = [
  { id: '1', key: 'en-gb', name: 'English' },
  { id: '2', key: 'nl-nl', name: 'Dutch' },
  { id: '3', key: 'de-de', name: 'German' },
  { id: '4', key: 'fr-fr', name: 'French' },
  { id: '5', key: 'es-es', name: 'Spanish' },
  { id: '6', key: 'it-it', name: 'Italian' },
];

/** The demo organisation; `customModelCount` is computed by the adapter. */
export const DEMO_ORGANIZATION: Readonly<Organization> = {
  id: 'org-acme',
  name: 'Acme Media',
  customModelLimit: 25,
  trainingCredits: 120,
};

const DAY_MS = 24 * 60 * 60 * 1000;
const MB = 1024 * 1024;

/** `Medical EN` → `medical-en`; ASCII only so keys stay URL- and log-safe. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return slug || 'model';
}

type DemoFile = [name: string, kind: DatasetKind, sizeBytes: number];

interface DemoModel {
  name: string;
  key: string;
  language: number;
  status: TrainingStatus;
  /** How long ago the model last changed, in days (fractions make the times look real). */
  daysAgo: number;
  progress?: number;
  message?: string;
  /** The code of `message` (see KNOWN_ERROR_CODES). */
  code?: string;
  /** The file `message` names: its dataset's id becomes the model's `statusDatasetIds`. */
  culprit?: string;
  files?: DemoFile[];
}

const DEMO_MODELS: DemoModel[] = [
  {
    name: 'Medical EN',
    key: 'cm-medical-en-3f9a',
    language: 0,
    status: 4,
    daysAgo: 21.3,
    files: [
      ['consultations-01.wav', 'audio', 412 * MB],
      ['consultations-01.vtt', 'transcript', 48_213],
      ['consultations-02.wav', 'audio', 388 * MB],
      ['consultations-02.vtt', 'transcript', 45_102],
    ],
  },
  {
    name: 'Legal NL',
    key: 'cm-legal-nl-8c21',
    language: 1,
    status: 4,
    daysAgo: 34.7,
    files: [
      ['zitting-2024-03.mp3', 'audio', 96 * MB],
      ['zitting-2024-03.srt', 'transcript', 61_304],
      ['manifest.jsonl', 'manifest', 2_048],
    ],
  },
  {
    name: 'Finance DE',
    key: 'cm-finance-de-51d0',
    language: 2,
    status: 3,
    daysAgo: 0.02,
    progress: 40,
    files: [
      ['earnings-call-q1.m4a', 'audio', 120 * MB],
      ['earnings-call-q1.txt', 'transcript', 30_517],
    ],
  },
  {
    name: 'Newsroom FR',
    key: 'cm-newsroom-fr-a7e4',
    language: 3,
    status: 2,
    daysAgo: 0.01,
    files: [
      ['journal-20h.flac', 'audio', 540 * MB],
      ['journal-20h.vtt', 'transcript', 52_040],
    ],
  },
  {
    name: 'Sports commentary ES',
    key: 'cm-sports-commentary-es-0b6c',
    language: 4,
    status: 1,
    daysAgo: 2.4,
  },
  {
    name: 'Parliament NL',
    key: 'cm-parliament-nl-e913',
    language: 1,
    status: 5,
    daysAgo: 5.6,
    message: 'Training failed: transcript "session-12.txt" is empty.',
    code: 'empty-transcript',
    culprit: 'session-12.txt',
    files: [
      ['session-12.wav', 'audio', 700 * MB],
      ['session-12.txt', 'transcript', 0],
    ],
  },
  {
    name: 'Call centre EN',
    key: 'cm-call-centre-en-2d48',
    language: 0,
    status: 4,
    daysAgo: 63.2,
    files: [
      ['support-calls.wav', 'audio', 250 * MB],
      ['support-calls.srt', 'transcript', 80_122],
    ],
  },
  {
    name: 'Podcasts IT',
    key: 'cm-podcasts-it-c3f1',
    language: 5,
    status: 1,
    daysAgo: 1.1,
    files: [
      ['episode-07.mp3', 'audio', 64 * MB],
      ['episode-07.vtt', 'transcript', 38_450],
    ],
  },
  {
    name: 'Radio DE',
    key: 'cm-radio-de-77b2',
    language: 2,
    status: 4,
    daysAgo: 112.9,
    files: [
      ['morning-show.mp3', 'audio', 180 * MB],
      ['morning-show.vtt', 'transcript', 71_933],
    ],
  },
  {
    name: 'Court hearings FR',
    key: 'cm-court-hearings-fr-4ae0',
    language: 3,
    status: 5,
    daysAgo: 9.8,
    message: 'Training failed: no audio files were uploaded.',
    code: 'no-audio',
    files: [['audience-04.srt', 'transcript', 41_077]],
  },
  {
    name: 'Tech talks EN',
    key: 'cm-tech-talks-en-9d35',
    language: 0,
    status: 3,
    daysAgo: 0.05,
    progress: 70,
    files: [
      ['keynote.wav', 'audio', 310 * MB],
      ['keynote.vtt', 'transcript', 66_812],
    ],
  },
  { name: 'Weather NL', key: 'cm-weather-nl-15ce', language: 1, status: 1, daysAgo: 0.4 },
];

/**
 * Bytes a second of the demo's audio takes, by extension (16 kHz 16-bit mono PCM in a WAV; MP3 and
 * AAC at 128 kbit/s; FLAC at about half of PCM): its seeded files get the length a server would
 * read from such a file's header.
 */
const DEMO_BYTES_PER_SECOND: Record<string, number> = {
  wav: 32_000,
  flac: 16_000,
  mp3: 16_000,
  m4a: 16_000,
};

const demoSeconds = (name: string, kind: DatasetKind, sizeBytes: number) => {
  const rate = DEMO_BYTES_PER_SECOND[name.slice(name.lastIndexOf('.') + 1).toLowerCase()];
  return kind === 'audio' && rate ? { durationSeconds: Math.round(sizeBytes / rate) } : {};
};

/** The demo organisation's models and their datasets, dated relative to `now`. */
export function createDemoData(now = Date.now()): {
  models: CustomModel[];
  datasets: Record<string, Dataset[]>;
} {
  const models: CustomModel[] = [];
  const datasets: Record<string, Dataset[]> = {};
  let datasetId = 0;
  DEMO_MODELS.forEach((demo, index) => {
    const id = String(index + 1);
    const modified = now - Math.round(demo.daysAgo * DAY_MS);
    models.push({
      id,
      key: demo.key,
      name: demo.name,
      baseLanguage: { ...DEMO_LANGUAGES[demo.language]! },
      trainingStatus: demo.status,
      lastModified: new Date(modified).toISOString(),
      ...(demo.progress === undefined ? {} : { trainingProgress: demo.progress }),
      ...(demo.message === undefined ? {} : { statusMessage: demo.message }),
      ...(demo.code === undefined ? {} : { statusCode: demo.code }),
    });
    if (demo.files) {
      datasets[id] = demo.files.map(([name, kind, sizeBytes], fileIndex) => ({
        id: `ds-${++datasetId}`,
        name,
        kind,
        sizeBytes,
        ...demoSeconds(name, kind, sizeBytes),
        // Uploaded shortly before the model last changed, a few minutes apart.
        uploadedAt: new Date(
          modified - (demo.files!.length - fileIndex) * 7 * 60_000,
        ).toISOString(),
      }));
      const culprit = datasets[id].find((dataset) => dataset.name === demo.culprit);
      if (culprit) models[models.length - 1]!.statusDatasetIds = [culprit.id];
    }
  });
  return { models, datasets };
}

const DOMAINS = [
  'Medical',
  'Legal',
  'Finance',
  'Newsroom',
  'Sports',
  'Parliament',
  'Call centre',
  'Podcasts',
  'Radio',
  'Court hearings',
  'Tech talks',
  'Weather',
  'Insurance',
  'Education',
  'Pharma',
  'Logistics',
  'Energy',
  'Retail',
  'Automotive',
  'Aviation',
];

const FAILURES: ReadonlyArray<[message: string, code?: string]> = [
  ['Training failed: no audio files were uploaded.', 'no-audio'],
  ['Training failed: transcript "episode-01.txt" is empty.', 'empty-transcript'],
  ['Training failed: the audio and transcripts do not match.'],
];

/** Status mix of a lived-in organisation: mostly trained, some new, a few busy or failed. */
const STATUS_WEIGHTS: Array<[TrainingStatus, number]> = [
  [TrainingStatus.NotRunning, 0.25],
  [TrainingStatus.ReadyToRun, 0.05],
  [TrainingStatus.Running, 0.05],
  [TrainingStatus.Success, 0.5],
  [TrainingStatus.Failed, 0.15],
];

/** Fixed end of the generated date range, so the same seed always gives the same data. */
const GENERATED_UNTIL = Date.UTC(2025, 5, 1);

/** Small, fast, seedable PRNG (mulberry32): deterministic data without a dependency. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` models with unique names and keys, ids `'1'…'count'`, spread over `languages`,
 * every status and the year before June 2025. The same `seed` gives the same models.
 */
export function generateModels(
  count: number,
  seed = 1,
  languages: readonly Language[] = DEMO_LANGUAGES,
): CustomModel[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const models: CustomModel[] = [];
  for (let i = 0; i < count; i++) {
    const domain = pick(DOMAINS);
    const language = pick(languages);
    const short = language.key.slice(0, 2);
    let roll = next();
    const status =
      STATUS_WEIGHTS.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? TrainingStatus.Success;
    const model: CustomModel = {
      id: String(i + 1),
      key: `cm-${slugify(domain)}-${short}-${(i + 1).toString(16).padStart(4, '0')}`,
      name: `${domain} ${short.toUpperCase()} ${i + 1}`,
      baseLanguage: { ...language },
      trainingStatus: status,
      lastModified: new Date(GENERATED_UNTIL - Math.floor(next() * 365 * DAY_MS)).toISOString(),
    };
    if (status === TrainingStatus.Running) model.trainingProgress = Math.floor(next() * 10) * 10;
    if (status === TrainingStatus.Failed) {
      const [message, code] = pick(FAILURES);
      model.statusMessage = message;
      if (code) model.statusCode = code;
    }
    models.push(model);
  }
  return models;
}
