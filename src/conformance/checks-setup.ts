/*
 * The first checks: the session and the trainable languages (their shapes), then the run's own
 * models, which the list checks sort and filter and the cleanup deletes.
 */
import { canDelete, type CustomModel, type Session } from '../api/types.js';
import type { RunContext } from './run-context.js';
import { callText, fail, quote } from './sentences.js';
import { languageProblems, sessionProblems } from './shapes.js';

/** Names of the run's list models, created out of order so an ignored sort shows. */
export const FIXTURE_SUFFIXES = ['charlie', 'alpha', 'delta', 'bravo'] as const;

export interface Setup {
  session?: Session;
  /** Why the run creates nothing (then every check that needs its models is skipped). */
  noWrites?: string;
  /** The run's list models, in the order they were created. */
  fixtures: CustomModel[];
}

export async function checkSetup(ctx: RunContext): Promise<Setup> {
  const setup: Setup = { fixtures: [] };
  const { api } = ctx;

  await ctx.check(
    'shapes',
    'getSession gives a role and an organisation { id, name }',
    async () => {
      const session = await ctx.call(callText('getSession'), () => api.getSession());
      const problems = sessionProblems(session);
      if (problems.length) fail(problems.join('; '));
      setup.session = session;
    },
  );

  await ctx.check(
    'shapes',
    'listTrainableLanguages gives languages with id, key and name',
    async () => {
      const languages = await ctx.call(callText('listTrainableLanguages'), () =>
        api.listTrainableLanguages(),
      );
      if (!Array.isArray(languages)) fail(`it resolved with ${quote(languages)}, not a list`);
      if (!languages.length)
        fail('the list is empty: the create dialog would offer no language to train on');
      const problems = languages.flatMap((language, i) =>
        languageProblems(language, `language ${i + 1}`),
      );
      if (problems.length) fail(problems.join('; '));
      const ids = languages.map((language) => language.id);
      const twice = ids.find((id, i) => ids.indexOf(id) !== i);
      if (twice !== undefined) fail(`the id ${quote(twice)} is listed twice`);
      ctx.languages = languages;
    },
  );

  if (setup.session && !canDelete(setup.session.role)) {
    setup.noWrites = `the session's role ${quote(setup.session.role)} may not delete models, so the run could not clean up after itself: run it as ORGADMIN or SYSOP`;
  } else if (!ctx.languageIds().length) {
    setup.noWrites = 'no trainable language is known to create the run’s models in';
  }
  if (setup.noWrites) {
    ctx.skip('lifecycle', 'createModel makes the run’s own models', setup.noWrites);
    return setup;
  }

  const languageIds = ctx.languageIds();
  await ctx.check('lifecycle', 'createModel makes the run’s own models', async () => {
    for (const [i, suffix] of FIXTURE_SUFFIXES.entries()) {
      const input = { name: ctx.name(suffix), languageId: languageIds[i % languageIds.length]! };
      const what = callText('createModel', input);
      const model = await ctx.call(what, () => api.createModel(input));
      ctx.madeModel(model);
      ctx.sawModel(what, model);
      if (model?.name !== input.name)
        fail(`${what} resolved with the name ${quote(model?.name)}; expected ${quote(input.name)}`);
      if (model.baseLanguage?.id !== input.languageId)
        fail(
          `${what} resolved with the base language ${quote(model.baseLanguage?.id)}; expected the language id ${quote(input.languageId)}`,
        );
      if (model.trainingStatus !== 1)
        fail(
          `${what} resolved with the training status ${quote(model.trainingStatus)}: a new model is Not Running (1)`,
        );
      setup.fixtures.push(model);
    }
  });
  return setup;
}
