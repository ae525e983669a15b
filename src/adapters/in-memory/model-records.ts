import type { CustomModel, Language } from '../../api/types.js';
import { slugify } from './demo-data.js';
import type { ModelIndex } from './model-index.js';

/** Short, stable-looking hex for keys (FNV-1a); uniqueness is checked by the caller. */
function hash4(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0').slice(-4);
}

/** `cm-<name>-<language>-<4 hex>`, unique in the organisation. */
export function newModelKey(
  index: ModelIndex,
  id: string,
  name: string,
  language: Language,
): string {
  const short = slugify(language.key.split('-')[0] ?? language.key);
  let base = slugify(name);
  if (!base.endsWith(`-${short}`) && base !== short) base = `${base}-${short}`;
  const taken = (key: string) => {
    for (const row of index.values()) if (row.model.key === key) return true;
    return false;
  };
  let key = `cm-${base}-${hash4(`${id}:${name}`)}`;
  for (let salt = 1; taken(key); salt++) key = `cm-${base}-${hash4(`${id}:${name}:${salt}`)}`;
  return key;
}

export function copyModel(model: CustomModel): CustomModel {
  // The counts are derived on the way out, never stored. Rest, not `delete`: deleting a
  // property turns the object into a slow dictionary that every sort comparison reads.
  const { datasetCount: _count, isTrainable: _trainable, ...copy } = model;
  const copied: CustomModel = { ...copy, baseLanguage: { ...model.baseLanguage } };
  if (model.statusDatasetIds) copied.statusDatasetIds = [...model.statusDatasetIds];
  return copied;
}

/** One more than the largest number ending any id, so new ids never collide. */
export function nextNumber(ids: string[]): number {
  let max = 0;
  for (const id of ids) {
    const match = /(\d+)$/.exec(id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max + 1;
}
