/*
 * Sorting: each declared field in both directions orders the whole list (not each page on its
 * own), the same way on every request, without losing or repeating a model across pages.
 */
import type { CustomModel, FilterField, SortDirection, SortField } from '../api/types.js';
import { FIXTURE_SUFFIXES, type Setup } from './checks-setup.js';
import { allTied, duplicateId, fieldValue, orderBreak, walk } from './list-walk.js';
import type { RunContext } from './run-context.js';
import { fail, quote } from './sentences.js';

const PAGE = 4;
const DIRECTION_WORDS: Record<SortDirection, string> = { asc: 'ascending', desc: 'descending' };

export async function checkSorting(
  ctx: RunContext,
  setup: Setup,
  sorts: SortField[],
  filters: FilterField[],
) {
  if (!sorts.length) {
    ctx.skip(
      'sort',
      'sorting',
      'the adapter declares no sort field (capabilities.sort is absent or empty)',
    );
    return;
  }
  for (const field of sorts) {
    for (const direction of ['asc', 'desc'] as const) {
      await ctx.check('sort', `sort by ${field}, ${DIRECTION_WORDS[direction]}`, () =>
        checkOneSort(ctx, setup, field, direction, filters),
      );
    }
  }
}

async function checkOneSort(
  ctx: RunContext,
  setup: Setup,
  field: SortField,
  direction: SortDirection,
  filters: FilterField[],
): Promise<string | void> {
  const sort = { field, direction };
  const first = await walk(ctx, PAGE, { sort });
  const broken = orderBreak(first.items, field, direction);
  if (broken) {
    const { index } = broken;
    const a = first.items[index - 1]!;
    const b = first.items[index]!;
    const pageOf = (i: number) => Math.floor(i / PAGE) + 1;
    const where =
      pageOf(index - 1) === pageOf(index)
        ? `on page ${pageOf(index)}`
        : `across pages ${pageOf(index - 1)} and ${pageOf(index)}`;
    const pagesSorted = first.pages.every((page) => !orderBreak(page, field, direction));
    fail(
      `sorted by ${field} ${direction}, model ${quote(a.id)} (${fieldValue(a, field)}) came before model ${quote(b.id)} (${fieldValue(b, field)}) ${where}` +
        (pagesSorted
          ? ': each page is sorted on its own but not the list as a whole; sort on the server, before paging'
          : ': the list is not in that order (is the sort ignored?)'),
    );
  }
  const twice = duplicateId(first.items);
  if (twice)
    fail(
      `sorted by ${field} ${direction}, model ${quote(twice)} came on two pages: break ties the same way on every request (e.g. by id), or paging repeats and skips models`,
    );
  if (first.complete && first.items.length !== Number(first.totals[0]))
    fail(
      `sorted by ${field} ${direction}, walking every page gave ${first.items.length} models but the total is ${first.totals[0]}`,
    );
  const again = await walk(ctx, PAGE, { sort });
  const order = (items: CustomModel[]) => items.map((item) => item.id).join('\n');
  if (order(again.items) !== order(first.items))
    fail(
      `sorted by ${field} ${direction}, two identical walks of the list gave different orders: sorting must be stable (break ties, e.g. by id)`,
    );

  // The run's models have known names: their order is exact, whatever else is listed.
  if (
    field === 'name' &&
    setup.fixtures.length === FIXTURE_SUFFIXES.length &&
    filters.includes('name')
  ) {
    const own = await walk(ctx, 2, { sort, filters: { name: ctx.tag } });
    const names = own.items.map((item) => item.name);
    const expected = [...FIXTURE_SUFFIXES].sort().map((suffix) => ctx.name(suffix));
    if (direction === 'desc') expected.reverse();
    if (names.join('\n') !== expected.join('\n'))
      fail(
        `sorted by name ${direction} and filtered to the run's models (two to a page), they came as ${names.map((n) => quote(n.slice(ctx.prefix.length + 1))).join(', ')}; expected ${expected.map((n) => quote(n.slice(ctx.prefix.length + 1))).join(', ')}`,
      );
  }
  const notes: string[] = [];
  if (first.items.length > 1 && allTied(first.items, field))
    notes.push(`every listed model has the same ${field}, so no order could be told apart`);
  if (!first.complete) notes.push(`the first ${first.items.length} models were walked`);
  return notes.join('; ') || undefined;
}
