/*
 * Aborts: every method, given a signal that is already aborted or that aborts while the call is
 * pending, rejects with kind "aborted". The grid and dialogs abort stale requests all the time; an
 * adapter that answers anyway overwrites newer data with older.
 */
import type { RequestOptions } from '../api/types.js';
import type { Setup } from './checks-setup.js';
import type { RunContext } from './run-context.js';
import { quote } from './sentences.js';

type Call = [
  method: string,
  args: string,
  run: (o: RequestOptions) => Promise<unknown>,
  prepare?: () => Promise<void>,
];

export async function checkAborts(ctx: RunContext, setup: Setup) {
  const { api } = ctx;
  const target = setup.fixtures.at(-1);
  let readId = target?.id;
  if (!readId) {
    try {
      const first = await ctx.within('listModels', api.listModels({ page: 1, pageSize: 1 }));
      readId = first.items[0]?.id;
    } catch {
      /* reported by the paging checks */
    }
  }
  const calls: Call[] = [
    ['getSession', '', (o) => api.getSession(o)],
    ['listTrainableLanguages', '', (o) => api.listTrainableLanguages(o)],
    ['listModels', '{ page: 1, pageSize: 5 }', (o) => api.listModels({ page: 1, pageSize: 5 }, o)],
  ];
  if (readId) {
    const id = readId;
    calls.push(
      ['getModel', quote(id), (o) => api.getModel(id, o)],
      ['listDatasets', quote(id), (o) => api.listDatasets(id, o)],
    );
  }
  const skipped = [
    'updateModel',
    'startTraining',
    'uploadDataset',
    'deleteDataset',
    'createModel',
    'deleteModel',
  ];
  if (target && !setup.noWrites) {
    const { id } = target;
    const languageId = target.baseLanguage.id;
    // Before any upload: the model has no data, so an ignored abort cannot start a training.
    calls.push(
      [
        'updateModel',
        `${quote(id)}, { name }`,
        (o) => api.updateModel(id, { name: target.name }, o),
      ],
      ['startTraining', quote(id), (o) => api.startTraining(id, o)],
      ['uploadDataset', `${quote(id)}, file`, (o) => api.uploadDataset(id, ctx.file('aborted'), o)],
    );
    // Uploaded only now, after the training abort: its model then has data to train on.
    let datasetId = '1';
    calls.push(
      [
        'deleteDataset',
        `${quote(id)}, datasetId`,
        (o) => api.deleteDataset(id, datasetId, o),
        async () => {
          datasetId = await datasetToDelete(ctx, id);
        },
      ],
      [
        'createModel',
        '{ name, languageId }',
        (o) => api.createModel({ name: ctx.name('aborted'), languageId }, o),
      ],
      // Last: an ignored abort deletes the model (the cleanup then finds it gone).
      ['deleteModel', quote(id), (o) => api.deleteModel(id, o)],
    );
    skipped.length = 0;
  }

  for (const [method, args, run, prepare] of calls) {
    await ctx.check('abort', `${method} honours its signal`, async () => {
      await prepare?.();
      const before = new AbortController();
      before.abort();
      await ctx.rejection(
        `${method}(${args}${args ? ', ' : ''}{ signal }), its signal already aborted,`,
        'aborted',
        () => run({ signal: before.signal }),
        (value) => ctx.madeModel(value),
      );
      const during = new AbortController();
      await ctx.rejection(
        `${method}(${args}${args ? ', ' : ''}{ signal }), its signal aborted while the call was pending,`,
        'aborted',
        () => {
          const pending = run({ signal: during.signal });
          during.abort();
          return pending;
        },
        (value) => ctx.madeModel(value),
      );
    });
  }
  for (const method of skipped)
    ctx.skip(
      'abort',
      `${method} honours its signal`,
      setup.noWrites ?? 'the run has no model of its own to try it on',
    );
}

/** A dataset of the model for the deleteDataset abort: uploaded now when delete is served. */
async function datasetToDelete(ctx: RunContext, modelId: string): Promise<string> {
  if (ctx.api.capabilities?.deleteDataset === false) return '1';
  try {
    const dataset = await ctx.within(
      'uploadDataset',
      ctx.api.uploadDataset(modelId, ctx.file('to-delete')),
    );
    ctx.sawDataset('uploadDataset', dataset);
    return dataset.id;
  } catch {
    return '1'; // the upload checks report why; the abort must win over not-found anyway
  }
}
