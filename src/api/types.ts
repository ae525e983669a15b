/**
 * The adapter contract every element talks to. Names follow the public contract (contract.md).
 * Ids are strings in the UI; dates are ISO-8601 strings.
 */

/** Training status codes as the service reports them. */
export const TrainingStatus = {
  NotRunning: 1,
  ReadyToRun: 2,
  Running: 3,
  Success: 4,
  Failed: 5,
} as const;

/** One of the known training status codes. */
export type TrainingStatus = (typeof TrainingStatus)[keyof typeof TrainingStatus];

/** Every known status, in lifecycle order: drives validation, stories and tests. */
export const TRAINING_STATUSES = [1, 2, 3, 4, 5] as const satisfies readonly TrainingStatus[];

/** True when `value` is one of the five known status codes. */
export function isTrainingStatus(value: unknown): value is TrainingStatus {
  return typeof value === 'number' && (TRAINING_STATUSES as readonly number[]).includes(value);
}

/** Statuses during which a model is busy: no upload, no delete of data, no new training. */
export const BUSY_STATUSES = [TrainingStatus.ReadyToRun, TrainingStatus.Running] as const;

/** Roles. Only ORGADMIN and SYSOP may delete; any other string is an ordinary role. */
export type Role = 'ORGADMIN' | 'SYSOP' | 'USER' | (string & {});

/** Roles allowed to delete custom models. */
export const DELETE_ROLES: readonly string[] = ['ORGADMIN', 'SYSOP'];

/** Whether a role may delete models. */
export function canDelete(role: string | undefined | null): boolean {
  return role != null && DELETE_ROLES.includes(role);
}

/** A language a model can be based on. */
export interface Language {
  /** The server's id, as a string. */
  id: string;
  /** BCP-47-like key, e.g. `nl-nl`. */
  key: string;
  /** Display name, e.g. `Dutch`. Elements may localise it through `Intl.DisplayNames`. */
  name: string;
}

/** A custom speech model. */
export interface CustomModel {
  id: string;
  key: string;
  name: string;
  baseLanguage: Language;
  /** Normally a {@link TrainingStatus}; an unknown code renders as "Unknown". */
  trainingStatus: TrainingStatus | number;
  /** ISO-8601 timestamp of the last change. */
  lastModified: string;
  /** 0–100 while the model is Running. */
  trainingProgress?: number;
  /** The server's explanation, mainly when training failed. */
  statusMessage?: string;
  /**
   * What `statusMessage` says, as a code the elements translate (`empty-transcript`, `no-audio`,
   * see `KNOWN_ERROR_CODES`); the message is then shown as the service's own words beside it.
   */
  statusCode?: string;
  /**
   * Ids of the model's datasets that `statusMessage` names (the empty transcript a failed run
   * stopped on, say), when the adapter knows them. The details mark those rows of the Datasets
   * table while the model is Failed. Absent: no dataset is named.
   */
  statusDatasetIds?: string[];
  isTrainable?: boolean;
  datasetCount?: number;
  /** Name of the training log the service keeps, shown with a failed model's reason. */
  trainingLogName?: string;
  /** ISO-8601 timestamp of the creation, when the adapter's server sends it. */
  createdAt?: string;
  /** ISO-8601 timestamp of the start of the last training run, when sent. */
  trainingStartedAt?: string;
  /** ISO-8601 timestamp of the end of the last training run, when sent. */
  trainingEndedAt?: string;
  /**
   * The custom model's word error rate as a fraction (0.125 = 12.5 %), when it was measured: the
   * custom WER of its last evaluation that was done (`capabilities.evaluations`), or the training
   * metrics the server sends. Absent: not measured. Shown by the grid's Accuracy column and the
   * picker; a new training run makes it stale (the adapter leaves it out until measured again).
   */
  wordErrorRate?: number;
  /**
   * The base language model's word error rate on the same test set, as a fraction, when the
   * adapter knows it (the base WER of the evaluation that gave `wordErrorRate`): the grid and the
   * picker show the custom model's gain over it. Absent: no gain is shown.
   */
  baseWordErrorRate?: number;
  /**
   * Where the model's accuracy measurement stands, when the adapter says (`capabilities.evaluations`):
   * `running` while one runs, so the grid's Accuracy cell says "Measuring" instead of an old or no
   * figure. Absent: no measurement is known to run.
   */
  evaluationStatus?: EvaluationStatus;
}

/**
 * The kinds of data a model accepts: training data (audio, transcripts, manifests) and a test set
 * (data held out to measure the trained model).
 */
export const DATASET_KINDS = ['audio', 'transcript', 'manifest', 'test-set'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** One uploaded training file. */
export interface Dataset {
  id: string;
  name: string;
  kind: DatasetKind;
  sizeBytes?: number;
  /** ISO-8601 timestamp. */
  uploadedAt?: string;
  /** Where the file can be downloaded (an absolute http(s) URL), when the server gives one. */
  url?: string;
  /**
   * Seconds of audio, when the adapter knows them (the in-memory adapter reads the header of the
   * audio it stores; the Scriptix API gives none). Where it is absent, the Datasets table shows
   * what the upload's pre-flight read from the file, if it was uploaded in this session.
   */
  durationSeconds?: number;
  /**
   * Words of speech text in a transcript or manifest, when the adapter counts them. Where it is
   * absent, the pre-flight's count is shown, as for `durationSeconds`.
   */
  words?: number;
}

/**
 * Fields the list can be sorted on. `wordErrorRate`: the custom model's measured WER; models not
 * measured come last ascending and first descending (as if their rate were the highest).
 */
export const SORT_FIELDS = [
  'name',
  'trainingStatus',
  'baseLanguage',
  'lastModified',
  'wordErrorRate',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

/** Filters the list can be narrowed by. */
export const FILTER_FIELDS = ['name', 'key', 'trainingStatus', 'baseLanguageKey'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export interface ModelFilters {
  /** Name contains, case-insensitive. */
  name?: string;
  /** Key contains, case-insensitive. */
  key?: string;
  /** Any of these statuses. */
  trainingStatus?: number[];
  /** Exactly this base language key. */
  baseLanguageKey?: string;
}

export interface ModelSort {
  field: SortField;
  direction: SortDirection;
}

/** One page request; `page` is 1-based. */
export interface ModelQuery {
  page: number;
  pageSize: number;
  sort?: ModelSort;
  filters?: ModelFilters;
}

/** One page of models and the total number of matches. */
export interface ModelPage {
  items: CustomModel[];
  total: number;
}

export interface Organization {
  id: string;
  name: string;
  /** Maximum number of custom models the plan allows. */
  customModelLimit?: number;
  /** Number of custom models the organisation has now, when the adapter knows it. */
  customModelCount?: number;
  /** Training credits left on the plan. */
  trainingCredits?: number;
}

/** Who is using the feature, and for which organisation. */
export interface Session {
  role: Role;
  organization: Organization;
}

/** Options every call accepts. */
export interface RequestOptions {
  signal?: AbortSignal;
}

/** Options for an upload: abort, and progress in bytes. */
export interface UploadOptions extends RequestOptions {
  onProgress?: (loaded: number, total: number) => void;
  /** What the file is; absent: the adapter tells it from the file name (never `test-set`). */
  kind?: DatasetKind;
}

/** What an adapter's server can do. The elements offer nothing it does not declare. */
export interface AdapterCapabilities {
  /**
   * The fields the server sorts the list by (both directions, before paging). Absent or empty:
   * none is declared, and the elements offer no sorting.
   */
  sort?: SortField[];
  /**
   * The fields the server filters the list by. Absent or empty: none is declared, and the
   * elements offer no search and no filter.
   */
  filters?: FilterField[];
  /** Whether `deleteDataset` is served. Absent means true; when false, offer no dataset delete. */
  deleteDataset?: boolean;
  /**
   * How often, in ms, elements should refresh models that are queued or training. Absent: the
   * library's own default.
   */
  pollIntervalMs?: number;
  /**
   * The adapter implements {@link CustomModelsApi.watchModels}: its backend reports changed models
   * (server-sent events, a websocket), and the elements stop polling for busy models.
   */
  push?: boolean;
  /**
   * The adapter measures accuracy: it implements {@link CustomModelsApi.startEvaluation} and
   * {@link CustomModelsApi.getEvaluation} (a test set against the base and the custom model).
   * Absent or false: the elements show no Accuracy section. Implies `wordErrorRate`.
   */
  evaluations?: boolean;
  /**
   * Models carry {@link CustomModel.wordErrorRate} once it is known: the grid offers its Accuracy
   * column (off by default). Absent or false (and no `evaluations`): no such column.
   */
  wordErrorRate?: boolean;
}

/** Where a model's accuracy measurement stands. */
export type EvaluationStatus = 'none' | 'running' | 'done' | 'failed';

/**
 * Word errors of one model on a transcript (or a whole test set): the word error rate is
 * `(substitutions + deletions + insertions) / words`, a fraction (0.125 = 12.5 %; above 1 is possible).
 */
export interface WordErrorScore {
  /** Word error rate as a fraction, e.g. 0.125. */
  wer: number;
  /** Words in the reference transcript. */
  words: number;
  substitutions: number;
  deletions: number;
  insertions: number;
}

/** One test file's scores. */
export interface EvaluationFileResult {
  /** The test-set dataset's name, as the user uploaded it. */
  name: string;
  datasetId?: string;
  base: WordErrorScore;
  custom: WordErrorScore;
}

/**
 * One utterance of a test item: a stretch of its audio, what was said (the reference) and what
 * each model heard.
 */
export interface EvaluationUtterance {
  /** Seconds from the start of the item's audio, when known. */
  start?: number;
  /** Seconds from the start of the item's audio, when known. */
  end?: number;
  /** What was said, as the reference transcript has it. */
  reference: string;
  /** What the base language model heard. */
  base?: string;
  /** What the custom model heard. */
  custom?: string;
}

/**
 * One test item: an audio file and its reference transcript (paired by base name, counted once),
 * run through the base and the custom model.
 *
 * Give the texts — `reference` with `base` and `custom`, or `utterances` — and the elements score
 * them with `scoreTranscript` (exported from `adapters.js`), so every number on screen can be
 * recomputed; give only the scores (`baseScore`, `customScore`) and the elements show those.
 * When `utterances` are given, the item's texts are theirs joined in order, and the item-level
 * texts are not read.
 */
export interface EvaluationItem {
  /** The base name the audio and its reference share, e.g. `test-01`. */
  name: string;
  /** The test-set dataset holding the audio, when known. */
  audioDatasetId?: string;
  /** The test-set dataset holding the reference transcript, when known. */
  referenceDatasetId?: string;
  /** Where the item's audio can be played (an absolute http(s) URL), when the adapter offers one. */
  audioUrl?: string;
  /** The audio's length in seconds, when known. */
  durationSeconds?: number;
  /** The reference transcript's text. */
  reference?: string;
  /** What the base language model heard, the whole item. */
  base?: string;
  /** What the custom model heard, the whole item. */
  custom?: string;
  /** The item per utterance, when the adapter has the timings. */
  utterances?: EvaluationUtterance[];
  /** The base model's scores, when the adapter gives scores without texts. */
  baseScore?: WordErrorScore;
  /** The custom model's scores, when the adapter gives scores without texts. */
  customScore?: WordErrorScore;
}

/** A model's accuracy measurement: its test set run through the base and the custom model. */
export interface Evaluation {
  modelId: string;
  status: EvaluationStatus;
  /** 0–100 while `running`. */
  progress?: number;
  /** Why it failed, in words for the user (when `failed`). */
  reason?: string;
  /** ISO-8601 timestamps of the start and end of the run, when known. */
  startedAt?: string;
  endedAt?: string;
  /** When `done`: the whole test set through the base language model. */
  base?: WordErrorScore;
  /** When `done`: the whole test set through the custom model. */
  custom?: WordErrorScore;
  /**
   * When `done` (and the adapter has them): the same per test file.
   * @deprecated Give {@link Evaluation.items}: a test item is audio and its transcript, one item,
   * not two files.
   */
  files?: EvaluationFileResult[];
  /**
   * When `done`: the test items (audio with its reference transcript), with their texts or scores.
   * When given, the elements show these and not `files`, and recompute `base` and `custom` from
   * the texts where there are texts.
   */
  items?: EvaluationItem[];
  /** The language key the test set is in (`nl-nl`), for the normalisation profile; default: the model's. */
  language?: string;
}

/** What a backend reports through {@link CustomModelsApi.watchModels}. */
export interface ModelsChange {
  /** Models whose fields changed (status, progress, name…), as `getModel` would return them. */
  models?: CustomModel[];
  /** Ids of models that no longer exist. */
  removedIds?: string[];
  /** Models were added (or removed) that lists should show: lists are fetched again. */
  listsChanged?: boolean;
}

/**
 * The API adapter. Implement it to embed the feature against your own backend.
 * Every method honours `signal` and rejects with a {@link CustomModelsApiError}.
 */
export interface CustomModelsApi {
  getSession(o?: RequestOptions): Promise<Session>;
  listTrainableLanguages(o?: RequestOptions): Promise<Language[]>;
  listModels(query: ModelQuery, o?: RequestOptions): Promise<ModelPage>;
  getModel(id: string, o?: RequestOptions): Promise<CustomModel>;
  createModel(
    input: { name: string; languageId: string },
    o?: RequestOptions,
  ): Promise<CustomModel>;
  updateModel(id: string, changes: { name: string }, o?: RequestOptions): Promise<CustomModel>;
  deleteModel(id: string, o?: RequestOptions): Promise<void>;
  listDatasets(modelId: string, o?: RequestOptions): Promise<Dataset[]>;
  uploadDataset(modelId: string, file: File, o?: UploadOptions): Promise<Dataset>;
  deleteDataset(modelId: string, datasetId: string, o?: RequestOptions): Promise<void>;
  startTraining(modelId: string, o?: RequestOptions): Promise<CustomModel>;
  /**
   * Optional push channel, used when `capabilities.push` is true: call `onChange` whenever the
   * backend reports changed models, until `signal` aborts. The elements then stop polling.
   */
  watchModels?(onChange: (change: ModelsChange) => void, o: { signal: AbortSignal }): void;
  /**
   * Optional, with `capabilities.evaluations`: runs the model's test set (datasets of kind
   * `test-set`) through the base and the custom model. Allowed once training succeeded; answers
   * the evaluation as it is now (normally `running`).
   */
  startEvaluation?(modelId: string, o?: RequestOptions): Promise<Evaluation>;
  /** Optional, with `capabilities.evaluations`: the model's last evaluation (`none` when never run). */
  getEvaluation?(modelId: string, o?: RequestOptions): Promise<Evaluation>;
  readonly capabilities?: AdapterCapabilities;
}

/** Longest model name a server accepts. */
export const MAX_MODEL_NAME_LENGTH = 100;
