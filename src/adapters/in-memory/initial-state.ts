import type { CustomModel, Dataset, Language, Organization } from '../../api/types.js';
import { isBusyStatus } from '../../api/status-rules.js';
import { DEMO_ORGANIZATION, createDemoData, generateModels } from './demo-data.js';
import type { InMemoryOptions } from './options.js';
import { copyModel, nextNumber } from './model-records.js';
import { defaultStorage, parseState, readJson, type PersistedState } from './storage.js';

/** The state to start from when nothing is stored: the demo organisation, or the caller's data. */
export function initialState(
  options: InMemoryOptions,
  languages: Language[],
): Omit<PersistedState, 'v'> {
  const { models, datasets, organization } = options;
  if (models === undefined) {
    const demo = createDemoData();
    return {
      models: demo.models,
      datasets: datasets ?? demo.datasets,
      organization: { ...DEMO_ORGANIZATION, ...organization },
      training: [],
    };
  }
  // The demo's plan limit fits the demo's dozen models, not a caller's own data.
  const unlimited: Organization = { ...DEMO_ORGANIZATION };
  delete unlimited.customModelLimit;
  return {
    models: typeof models === 'number' ? generateModels(models, undefined, languages) : models,
    datasets: datasets ?? {},
    organization: { ...unlimited, ...organization },
    training: [],
  };
}

/** Where the state is kept between page loads: none without `persistKey`. */
export function stateStorage(options: InMemoryOptions): Storage | null {
  // Only touch localStorage when asked to persist: some sandboxes throw on mere access.
  if (!options.persistKey) return null;
  return options.storage === undefined ? defaultStorage() : options.storage;
}

/** What the adapter starts with: its own copies, ready to index. */
export interface RestoredState {
  models: CustomModel[];
  datasets: Map<string, Dataset[]>;
  /** The organisation without its model count (the adapter counts its models itself). */
  organization: Organization;
  nextModelId: number;
  nextDatasetId: number;
  /** Ids of the models whose training lifecycle resumes (those still queued or running). */
  training: string[];
}

/**
 * The stored state under `options.persistKey` when there is a readable one, else the initial
 * state. Datasets of models that are gone are dropped; the runs to resume are the stored ones, and
 * with `runSeededTraining` (never over a stored state) the starting models queued or running.
 */
export function restoreState(
  options: InMemoryOptions,
  languages: Language[],
  storage: Storage | null,
): RestoredState {
  const stored =
    storage && options.persistKey ? parseState(readJson(storage, options.persistKey)) : undefined;
  const state = stored ?? initialState(options, languages);

  const organization = { ...state.organization };
  delete organization.customModelCount;
  const models = state.models.map(copyModel);
  const byId = new Map(models.map((model) => [model.id, model]));
  const datasets = new Map<string, Dataset[]>();
  for (const [modelId, list] of Object.entries(state.datasets)) {
    if (byId.has(modelId))
      datasets.set(
        modelId,
        list.map((d) => ({ ...d })),
      );
  }
  const seeded =
    options.runSeededTraining && !stored
      ? models.filter((model) => isBusyStatus(model.trainingStatus)).map((model) => model.id)
      : [];
  const training = [...new Set([...state.training, ...seeded])].filter((id) => {
    const model = byId.get(id);
    return model !== undefined && isBusyStatus(model.trainingStatus);
  });
  return {
    models,
    datasets,
    organization,
    nextModelId: nextNumber(state.models.map((model) => model.id)),
    nextDatasetId: nextNumber([...datasets.values()].flat().map((dataset) => dataset.id)),
    training,
  };
}
