/*
 * One model of the run's own from start to end (create → get → rename → datasets → delete), then
 * what the deleted model's id gives on every method that takes an id (not-found), and what an
 * empty name gives (validation).
 */
import type { CustomModel, Dataset } from '../api/types.js';
import type { Setup } from './checks-setup.js';
import type { RunContext } from './run-context.js';
import { CheckFailure, callText, fail, quote } from './sentences.js';

interface RoundTrip {
  model?: CustomModel;
  /** The id of the deleted model: one the server surely does not know. */
  goneId?: string;
  /** A dataset id the server no longer knows (deleted), when dataset delete is served. */
  goneDatasetId?: string;
}

export async function checkRoundTrip(ctx: RunContext, setup: Setup): Promise<RoundTrip> {
  const { api } = ctx;
  const trip: RoundTrip = {};
  const title = 'create → get → rename → delete round trip';
  if (setup.noWrites || !ctx.languageIds().length) {
    ctx.skip('lifecycle', title, setup.noWrites ?? 'no trainable language is known');
    ctx.skip('datasets', 'datasets', setup.noWrites ?? 'no model to upload to');
    return trip;
  }
  const languageId = ctx.languageIds()[0]!;
  await ctx.check('lifecycle', 'createModel → getModel → updateModel', async () => {
    const input = { name: ctx.name('round trip'), languageId };
    const created = await ctx.call(callText('createModel', input), () => api.createModel(input));
    ctx.madeModel(created);
    ctx.sawModel('createModel', created);
    trip.model = created;
    const got = await ctx.call(callText('getModel', created.id), () => api.getModel(created.id));
    ctx.sawModel('getModel', got);
    if (got?.id !== created.id || got.name !== input.name)
      fail(
        `getModel(${quote(created.id)}) gave the model ${quote(got?.id)} named ${quote(got?.name)}; expected ${quote(created.id)} named ${quote(input.name)}`,
      );
    const changes = { name: ctx.name('round trip renamed') };
    const what = callText('updateModel', created.id, changes);
    const renamed = await ctx.call(what, () => api.updateModel(created.id, changes));
    ctx.sawModel('updateModel', renamed);
    if (renamed?.name !== changes.name)
      fail(`${what} resolved with the name ${quote(renamed?.name)}; expected the new name`);
    const reread = await ctx.call(callText('getModel', created.id), () => api.getModel(created.id));
    if (reread?.name !== changes.name)
      fail(`after ${what}, getModel gave the name ${quote(reread?.name)}: the rename was not kept`);
    if (reread.baseLanguage?.id !== created.baseLanguage?.id)
      fail(
        `after ${what}, the base language changed from ${quote(created.baseLanguage?.id)} to ${quote(reread.baseLanguage?.id)}`,
      );
  });

  if (trip.model) await checkDatasets(ctx, trip.model, trip);
  else ctx.skip('datasets', 'datasets', 'the round-trip model could not be created');

  if (!trip.model) {
    ctx.skip('lifecycle', 'deleteModel, then getModel is not-found', 'no model was created');
    return trip;
  }
  const { id } = trip.model;
  await ctx.check('lifecycle', 'deleteModel, then getModel is not-found', async () => {
    await ctx.call(callText('deleteModel', id), () => api.deleteModel(id));
    trip.goneId = id;
    await ctx.rejection(`getModel(${quote(id)}) after deleteModel`, 'not-found', () =>
      api.getModel(id),
    );
  });
  return trip;
}

async function checkDatasets(ctx: RunContext, model: CustomModel, trip: RoundTrip) {
  const { api } = ctx;
  const deletable = api.capabilities?.deleteDataset !== false;
  const listed = async (): Promise<Dataset[]> => {
    const what = callText('listDatasets', model.id);
    const list = await ctx.call(what, () => api.listDatasets(model.id));
    if (!Array.isArray(list)) fail(`${what} resolved with ${quote(list)}, not a list`);
    for (const dataset of list) ctx.sawDataset(what, dataset);
    return list;
  };
  let uploaded: Dataset | undefined;
  await ctx.check('datasets', 'uploadDataset, then listDatasets lists it', async () => {
    const file = ctx.file('transcript');
    const progress: Array<[number, number]> = [];
    const what = `uploadDataset(${quote(model.id)}, ${quote(file.name)})`;
    uploaded = await ctx.call(what, () =>
      api.uploadDataset(model.id, file, {
        onProgress: (loaded, total) => progress.push([loaded, total]),
      }),
    );
    ctx.sawDataset(what, uploaded);
    if (uploaded?.name !== file.name)
      fail(`${what} resolved with the name ${quote(uploaded?.name)}; expected the file's name`);
    // Progress is optional (a fetch-based adapter cannot report it); when reported, it is right.
    const last = progress.at(-1);
    if (last && (last[0] !== last[1] || last[1] !== file.size))
      fail(
        `${what} reported progress ${quote(progress)}: onProgress(loaded, total), when it is called, ends with loaded = total = ${file.size} (the file's bytes)`,
      );
    if (progress.some(([loaded], i) => i > 0 && loaded < progress[i - 1]![0]))
      fail(`${what} reported progress going back: ${quote(progress)}`);
    const list = await listed();
    const found = list.find((d) => d.id === uploaded!.id);
    if (!found)
      fail(
        `listDatasets(${quote(model.id)}) does not list the uploaded dataset ${quote(uploaded.id)}`,
      );
    if (found.name !== file.name || found.kind !== uploaded.kind)
      fail(
        `listDatasets lists the upload as ${quote(found.name)} (${found.kind}); the upload said ${quote(uploaded.name)} (${uploaded.kind})`,
      );
  });

  await ctx.check('datasets', 'a file uploaded as a test set is listed as one', async () => {
    const file = ctx.file('test-set');
    const what = `uploadDataset(${quote(model.id)}, ${quote(file.name)}, { kind: "test-set" })`;
    const testSet = await ctx.call(what, () =>
      api.uploadDataset(model.id, file, { kind: 'test-set' }),
    );
    ctx.sawDataset(what, testSet);
    if (testSet?.kind !== 'test-set')
      fail(`${what} resolved with the kind ${quote(testSet?.kind)}`);
    const found = (await listed()).find((d) => d.id === testSet.id);
    if (found?.kind !== 'test-set')
      fail(
        `listDatasets lists the test set ${quote(testSet.id)} as ${quote(found?.kind ?? 'missing')}`,
      );
  });

  if (!deletable) {
    await ctx.check(
      'datasets',
      'deleteDataset, declared unavailable, rejects clearly',
      async () => {
        if (!uploaded) return 'no dataset was uploaded, so none could be tried';
        const what = callText('deleteDataset', model.id, uploaded.id);
        try {
          await ctx.within(what, api.deleteDataset(model.id, uploaded.id));
        } catch (error) {
          if (error instanceof CheckFailure) throw error;
          ctx.errors.push({ call: what, error });
          const still = (await listed()).some((d) => d.id === uploaded!.id);
          if (!still) fail(`${what} rejected, but the dataset is gone`);
          return 'capabilities.deleteDataset is false: the elements offer no dataset delete';
        }
        fail(
          `${what} resolved although capabilities.deleteDataset is false: declare it true, or reject`,
        );
      },
    );
    return;
  }
  await ctx.check('datasets', 'deleteDataset, then listDatasets no longer lists it', async () => {
    if (!uploaded) fail('no dataset was uploaded to delete');
    const what = callText('deleteDataset', model.id, uploaded.id);
    await ctx.call(what, () => api.deleteDataset(model.id, uploaded!.id));
    if ((await listed()).some((d) => d.id === uploaded!.id))
      fail(`after ${what}, listDatasets still lists the dataset`);
    trip.goneDatasetId = uploaded.id;
  });
}

/** Every method that takes an id, given one the server does not know. */
export async function checkNotFound(ctx: RunContext, setup: Setup, trip: RoundTrip) {
  const { api } = ctx;
  const id = ctx.options.unknownId ?? trip.goneId;
  if (!id) {
    ctx.skip(
      'not-found',
      'unknown ids',
      'no unknown id: the round-trip model was not deleted (or pass options.unknownId)',
    );
    return;
  }
  const deletable = api.capabilities?.deleteDataset !== false;
  const calls: Array<[string, () => Promise<unknown>]> = [
    [callText('getModel', id), () => api.getModel(id)],
    [`updateModel(${quote(id)}, { name })`, () => api.updateModel(id, { name: ctx.name('x') })],
    [callText('deleteModel', id), () => api.deleteModel(id)],
    [callText('listDatasets', id), () => api.listDatasets(id)],
    [`uploadDataset(${quote(id)}, file)`, () => api.uploadDataset(id, ctx.file('unknown'))],
    [callText('startTraining', id), () => api.startTraining(id)],
  ];
  if (deletable) calls.push([callText('deleteDataset', id, '1'), () => api.deleteDataset(id, '1')]);
  const known = setup.fixtures[0];
  if (deletable && known && trip.goneDatasetId) {
    const datasetId = trip.goneDatasetId;
    calls.push([
      `${callText('deleteDataset', known.id, datasetId)} (a dataset the model does not have)`,
      () => api.deleteDataset(known.id, datasetId),
    ]);
  }
  for (const [what, run] of calls) {
    await ctx.check('not-found', what, async () => {
      await ctx.rejection(what, 'not-found', run, (value) => ctx.madeModel(value));
    });
  }
}

/** An empty (or blank) name is refused, on create and on rename, and changes nothing. */
export async function checkValidation(ctx: RunContext, setup: Setup) {
  const { api } = ctx;
  if (setup.noWrites || !ctx.languageIds().length) {
    ctx.skip('validation', 'empty names', setup.noWrites ?? 'no trainable language is known');
    return;
  }
  const languageId = ctx.languageIds()[0]!;
  for (const name of ['', '   ']) {
    const input = { name, languageId };
    const what = callText('createModel', input);
    await ctx.check('validation', what, async () => {
      await ctx.rejection(
        what,
        'validation',
        () => api.createModel(input),
        (value) => ctx.madeModel(value),
      );
    });
  }
  const target = setup.fixtures[0];
  if (!target) {
    ctx.skip('validation', 'updateModel with an empty name', 'the run has no model to rename');
    return;
  }
  const what = callText('updateModel', target.id, { name: '' });
  await ctx.check('validation', what, async () => {
    await ctx.rejection(what, 'validation', () => api.updateModel(target.id, { name: '' }));
    const after = await ctx.call(callText('getModel', target.id), () => api.getModel(target.id));
    if (after?.name !== target.name)
      fail(
        `after the refused rename, the model is named ${quote(after?.name)} instead of ${quote(target.name)}`,
      );
  });
}
