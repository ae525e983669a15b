/*
 * Filters, each as the contract defines it: name and key contain the text (case-insensitively),
 * trainingStatus is any of the listed codes, baseLanguageKey is exactly that key. Each filter must
 * keep every match (the run's own models, or one seen in the list) and drop every non-match.
 */
import type { CustomModel, FilterField, ModelFilters } from '../api/types.js';
import type { Setup } from './checks-setup.js';
import { walk } from './list-walk.js';
import type { RunContext } from './run-context.js';
import { fail, quote } from './sentences.js';

const PAGE = 50;

/** A middle part of `text` in another case: what a user types into a "contains" filter. */
function partOf(text: string): string {
  const part = text.length > 5 ? text.slice(1, -1) : text;
  const upper = part.toUpperCase();
  return upper !== part ? upper : part.toLowerCase();
}

interface Case {
  title: string;
  filters: ModelFilters;
  /** Why a listed model should not be there, or undefined when it matches. */
  mismatch: (model: CustomModel) => string | undefined;
  /** Models that match and must be listed. */
  expected: CustomModel[];
}

function casesFor(
  field: FilterField,
  setup: Setup,
  listed: CustomModel[],
  ctx: RunContext,
): Case[] | string {
  const pool = [...setup.fixtures, ...listed];
  const lower = (v: unknown) => String(v ?? '').toLowerCase();
  switch (field) {
    case 'name': {
      const source = setup.fixtures.length ? ctx.tag : pool.find((m) => m.name?.length >= 3)?.name;
      if (!source) return 'no model with a name to search for is known';
      return [source.toUpperCase(), partOf(source)].map((value) => ({
        title: `filters.name ${quote(value)}`,
        filters: { name: value },
        mismatch: (m) =>
          lower(m.name).includes(value.toLowerCase())
            ? undefined
            : `its name ${quote(m.name)} does not contain ${quote(value)} (case-insensitively)`,
        expected: pool.filter((m) => lower(m.name).includes(value.toLowerCase())),
      }));
    }
    case 'key': {
      const model = pool.find((m) => typeof m.key === 'string' && m.key.length >= 3);
      if (!model) return 'no model with a key is known';
      const value = partOf(model.key);
      return [
        {
          title: `filters.key ${quote(value)}`,
          filters: { key: value },
          mismatch: (m) =>
            lower(m.key).includes(value.toLowerCase())
              ? undefined
              : `its key ${quote(m.key)} does not contain ${quote(value)} (case-insensitively)`,
          expected: pool.filter((m) => lower(m.key).includes(value.toLowerCase())),
        },
      ];
    }
    case 'trainingStatus': {
      const statuses = [...new Set(pool.map((m) => m.trainingStatus))].filter(Number.isInteger);
      if (!statuses.length) return 'no model is known';
      const sets = [statuses.slice(0, 1), ...(statuses.length > 1 ? [statuses.slice(0, 2)] : [])];
      return sets.map((set) => ({
        title: `filters.trainingStatus ${quote(set)}`,
        filters: { trainingStatus: set },
        mismatch: (m) =>
          set.includes(m.trainingStatus)
            ? undefined
            : `its status ${quote(m.trainingStatus)} is not one of ${quote(set)}`,
        expected: pool.filter((m) => set.includes(m.trainingStatus)),
      }));
    }
    case 'baseLanguageKey': {
      const model = setup.fixtures[1] ?? pool.find((m) => m.baseLanguage?.key);
      const value = model?.baseLanguage?.key;
      if (!value) return 'no model with a base language key is known';
      return [
        {
          title: `filters.baseLanguageKey ${quote(value)}`,
          filters: { baseLanguageKey: value },
          mismatch: (m) =>
            lower(m.baseLanguage?.key) === value.toLowerCase()
              ? undefined
              : `its base language key is ${quote(m.baseLanguage?.key)}, not ${quote(value)}`,
          expected: pool.filter((m) => lower(m.baseLanguage?.key) === value.toLowerCase()),
        },
      ];
    }
  }
}

export async function checkFilters(ctx: RunContext, setup: Setup, filters: FilterField[]) {
  if (!filters.length) {
    ctx.skip(
      'filters',
      'filters',
      'the adapter declares no filter (capabilities.filters is absent or empty)',
    );
    return;
  }
  let listed: CustomModel[] = [];
  try {
    listed = (await walk(ctx, PAGE, {}, PAGE)).items;
  } catch {
    /* the paging checks report an unreadable list; the run's own models may still do */
  }
  for (const field of filters) {
    const cases = casesFor(field, setup, listed, ctx);
    if (typeof cases === 'string') {
      ctx.skip('filters', `filters.${field}`, cases);
      continue;
    }
    for (const c of cases) {
      await ctx.check('filters', c.title, async () => {
        const found = await walk(ctx, PAGE, { filters: c.filters });
        const wrong = found.items.find((m) => c.mismatch(m));
        if (wrong)
          fail(`${c.title} listed model ${quote(wrong.id)}, although ${c.mismatch(wrong)}`);
        if (!found.complete) return `the first ${found.items.length} matches were checked`;
        const lost = c.expected.find((m) => !found.items.some((f) => f.id === m.id));
        if (lost)
          fail(
            `${c.title} did not list model ${quote(lost.id)} (${quote(lost.name)}), which matches it`,
          );
        if (Number(found.totals[0]) !== found.items.length)
          fail(
            `${c.title} listed ${found.items.length} models but reported the total ${quote(found.totals[0])}`,
          );
      });
    }
  }
}
