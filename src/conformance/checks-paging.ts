/*
 * Paging: pages count from 1, a page holds `pageSize` models (the last one the rest), every page
 * reports the same total, and walking every page gives every model exactly once.
 */
import type { CustomModel, FilterField } from '../api/types.js';
import type { Setup } from './checks-setup.js';
import { duplicateId, walk, type Walk } from './list-walk.js';
import type { RunContext } from './run-context.js';
import { callText, fail, quote } from './sentences.js';

const PAGE = 3;
const ids = (items: CustomModel[]) => items.map((item) => quote(item.id)).join(', ') || 'none';

export async function checkPaging(ctx: RunContext, setup: Setup, filters: FilterField[]) {
  const { api } = ctx;
  let pages: Walk | undefined;
  let double: CustomModel[] | undefined;
  let doubleTotal: number | undefined;
  const ready = await ctx.check('paging', 'listModels can be walked page by page', async () => {
    pages = await walk(ctx, PAGE);
    const q = { page: 1, pageSize: PAGE * 2 };
    const what = callText('listModels', q);
    const answer = await ctx.call(what, () => api.listModels(q));
    double = Array.isArray(answer?.items) ? answer.items : [];
    doubleTotal = answer?.total;
    for (const item of double) ctx.sawModel(what, item);
    if (!Array.isArray(answer?.items)) fail(`${what} resolved without an items list`);
  });
  if (!ready || !pages || !double) {
    for (const title of [
      'pages count from 1',
      'a page holds pageSize models',
      'every page reports the same total',
      'walking every page gives every model once',
    ])
      ctx.skip('paging', title, 'the list could not be read');
    return;
  }
  const walked = pages;
  const firstTwo = double;

  await ctx.check('paging', 'pages count from 1', async () => {
    const total = Number(walked.totals[0]);
    if (total > 0 && !walked.pages[0]!.length)
      fail(`page 1 is empty although the total is ${total}: the first page is page 1, not 0`);
    const rule = 'page N must start at model (N − 1) × pageSize + 1 (pages count from 1, not 0)';
    const start = walked.items.slice(0, firstTwo.length);
    if (start.map((m) => m.id).join('\n') !== firstTwo.map((m) => m.id).join('\n'))
      fail(
        `pages 1 and 2 of ${PAGE} models (${ids(start)}) are not page 1 of ${PAGE * 2} models (${ids(firstTwo)}): ${rule}`,
      );
    // A short list hides a page that is one off (page 1 of 6 is as empty as page 2 of 6 would
    // be): every model on page 1 shows it.
    if (Number.isInteger(total) && total > 0 && total <= ctx.maxListItems) {
      const q = { page: 1, pageSize: total };
      const what = callText('listModels', q);
      const answer = await ctx.call(what, () => api.listModels(q));
      const all = Array.isArray(answer?.items) ? answer.items : [];
      for (const item of all) ctx.sawModel(what, item);
      if (all.length !== total)
        fail(`${what}, all ${total} models on one page, gave ${all.length} (${ids(all)}): ${rule}`);
      const first = walked.pages[0]!;
      if (first.some((model) => !all.some((m) => m.id === model.id)))
        fail(
          `page 1 of ${PAGE} models (${ids(first)}) holds models that page 1 of ${total} models (${ids(all)}) does not: ${rule}`,
        );
    }
    if (!walked.items.length) return 'the list is empty, so only the empty first page was seen';
  });

  await ctx.check('paging', 'a page holds pageSize models, the last one the rest', async () => {
    const last = walked.pages.length - 1;
    for (const [i, page] of walked.pages.entries()) {
      if (page.length > PAGE)
        fail(`page ${i + 1} of listModels({ pageSize: ${PAGE} }) has ${page.length} models`);
      if (i < last && page.length !== PAGE)
        fail(`page ${i + 1} of ${PAGE} has only ${page.length} models although more pages follow`);
    }
    const total = Number(walked.totals[0]);
    const expected = Math.min(PAGE * 2, Number.isFinite(total) ? total : PAGE * 2);
    if (firstTwo.length !== expected)
      fail(
        `page 1 of listModels({ pageSize: ${PAGE * 2} }) has ${firstTwo.length} models; with a total of ${total} it should have ${expected}`,
      );
  });

  await ctx.check('paging', 'every page reports the same total, the number of models', async () => {
    const totals = [...walked.totals, doubleTotal];
    const bad = totals.find((t) => !Number.isInteger(t) || (t as number) < 0);
    if (bad !== undefined || totals.includes(undefined))
      fail(`a page reported the total ${quote(bad)}: total is the number of all matching models`);
    const differs = walked.totals.findIndex((t) => t !== walked.totals[0]);
    if (differs >= 0)
      fail(
        `page ${differs + 1} reported the total ${walked.totals[differs]} but page 1 ${walked.totals[0]}`,
      );
    if (doubleTotal !== walked.totals[0])
      fail(
        `the total is ${walked.totals[0]} with pages of ${PAGE} but ${doubleTotal} with pages of ${PAGE * 2}`,
      );
    if (!walked.complete) return;
    if (walked.items.length !== walked.totals[0])
      fail(
        `walking every page gave ${walked.items.length} models but the total is ${walked.totals[0]}`,
      );
    const past = { page: walked.pages.length + 1, pageSize: PAGE };
    const what = callText('listModels', past);
    const after = await ctx.call(what, () => api.listModels(past));
    if (after?.items?.length)
      fail(`${what}, past the last page, gave ${after.items.length} models; it should give none`);
    if (after?.total !== walked.totals[0])
      fail(
        `${what}, past the last page, reported the total ${quote(after?.total)} instead of ${walked.totals[0]}`,
      );
  });

  await ctx.check('paging', 'walking every page gives every model once', async () => {
    const twice = duplicateId(walked.items);
    if (twice) fail(`model ${quote(twice)} came on two pages: pages must not overlap`);
    const missing = walked.complete
      ? setup.fixtures.find((f) => !walked.items.some((m) => m.id === f.id))
      : undefined;
    if (missing)
      fail(`the run's model ${quote(missing.id)} (${quote(missing.name)}) came on no page`);
    if (!filters.includes('name') || !setup.fixtures.length) {
      if (!walked.complete)
        return `the list is longer than ${ctx.maxListItems} models: the first ${walked.items.length} were walked`;
      return;
    }
    // The run's own models alone, two to a page: an exact set to compare with.
    const own = await walk(ctx, 2, { filters: { name: ctx.tag } });
    const expected = setup.fixtures.map((f) => f.id).sort();
    const got = own.items.map((m) => m.id).sort();
    if (expected.join('\n') !== got.join('\n'))
      fail(
        `walking listModels({ filters: { name: ${quote(ctx.tag)} }, pageSize: 2 }) gave ${ids(own.items)}; the run's models are ${expected.map((id) => quote(id)).join(', ')}`,
      );
    if (own.totals.some((t) => t !== expected.length))
      fail(
        `filtered to the run's ${expected.length} models, the pages reported the totals ${own.totals.join(', ')}`,
      );
  });
}
