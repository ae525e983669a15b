/*
 * The Scriptix wire format (scriptix-api.md, family A/B1) and its mapping to the contract.
 * Every mapper accepts `unknown`: unknown extra fields are ignored, missing or malformed ones get a
 * harmless default, so a strange answer never crashes an element.
 */
import { datasetKindOf } from '../../api/dataset-files.js';
import {
  TrainingStatus,
  type CustomModel,
  type Dataset,
  type DatasetKind,
  type Language,
  type Session,
} from '../../api/types.js';

/** `{ result, count, total_results }`: every answer, single objects too. */
export interface WireEnvelope<T> {
  result: T;
  /** Items in this answer. */
  count?: number;
  /** All matches. */
  total_results?: number;
}

export interface WireTrainingLog {
  language_id?: number;
  training_status?: number;
  log_name?: string | null;
  /** Not in the documented examples (a guess, read when present). Also `start_time`. */
  started_at?: string;
  /** Not in the documented examples (a guess, read when present). Also `ended_at`, `end_time`. */
  finished_at?: string;
}

/** A custom model as the service sends it. */
export interface WireModel {
  id: number;
  key?: string;
  name: string;
  /** ISO 8601 with microseconds and offset: `2021-01-25T10:31:46.960411+00:00`. */
  last_modified: string;
  organization_id?: number;
  language_data?: WireDataset[] | null;
  is_trainable?: boolean;
  type?: number;
  base_language_id: number;
  base_language_key: string;
  training_log?: WireTrainingLog | null;
  /** Not in the documented examples (a guess, read when present). */
  created_at?: string;
  /** Family B2 only; used when present. */
  training_progress?: number;
  status_message?: string;
  /** Family B2 only: `word_error_rate` (a fraction) is read as the model's `wordErrorRate`. */
  training_metrics?: { word_error_rate?: number } | null;
}

/** A dataset (`language_data` item). `type`: 1 training data, 2 test data. */
export interface WireDataset {
  id: number;
  name: string;
  type?: number;
  language_id?: number;
  media_url?: string;
  url?: string;
}

/** The upload answer of the web app's call. */
export interface WireUploadResult {
  transcriptId: number;
  message?: string;
}

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;

const idString = (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value)
    ? String(value)
    : typeof value === 'string'
      ? value
      : '';

const num = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
};

/** The envelope's parts; a bare value (no `result`) is taken as the result itself. */
export function unwrap(body: unknown): { result: unknown; count?: number; total?: number } {
  if (isObject(body) && 'result' in body) {
    return { result: body.result, count: num(body.count), total: num(body.total_results) };
  }
  return { result: body };
}

/** The result as a list: an array as is, one object as a list of one, anything else empty. */
export function asList(result: unknown): unknown[] {
  if (Array.isArray(result)) return result;
  return isObject(result) ? [result] : [];
}

/** A date as `toISOString()`; the service's microseconds are cut to milliseconds. '' when unusable. */
export function normalizeDate(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) return '';
  let time = Date.parse(value);
  if (Number.isNaN(time)) time = Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));
  if (Number.isNaN(time)) time = Date.parse(value.replace(' ', 'T'));
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

/**
 * Language names: the trainable-languages list once loaded, else `Intl.DisplayNames` (English) on
 * the key's primary subtag, else the key.
 */
export class LanguageNames {
  private readonly byId = new Map<string, Language>();
  private readonly byKey = new Map<string, Language>();
  private displayNames?: Intl.DisplayNames | null;

  remember(languages: readonly Language[]): void {
    for (const language of languages) {
      if (language.id) this.byId.set(language.id, language);
      if (language.key) this.byKey.set(language.key.toLowerCase(), language);
    }
  }

  /** A full `Language` from whatever the model carries. */
  resolve(id: string, key: string): Language {
    const known =
      (id && this.byId.get(id)) || (key && this.byKey.get(key.toLowerCase())) || undefined;
    const resolvedKey = key || known?.key || '';
    return {
      id: id || known?.id || '',
      key: resolvedKey,
      name: known?.name || this.intlName(resolvedKey) || resolvedKey,
    };
  }

  private intlName(key: string): string | undefined {
    const code = key.split(/[-_]/)[0];
    if (!code) return undefined;
    if (this.displayNames === undefined) {
      try {
        this.displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
      } catch {
        this.displayNames = null;
      }
    }
    try {
      return this.displayNames?.of(code) ?? undefined;
    } catch {
      return undefined; // not a valid language subtag
    }
  }
}

/** A trainable language from the (undocumented) list: `{id, key, name}` or close variants. */
export function toLanguage(raw: unknown): Language | undefined {
  if (!isObject(raw)) return undefined;
  const id = idString(raw.id ?? raw.language_id);
  const key = str(raw.key) ?? str(raw.language_key) ?? str(raw.code) ?? str(raw.locale) ?? '';
  const name = str(raw.name) ?? str(raw.display_name) ?? str(raw.label) ?? '';
  if (!id && !key) return undefined;
  return { id, key, name };
}

/** A model. What is missing gets a default: no name is '', no training log is Not Running. */
export function toModel(raw: unknown, names: LanguageNames): CustomModel {
  const wire = isObject(raw) ? raw : {};
  const log = isObject(wire.training_log) ? wire.training_log : undefined;
  const status =
    num(log?.training_status) ?? num(wire.training_status) ?? TrainingStatus.NotRunning;
  const model: CustomModel = {
    id: idString(wire.id),
    key: str(wire.key) ?? str(wire.model_key) ?? '',
    name: typeof wire.name === 'string' ? wire.name : '',
    baseLanguage: names.resolve(
      idString(wire.base_language_id ?? log?.language_id),
      str(wire.base_language_key) ?? '',
    ),
    trainingStatus: status,
    lastModified: normalizeDate(wire.last_modified ?? wire.updated_at),
  };
  const progress = num(wire.training_progress);
  if (progress !== undefined) model.trainingProgress = Math.min(100, Math.max(0, progress));
  const message =
    str(wire.status_message) ?? (typeof wire.error === 'string' ? wire.error : undefined);
  if (message) model.statusMessage = message;
  // B2 alone names it, as a fraction (0.125 = 12.5 %); a missing or negative figure is left out.
  const wer = num((wire.training_metrics as Json | null | undefined)?.word_error_rate);
  if (wer! >= 0) model.wordErrorRate = wer;
  if (typeof wire.is_trainable === 'boolean') model.isTrainable = wire.is_trainable;
  if (Array.isArray(wire.language_data)) model.datasetCount = wire.language_data.length;
  const logName = str(log?.log_name);
  if (logName) model.trainingLogName = logName.trim();
  // Timing fields are in no documented example: the names are guesses, read only when present.
  const times = {
    createdAt: wire.created_at ?? wire.created ?? wire.creation_date,
    trainingStartedAt:
      log?.started_at ?? log?.start_time ?? log?.training_started_at ?? wire.training_started_at,
    trainingEndedAt:
      log?.finished_at ??
      log?.ended_at ??
      log?.end_time ??
      log?.training_finished_at ??
      wire.training_finished_at ??
      wire.training_ended_at,
  };
  for (const [field, value] of Object.entries(times) as Array<[keyof typeof times, unknown]>) {
    const date = normalizeDate(value);
    if (date) model[field] = date;
  }
  return model;
}

/** Whether an answer carries a whole model (create/update may answer only `{id, name, type}`). */
export function isFullModel(raw: unknown): boolean {
  return (
    isObject(raw) &&
    raw.id != null &&
    (raw.base_language_id != null || raw.base_language_key != null)
  );
}

/** An absolute http(s) link, or undefined: a `javascript:` or relative value is never a link. */
function downloadUrl(value: unknown): string | undefined {
  const text = str(value)?.trim();
  if (!text || !/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text).href;
  } catch {
    return undefined;
  }
}

/**
 * A dataset. The documented test-set code (`type` 2, or the host's `test-set` code) makes a test
 * set; otherwise the kind comes from the file name, else from a code only one kind has, else it is
 * a transcript (type 1).
 */
export function toDataset(
  raw: unknown,
  dataTypes: Readonly<Partial<Record<DatasetKind, number>>>,
): Dataset | undefined {
  if (!isObject(raw)) return undefined;
  const name = str(raw.name) ?? str(raw.file_name) ?? str(raw.filename) ?? '';
  const id = idString(raw.id ?? raw.data_id);
  if (!id && !name) return undefined;
  const type = num(raw.type ?? raw.data_type);
  const byType = (Object.keys(dataTypes) as DatasetKind[]).filter(
    (kind) => type !== undefined && dataTypes[kind] === type,
  );
  const dataset: Dataset = {
    id,
    name,
    kind:
      type !== undefined && type === dataTypes['test-set']
        ? 'test-set'
        : (datasetKindOf(name) ?? (byType.length === 1 ? byType[0]! : 'transcript')),
  };
  const url = downloadUrl(raw.url) ?? downloadUrl(raw.media_url);
  if (url) dataset.url = url;
  const size = num(raw.size ?? raw.size_bytes ?? raw.file_size);
  if (size !== undefined) dataset.sizeBytes = size;
  const uploadedAt = normalizeDate(raw.created_at ?? raw.uploaded_at ?? raw.last_modified);
  if (uploadedAt) dataset.uploadedAt = uploadedAt;
  return dataset;
}

/** Roles that outrank the others (they may delete); the rest are not ranked by the service. */
const ROLE_ORDER = ['SYSOP', 'ORGADMIN'];

/**
 * The user's role: users can hold several, so the highest of `role` and `roles` (strings or
 * `{ name }`); among unranked roles `role`, else the first of `roles`.
 */
function highestRole(user: Json): string {
  const roles = [user.role, ...(Array.isArray(user.roles) ? user.roles : [])]
    .map((r) => (isObject(r) ? str(r.name) : str(r)))
    .filter((r): r is string => !!r)
    .map((r) => r.trim().toUpperCase());
  return ROLE_ORDER.find((r) => roles.includes(r)) ?? roles[0] ?? 'USER';
}

/** The session from the current-user answer, whose shape is not public: tolerant of variants. */
export function toSession(raw: unknown, organizationId?: string): Session {
  const user = isObject(raw) ? (isObject(raw.user) ? { ...raw, ...raw.user } : raw) : {};
  const role = highestRole(user);
  const org = isObject(user.organization)
    ? user.organization
    : isObject(user.organisation)
      ? user.organisation
      : {};
  const organization: Session['organization'] = {
    id: idString(org.id ?? user.organization_id) || (organizationId ?? ''),
    name: str(org.name) ?? str(user.organization_name) ?? '',
  };
  const limit = num(org.custom_model_limit ?? org.custom_models_limit);
  if (limit !== undefined) organization.customModelLimit = limit;
  const credits = num(org.training_credits);
  if (credits !== undefined) organization.trainingCredits = credits;
  return { role, organization };
}

/** `"12"` → 12 (the service's ids are numbers); anything else stays as given. */
export const wireId = (id: string | number): string | number =>
  typeof id === 'string' && /^\d+$/.test(id.trim()) ? Number(id) : id;
