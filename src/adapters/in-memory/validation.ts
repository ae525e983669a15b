import { CustomModelsApiError, type ApiErrorKind, type KnownErrorCode } from '../../api/errors.js';
import type { Language, ModelQuery } from '../../api/types.js';
import { MAX_MODEL_NAME_LENGTH, SORT_FIELDS } from '../../api/types.js';
import type { ModelIndex } from './model-index.js';

/** The errors the server would answer, with its HTTP status and per-field messages. */
export const error = (
  kind: ApiErrorKind,
  status: number,
  message: string,
  fieldErrors?: Record<string, string>,
  code?: KnownErrorCode,
) => new CustomModelsApiError(kind, message, { status, fieldErrors, code });

export const modelNotFound = () =>
  error('not-found', 404, 'Custom model not found.', undefined, 'unknown-model');

/** Refuses a page request the server would refuse: bad page, page size or sort. */
export function checkListQuery({ page, pageSize, sort }: ModelQuery): void {
  if (!Number.isInteger(page) || page < 1) {
    throw error('validation', 422, 'The page number must be 1 or more.', {
      page: 'Must be 1 or more.',
    });
  }
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) {
    throw error('validation', 422, 'The page size must be between 1 and 1000.', {
      pageSize: 'Must be between 1 and 1000.',
    });
  }
  if (
    sort &&
    (!(SORT_FIELDS as readonly string[]).includes(sort.field) ||
      !['asc', 'desc'].includes(sort.direction))
  ) {
    throw error('validation', 422, 'The list cannot be sorted that way.', {
      sort: 'Unknown sort.',
    });
  }
}

/** Name rules shared by create and rename; records a message in `fieldErrors.name`. */
export function checkName(raw: unknown, fieldErrors: Record<string, string>): string {
  const name = typeof raw === 'string' ? raw.trim() : '';
  if (!name) fieldErrors.name = 'Name is required.';
  else if (name.length > MAX_MODEL_NAME_LENGTH) {
    fieldErrors.name = `Name must be ${MAX_MODEL_NAME_LENGTH} characters or fewer.`;
  }
  return name;
}

/** The name and trainable language of a new model, or a validation error naming every bad field. */
export function checkNewModel(
  input: { name: string; languageId: string },
  languages: readonly Language[],
): { name: string; language: Language } {
  const fieldErrors: Record<string, string> = {};
  const name = checkName(input.name, fieldErrors);
  const languageId = String(input.languageId ?? '').trim();
  const language = languages.find((candidate) => candidate.id === languageId);
  if (!languageId) fieldErrors.languageId = 'Language is required.';
  else if (!language) fieldErrors.languageId = 'Choose one of the trainable languages.';
  const firstError = Object.values(fieldErrors)[0];
  if (firstError) throw error('validation', 422, firstError, fieldErrors);
  return { name, language: language! };
}

/** Names are unique in the organisation, ignoring case; `exceptId` is the model being renamed. */
export function checkUnique(index: ModelIndex, name: string, exceptId?: string): void {
  const lower = name.toLowerCase();
  for (const row of index.values()) {
    if (row.nameLower === lower && row.model.id !== exceptId) {
      const message = `A custom model named "${name}" already exists.`;
      throw error('conflict', 409, message, { name: message }, 'duplicate-name');
    }
  }
}
