/**
 * What a view follows in the store, by name: a bump of its generation means "fetch it again", and
 * every change notice lists the names it touched.
 *
 * - `session`, `languages`: the one session, the trainable languages;
 * - `lists`: every page of models; `lists:<pageKey>` one page;
 * - `model:<id>`, `datasets:<id>`, `evaluation:<id>`: one model, its datasets, its accuracy;
 * - `live`: the live status's own state (the last refresh failed or not).
 */
export type ResourceName =
  | 'session'
  | 'languages'
  | 'lists'
  | 'live'
  | `${'lists' | 'model' | 'datasets' | 'evaluation'}:${string}`;

/** The prefix of a name and the entry's id (undefined for a resource-wide name). */
export function splitName(name: ResourceName): { prefix: string; id?: string } {
  const colon = name.indexOf(':');
  return colon < 0 ? { prefix: name } : { prefix: name.slice(0, colon), id: name.slice(colon + 1) };
}
