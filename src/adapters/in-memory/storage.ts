import type { CustomModel, Dataset, Language, Organization } from '../../api/types.js';
import { DATASET_KINDS } from '../../api/types.js';

/**
 * Storage access that never throws: private modes, sandboxed frames, full quotas and
 * hand-edited values must not break the demo, so every failure reads as "nothing stored".
 */

/** `localStorage` when the page may use it, else null (reading it throws in some sandboxes). */
export function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Parsed JSON under `key`, or undefined when missing, unreadable or not JSON. */
export function readJson(storage: Storage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text == null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON; false when the storage refuses (quota, disabled, throws). */
export function writeJson(storage: Storage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** What the in-memory adapter keeps between page loads. Timers are not state. */
export interface PersistedState {
  v: 1;
  models: CustomModel[];
  datasets: Record<string, Dataset[]>;
  organization: Organization;
  /** Ids whose training lifecycle the adapter drives; they resume after a reload. */
  training: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';

function isLanguage(value: unknown): value is Language {
  return isRecord(value) && isString(value.id) && isString(value.key) && isString(value.name);
}

function isModel(value: unknown): value is CustomModel {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.key) &&
    isString(value.name) &&
    isLanguage(value.baseLanguage) &&
    typeof value.trainingStatus === 'number' &&
    isString(value.lastModified) &&
    !Number.isNaN(Date.parse(value.lastModified))
  );
}

function isDataset(value: unknown): value is Dataset {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.name) &&
    (DATASET_KINDS as readonly unknown[]).includes(value.kind)
  );
}

/** The stored state when it is whole and well-formed; anything else means "use the defaults". */
export function parseState(value: unknown): PersistedState | undefined {
  if (!isRecord(value) || value.v !== 1) return undefined;
  const { models, datasets, organization, training } = value;
  if (!Array.isArray(models) || !models.every(isModel)) return undefined;
  if (!isRecord(datasets)) return undefined;
  for (const list of Object.values(datasets)) {
    if (!Array.isArray(list) || !list.every(isDataset)) return undefined;
  }
  if (!isRecord(organization) || !isString(organization.id) || !isString(organization.name)) {
    return undefined;
  }
  if (!Array.isArray(training) || !training.every(isString)) return undefined;
  return {
    v: 1,
    models,
    datasets: datasets as Record<string, Dataset[]>,
    organization: organization as unknown as Organization,
    training,
  };
}
