/*
 * The last checks: the run deletes what it made (and finds nothing of it left), then judges every
 * model, dataset and error the adapter returned during the whole run.
 */
import type { CustomModel, FilterField } from '../api/types.js';
import { CustomModelsApiError } from '../api/errors.js';
import { walk } from './list-walk.js';
import type { RunContext } from './run-context.js';
import { CheckFailure, callText, describeError, errorProblem, fail, quote } from './sentences.js';
import { datasetProblems, modelProblems } from './shapes.js';

/** At most this many problems are named in one sentence. */
const NAMED = 3;

function summary(problems: string[]): string {
  const named = problems.slice(0, NAMED).join('; ');
  return problems.length > NAMED ? `${named}; and ${problems.length - NAMED} more` : named;
}

const isNotFound = (error: unknown) => CustomModelsApiError.is(error) && error.kind === 'not-found';

export async function checkCleanup(ctx: RunContext, filters: FilterField[]) {
  const { api } = ctx;
  if (!ctx.created.length && !filters.includes('name')) {
    ctx.skip('cleanup', 'the run leaves none of its models behind', 'the run created no model');
    return;
  }
  await ctx.check('cleanup', 'the run leaves none of its models behind', async () => {
    // A create that the server finished although its call was aborted has no id here: find those
    // by the run's tag.
    if (filters.includes('name')) {
      try {
        const own = await walk(ctx, 50, { filters: { name: ctx.tag } });
        for (const model of own.items) ctx.madeModel(model);
      } catch {
        /* the deletes below still run */
      }
    }
    const left: string[] = [];
    const unsure: string[] = [];
    let unsureWhy: unknown;
    for (const { id, name } of ctx.created) {
      try {
        await ctx.within(callText('deleteModel', id), api.deleteModel(id));
      } catch (error) {
        if (error instanceof CheckFailure) throw error;
        if (!isNotFound(error)) ctx.errors.push({ call: callText('deleteModel', id), error });
      }
      try {
        await ctx.within(callText('getModel', id), api.getModel(id));
        left.push(`${quote(id)} (${quote(name)})`);
      } catch (error) {
        if (error instanceof CheckFailure) throw error;
        if (isNotFound(error)) continue;
        unsure.push(quote(id));
        unsureWhy ??= error;
      }
    }
    const problems: string[] = [];
    if (left.length)
      problems.push(
        `the run's models ${left.join(', ')} are still there after deleteModel: delete them by hand`,
      );
    if (unsure.length)
      problems.push(
        `whether the run's models ${unsure.join(', ')} are gone is unknown: getModel after deleteModel rejected with ${describeError(unsureWhy)}, not kind "not-found"`,
      );
    if (problems.length) fail(problems.join('; '));
    return ctx.created.length ? `the run's ${ctx.created.length} models are gone` : undefined;
  });
}

export async function checkWhatWasSeen(ctx: RunContext) {
  await ctx.check(
    'shapes',
    'every model the adapter returned has the contract’s shape',
    async () => {
      const problems = new Set<string>();
      for (const { call, model } of ctx.models) {
        for (const problem of modelProblems(model as CustomModel))
          problems.add(`${problem} (from ${call})`);
      }
      if (problems.size) fail(summary([...problems]));
      if (!ctx.models.length) return 'the adapter returned no model';
    },
  );
  await ctx.check(
    'shapes',
    'every dataset the adapter returned has the contract’s shape',
    async () => {
      const problems = new Set<string>();
      for (const { call, dataset } of ctx.datasets) {
        for (const problem of datasetProblems(dataset)) problems.add(`${problem} (from ${call})`);
      }
      if (problems.size) fail(summary([...problems]));
      if (!ctx.datasets.length) return 'the adapter returned no dataset';
    },
  );
  await ctx.check('errors', 'every rejection is a CustomModelsApiError fit to show', async () => {
    const problems = ctx.errors.flatMap(({ call, error }) => {
      const problem = errorProblem(error);
      return problem ? [`${call} rejected, but ${problem}`] : [];
    });
    if (problems.length) fail(summary(problems));
    return `${ctx.errors.length} rejections were judged`;
  });
}
