/*
 * The shapes the elements rely on, as lists of problems (empty: the value is right). Each problem
 * names the field and the value, so the sentence is enough to find the mapping to fix.
 */
import {
  DATASET_KINDS,
  isTrainingStatus,
  type CustomModel,
  type Dataset,
  type Language,
  type Session,
} from '../api/types.js';
import { isIsoDate, quote } from './sentences.js';

const isText = (value: unknown): value is string => typeof value === 'string';
const isFilled = (value: unknown): value is string => isText(value) && value.trim() !== '';

/** Problems of a language (trainable, or a model's base language). */
export function languageProblems(language: unknown, where = 'the language'): string[] {
  if (typeof language !== 'object' || language === null)
    return [`${where} is ${quote(language)}, not { id, key, name }`];
  const { id, key, name } = language as Partial<Language>;
  const problems: string[] = [];
  if (!isFilled(id)) problems.push(`${where} has the id ${quote(id)}: ids are non-empty strings`);
  if (!isFilled(key))
    problems.push(`${where} has the key ${quote(key)}: a key like "nl-nl" is needed`);
  if (!isFilled(name))
    problems.push(`${where} has the name ${quote(name)}: a display name like "Dutch" is needed`);
  return problems;
}

/** Problems of a model. */
export function modelProblems(model: unknown): string[] {
  if (typeof model !== 'object' || model === null) return [`a model is ${quote(model)}`];
  const m = model as Partial<CustomModel>;
  const who = `model ${quote(m.id)}${isText(m.name) ? ` (${quote(m.name, 40)})` : ''}`;
  const problems: string[] = [];
  if (!isFilled(m.id)) problems.push(`${who} has the id ${quote(m.id)}: ids are non-empty strings`);
  if (!isText(m.name)) problems.push(`${who} has the name ${quote(m.name)}: names are strings`);
  if (!isText(m.key)) problems.push(`${who} has the key ${quote(m.key)}: keys are strings`);
  if (!isTrainingStatus(m.trainingStatus))
    problems.push(
      `${who} has the training status ${quote(m.trainingStatus)}: statuses are the numbers 1–5`,
    );
  if (!isIsoDate(m.lastModified))
    problems.push(`${who} has lastModified ${quote(m.lastModified)}: not an ISO-8601 date`);
  for (const field of ['createdAt', 'trainingStartedAt', 'trainingEndedAt'] as const) {
    if (m[field] !== undefined && !isIsoDate(m[field]))
      problems.push(`${who} has ${field} ${quote(m[field])}: not an ISO-8601 date`);
  }
  if (
    m.trainingProgress !== undefined &&
    !(
      typeof m.trainingProgress === 'number' &&
      m.trainingProgress >= 0 &&
      m.trainingProgress <= 100
    )
  )
    problems.push(`${who} has trainingProgress ${quote(m.trainingProgress)}: a number 0–100`);
  if (m.datasetCount !== undefined && !(Number.isInteger(m.datasetCount) && m.datasetCount >= 0))
    problems.push(`${who} has datasetCount ${quote(m.datasetCount)}: a count`);
  if (m.isTrainable !== undefined && typeof m.isTrainable !== 'boolean')
    problems.push(`${who} has isTrainable ${quote(m.isTrainable)}: a boolean`);
  if (
    m.statusDatasetIds !== undefined &&
    !(Array.isArray(m.statusDatasetIds) && m.statusDatasetIds.every(isFilled))
  )
    problems.push(
      `${who} has statusDatasetIds ${quote(m.statusDatasetIds)}: a list of dataset ids (strings)`,
    );
  problems.push(...languageProblems(m.baseLanguage, `the base language of ${who}`));
  return problems;
}

/** Problems of a dataset. */
export function datasetProblems(dataset: unknown): string[] {
  if (typeof dataset !== 'object' || dataset === null) return [`a dataset is ${quote(dataset)}`];
  const d = dataset as Partial<Dataset>;
  const who = `dataset ${quote(d.id)}`;
  const problems: string[] = [];
  if (!isFilled(d.id)) problems.push(`${who} has the id ${quote(d.id)}: ids are non-empty strings`);
  if (!isText(d.name)) problems.push(`${who} has the name ${quote(d.name)}: names are strings`);
  if (!(DATASET_KINDS as readonly unknown[]).includes(d.kind))
    problems.push(`${who} has the kind ${quote(d.kind)}: one of ${DATASET_KINDS.join(', ')}`);
  if (d.sizeBytes !== undefined && !(Number.isFinite(d.sizeBytes) && d.sizeBytes! >= 0))
    problems.push(`${who} has sizeBytes ${quote(d.sizeBytes)}: a number of bytes`);
  if (d.uploadedAt !== undefined && !isIsoDate(d.uploadedAt))
    problems.push(`${who} has uploadedAt ${quote(d.uploadedAt)}: not an ISO-8601 date`);
  if (d.url !== undefined && !(isText(d.url) && /^https?:\/\//i.test(d.url)))
    problems.push(`${who} has the url ${quote(d.url)}: an absolute http(s) link, or none`);
  return problems;
}

/** Problems of a session. */
export function sessionProblems(session: unknown): string[] {
  if (typeof session !== 'object' || session === null) return [`the session is ${quote(session)}`];
  const s = session as Partial<Session>;
  const problems: string[] = [];
  if (!isFilled(s.role)) problems.push(`the session's role is ${quote(s.role)}: a role name`);
  const org = s.organization;
  if (typeof org !== 'object' || org === null) {
    problems.push(`the session's organization is ${quote(org)}: { id, name } is needed`);
    return problems;
  }
  if (!isText(org.id)) problems.push(`the organization's id is ${quote(org.id)}: ids are strings`);
  if (!isText(org.name)) problems.push(`the organization's name is ${quote(org.name)}`);
  for (const field of ['customModelLimit', 'customModelCount', 'trainingCredits'] as const) {
    if (org[field] !== undefined && !(Number.isFinite(org[field]) && org[field]! >= 0))
      problems.push(`the organization's ${field} is ${quote(org[field])}: a count`);
  }
  return problems;
}
