import type {
  AdapterCapabilities,
  CustomModel,
  CustomModelsApi,
  Dataset,
  DatasetKind,
  Evaluation,
  Language,
  ModelPage,
  ModelQuery,
  ModelsChange,
  Organization,
  RequestOptions,
  Role,
  Session,
  UploadOptions,
} from '../../api/types.js';
import { FILTER_FIELDS, SORT_FIELDS, TrainingStatus, canDelete } from '../../api/types.js';
import { forbiddenReason } from '../../api/status-rules.js';
import { ChangeFeed } from './change-feed.js';
import { now, wait } from './clock.js';
import {
  checkContent,
  checkDatasetsUnlocked,
  checkUpload,
  sendInSteps,
  uploadStepMs,
} from './dataset-checks.js';
import { DEMO_LANGUAGES } from './demo-data.js';
import { restoreState, stateStorage } from './initial-state.js';
import type { InMemoryOptions } from './options.js';

export type { InMemoryOptions } from './options.js';
import type { EvaluationRuns } from './evaluations.js';
import { ModelIndex, type Row } from './model-index.js';
import { copyModel, newModelKey } from './model-records.js';
import { writeJson, type PersistedState } from './storage.js';
import { TrainingLifecycle, checkCanStart } from './training-lifecycle.js';
import {
  checkListQuery,
  checkName,
  checkNewModel,
  checkUnique,
  error,
  modelNotFound,
} from './validation.js';

const DEFAULT_TRAINING_TIME_MS = 20_000;

/**
 * The embedded adapter: a whole organisation in memory, for the demo, stories and tests.
 * It behaves like the server: it validates, enforces roles and the plan, runs the training
 * lifecycle on timers, and sorts, filters and pages 100,000 models fast.
 *
 * Call `dispose()` when done with it, to stop its training timers.
 */
export class InMemoryCustomModelsApi implements CustomModelsApi {
  /** Delay of every call, in ms. Change it live to show loading states. */
  latencyMs: number;
  /** The session's role. Change it live to show what other roles see. */
  role: Role;
  /** Length of training runs started from now on, in ms. */
  trainingTimeMs: number;

  /** Everything: every sort and filter, dataset delete and push. No poll hint: the library's default. */
  readonly capabilities: AdapterCapabilities;

  private readonly languages: Language[];
  private readonly index: ModelIndex;
  private readonly datasets: Map<string, Dataset[]>;
  private readonly organization: Organization;
  private readonly lifecycle: TrainingLifecycle;
  private readonly storage: Storage | null;
  private readonly persistKey?: string;
  private nextModelId: number;
  private nextDatasetId: number;
  private readonly changes = new ChangeFeed();
  /** Created, with its module, on first use: the scoring does not load with the adapter. */
  private evaluations?: Promise<EvaluationRuns>;
  /** Length of evaluations started from now on, in ms (absent: 6,000). */
  evaluationTimeMs?: number;

  constructor(options: InMemoryOptions = {}) {
    const push = options.push ?? true;
    const evaluations = options.evaluations ?? true;
    this.capabilities = {
      sort: [...SORT_FIELDS],
      filters: [...FILTER_FIELDS],
      deleteDataset: true,
      push,
      evaluations,
    };
    if (!push) this.watchModels = undefined;
    if (!evaluations) this.startEvaluation = this.getEvaluation = undefined;
    this.evaluationTimeMs = options.evaluationTimeMs;
    this.latencyMs = options.latencyMs ?? 0;
    this.role = options.role ?? 'ORGADMIN';
    this.trainingTimeMs = options.trainingTimeMs ?? DEFAULT_TRAINING_TIME_MS;
    this.languages = (options.languages ?? DEMO_LANGUAGES).map((language) => ({ ...language }));
    this.persistKey = options.persistKey;
    this.storage = stateStorage(options);
    const state = restoreState(options, this.languages, this.storage);
    this.organization = state.organization;
    this.datasets = state.datasets;
    this.nextModelId = state.nextModelId;
    this.nextDatasetId = state.nextDatasetId;
    this.index = new ModelIndex(this.languages.map((language) => language.name));
    this.lifecycle = new TrainingLifecycle(this.index, {
      trainingTimeMs: () => this.trainingTimeMs,
      datasets: (modelId) => this.datasets.get(modelId) ?? [],
      emitModel: (id) => this.emitModel(id),
      save: () => this.save(),
    });
    for (const model of state.models) this.index.add(model);
    for (const id of state.training) this.lifecycle.start(id);
  }

  /** Stops every training timer. Models stay where they are; a persisted state resumes on reload. */
  dispose(): void {
    this.lifecycle.dispose();
    this.changes.clear();
    void this.evaluations?.then((runs) => runs.dispose());
  }

  /** The push channel: `onChange` hears every change until `signal` aborts. */
  watchModels?(onChange: (change: ModelsChange) => void, o: { signal: AbortSignal }): void {
    this.changes.watch(onChange, o.signal);
  }

  /** Reports a change on the push channel; watchers hear it after this call answers. */
  private emit(change: ModelsChange): void {
    this.changes.emit(change);
  }

  private emitModel(id: string): void {
    const row = this.index.get(id);
    if (row) this.emit({ models: [this.toPublic(row)] });
  }

  async getSession(o?: RequestOptions): Promise<Session> {
    await this.delay(o?.signal);
    return {
      role: this.role,
      organization: { ...this.organization, customModelCount: this.index.size },
    };
  }

  async listTrainableLanguages(o?: RequestOptions): Promise<Language[]> {
    await this.delay(o?.signal);
    return this.languages.map((language) => ({ ...language }));
  }

  async listModels(query: ModelQuery, o?: RequestOptions): Promise<ModelPage> {
    await this.delay(o?.signal);
    checkListQuery(query);
    const { page, pageSize, sort, filters } = query;
    const rows = this.index.query(sort, filters);
    const start = (page - 1) * pageSize;
    return {
      items: rows.slice(start, start + pageSize).map((row) => this.toPublic(row)),
      total: rows.length,
    };
  }

  async getModel(id: string, o?: RequestOptions): Promise<CustomModel> {
    await this.delay(o?.signal);
    return this.toPublic(this.require(id));
  }

  async createModel(
    input: { name: string; languageId: string },
    o?: RequestOptions,
  ): Promise<CustomModel> {
    await this.delay(o?.signal);
    const { name, language } = checkNewModel(input, this.languages);

    const limit = this.organization.customModelLimit;
    if (limit != null && this.index.size >= limit) {
      throw error(
        'payment-required',
        402,
        `Your plan allows ${limit} custom models. Delete a model or upgrade your plan to create more.`,
        undefined,
        'plan-limit',
      );
    }
    checkUnique(this.index, name);

    let id = String(this.nextModelId++);
    while (this.index.get(id)) id = String(this.nextModelId++);
    const row = this.index.add({
      id,
      key: newModelKey(this.index, id, name, language),
      name,
      baseLanguage: { ...language },
      trainingStatus: TrainingStatus.NotRunning,
      lastModified: now(),
    });
    this.save();
    this.emit({ models: [this.toPublic(row)], listsChanged: true });
    return this.toPublic(row);
  }

  async updateModel(
    id: string,
    changes: { name: string },
    o?: RequestOptions,
  ): Promise<CustomModel> {
    await this.delay(o?.signal);
    const row = this.require(id);
    if (forbiddenReason('rename', row.model.trainingStatus)) {
      throw error(
        'conflict',
        409,
        'This model is training and cannot be renamed until training ends.',
        undefined,
        'model-busy',
      );
    }
    const fieldErrors: Record<string, string> = {};
    const name = checkName(changes.name, fieldErrors);
    if (fieldErrors.name) throw error('validation', 422, fieldErrors.name, fieldErrors);
    checkUnique(this.index, name, id);
    this.index.update(row, (model) => {
      model.name = name;
      model.lastModified = now();
    });
    this.save();
    this.emitModel(row.model.id);
    return this.toPublic(row);
  }

  async deleteModel(id: string, o?: RequestOptions): Promise<void> {
    await this.delay(o?.signal);
    if (!canDelete(this.role)) {
      throw error('forbidden', 403, 'Only organisation administrators can delete custom models.');
    }
    const row = this.require(id);
    if (row.model.trainingStatus === TrainingStatus.Running) {
      throw error(
        'conflict',
        409,
        'This model is training and cannot be deleted until training ends.',
        undefined,
        'model-busy',
      );
    }
    this.lifecycle.stop(id);
    void this.evaluations?.then((runs) => runs.forget(id));
    this.index.remove(id);
    this.datasets.delete(id);
    this.save();
    this.emit({ removedIds: [id] });
  }

  async listDatasets(modelId: string, o?: RequestOptions): Promise<Dataset[]> {
    await this.delay(o?.signal);
    this.require(modelId);
    return (this.datasets.get(modelId) ?? []).map((dataset) => ({ ...dataset }));
  }

  async uploadDataset(modelId: string, file: File, o: UploadOptions = {}): Promise<Dataset> {
    const { signal, onProgress } = o;
    const step = uploadStepMs(this.latencyMs);
    await wait(step, signal);
    // The caller's kind (a test set is chosen, never told from the name), else the extension's.
    const kind: DatasetKind = o.kind ?? this.checkUpload(modelId, file);
    if (o.kind) this.checkUpload(modelId, file);
    const total = file.size;
    await sendInSteps(total, step, { signal, onProgress });
    // The model may have been deleted or queued while the bytes were "in flight".
    this.checkUpload(modelId, file);
    // Then the server reads what arrived.
    const read = await checkContent(file);
    const dataset: Dataset = {
      id: `ds-${this.nextDatasetId++}`,
      name: file.name,
      kind,
      sizeBytes: total,
      uploadedAt: now(),
      ...read,
    };
    this.datasets.set(modelId, [...(this.datasets.get(modelId) ?? []), dataset]);
    this.touch(modelId);
    this.save();
    return { ...dataset };
  }

  async deleteDataset(modelId: string, datasetId: string, o?: RequestOptions): Promise<void> {
    await this.delay(o?.signal);
    const row = this.require(modelId);
    const list = this.datasets.get(modelId) ?? [];
    if (!list.some((dataset) => dataset.id === datasetId)) {
      throw error('not-found', 404, 'Dataset not found.');
    }
    checkDatasetsUnlocked(row);
    this.datasets.set(
      modelId,
      list.filter((dataset) => dataset.id !== datasetId),
    );
    this.touch(modelId);
    this.save();
  }

  async startTraining(modelId: string, o?: RequestOptions): Promise<CustomModel> {
    await this.delay(o?.signal);
    const row = this.require(modelId);
    checkCanStart(row, this.datasets.get(modelId)?.length ?? 0);
    const credits = this.organization.trainingCredits;
    if (credits != null && credits <= 0) {
      throw error(
        'payment-required',
        402,
        'Your organisation has no training credits left. Contact your administrator about your plan.',
      );
    }
    if (credits != null) this.organization.trainingCredits = credits - 1;
    this.lifecycle.setStatus(row, TrainingStatus.ReadyToRun);
    // A new run makes the last accuracy figures stale.
    void this.evaluations?.then((runs) => runs.forget(modelId));
    this.index.update(row, (model) => {
      delete model.wordErrorRate;
      delete model.baseWordErrorRate;
      delete model.evaluationStatus;
    });
    this.lifecycle.start(modelId);
    this.save();
    return this.toPublic(row);
  }

  /** Runs the test set through the base and the custom model (after a successful training). */
  async startEvaluation?(modelId: string, o?: RequestOptions): Promise<Evaluation> {
    await this.delay(o?.signal);
    const row = this.require(modelId);
    return (await this.runs()).start(row.model, this.evaluationTimeMs);
  }

  /** The model's last evaluation; `none` when it was never run. */
  async getEvaluation?(modelId: string, o?: RequestOptions): Promise<Evaluation> {
    await this.delay(o?.signal);
    this.require(modelId);
    // After a start still loading the module: answered once that start is in, as a server would.
    return (await this.runs()).get(modelId);
  }

  /** The evaluations, their scoring and timers loaded on first use. */
  private runs(): Promise<EvaluationRuns> {
    return (this.evaluations ??= import('./evaluations.js').then(
      ({ EvaluationRuns }) =>
        new EvaluationRuns(this.index, this.datasets, (id) => {
          this.save();
          this.emitModel(id);
        }),
    ));
  }

  // --- helpers ---------------------------------------------------------------------------

  private delay(signal?: AbortSignal): Promise<void> {
    return wait(this.latencyMs, signal);
  }

  private require(id: string): Row {
    const row = this.index.get(String(id));
    if (!row) throw modelNotFound();
    return row;
  }

  private touch(modelId: string): void {
    const row = this.index.get(modelId);
    if (row) this.index.update(row, (model) => (model.lastModified = now()));
    this.emitModel(modelId);
  }

  /** The file's dataset kind, after checking the model exists and can take it. */
  private checkUpload(modelId: string, file: File): DatasetKind {
    return checkUpload(this.require(modelId), file);
  }

  /** A copy callers may change freely, with the counts derived from the datasets. */
  private toPublic(row: Row): CustomModel {
    const count = this.datasets.get(row.model.id)?.length ?? 0;
    const status = row.model.trainingStatus;
    return {
      ...copyModel(row.model),
      datasetCount: count,
      isTrainable:
        count > 0 && (status === TrainingStatus.NotRunning || status === TrainingStatus.Failed),
    };
  }

  private save(): void {
    if (!this.storage || !this.persistKey) return;
    const state: PersistedState = {
      v: 1,
      // Runs are not persisted: a model is not measured after a reload.
      models: [...this.index.values()].map(({ model }) => {
        const { evaluationStatus: _running, ...stored } = model;
        return stored;
      }),
      datasets: Object.fromEntries(this.datasets),
      organization: this.organization,
      training: this.lifecycle.ids(),
    };
    writeJson(this.storage, this.persistKey, state);
  }
}
