import { expect } from '@open-wc/testing';
import {
  InMemoryCustomModelsApi,
  type InMemoryOptions,
} from '../src/adapters/in-memory/in-memory-api.js';
import { CustomModelsApiError } from '../src/api/errors.js';
import type { CustomModelsApi } from '../src/api/types.js';
import {
  CONFORMANCE_GROUPS,
  CONFORMANCE_GROUP_TITLES,
  checkAdapter,
  describeConformance,
  formatConformanceReport,
  type ConformanceGroup,
  type ConformanceOptions,
  type ConformanceReport,
  type ConformanceResult,
} from '../src/conformance.js';
import { DEFECTS, withDefect } from './helpers/defective-api.js';

/*
 * The kit against adapters with one deliberate defect each (test/helpers/defective-api.ts): the
 * run fails, the check that names the defect fails with a sentence a developer can act on, and the
 * parts the defect does not touch still pass.
 */
let inners: InMemoryCustomModelsApi[] = [];
afterEach(() => {
  for (const inner of inners) inner.dispose();
  inners = [];
});

async function run(
  defect: (inner: InMemoryCustomModelsApi) => CustomModelsApi,
  options?: ConformanceOptions,
  innerOptions?: InMemoryOptions,
): Promise<ConformanceReport> {
  const inner = new InMemoryCustomModelsApi(innerOptions);
  inners.push(inner);
  const report = await checkAdapter(defect(inner), options);
  expect(report.ok, 'a defective adapter must not pass').to.equal(false);
  return report;
}

const failed = (report: ConformanceReport, group: ConformanceGroup): ConformanceResult[] =>
  report.results.filter((r) => r.group === group && r.status === 'failed');

const passes = (report: ConformanceReport, group: ConformanceGroup) =>
  expect(
    failed(report, group),
    `${group}:\n${formatConformanceReport(report, { failuresOnly: true })}`,
  ).to.deep.equal([]);

const result = (report: ConformanceReport, title: string) => {
  const found = report.results.find((r) => r.title === title);
  expect(found, `no check titled ${title}`).to.not.equal(undefined);
  return found!;
};

describe('the conformance kit against defective adapters', () => {
  it('fails 0-based paging, saying pages count from 1', async () => {
    const report = await run(DEFECTS.zeroBasedPages);
    const check = result(report, 'pages count from 1');
    expect(check.status).to.equal('failed');
    expect(check.message).to.match(
      /pages 1 and 2 of 3 models \(.+\) are not page 1 of 6 models \(.+\): page N must start at model \(N − 1\) × pageSize \+ 1 \(pages count from 1, not 0\)/,
    );
    // Walking from page 1 misses the first page: the run's own models are not all found.
    expect(result(report, 'walking every page gives every model once').status).to.equal('failed');
  });

  it('fails a page N that answers page N + 1 on a short list too (an organisation with only the run’s models)', async () => {
    const report = await run(DEFECTS.zeroBasedPages, {}, { models: [] });
    const check = result(report, 'pages count from 1');
    expect(check.status, check.message).to.equal('failed');
    expect(check.message).to.match(
      /page N must start at model \(N − 1\) × pageSize \+ 1 \(pages count from 1, not 0\)/,
    );
  });

  it('fails an ignored sort on every field and direction, and nothing else', async () => {
    const report = await run(DEFECTS.sortIgnored);
    const sorts = failed(report, 'sort').map((r) => r.title);
    expect(sorts).to.include.members([
      'sort by name, ascending',
      'sort by name, descending',
      'sort by trainingStatus, ascending',
      'sort by baseLanguage, descending',
    ]);
    expect(result(report, 'sort by name, ascending').message).to.match(
      /^sorted by name asc, model "\d+" \(".+"\) came before model "\d+" \(".+"\) on page \d+: the list is not in that order \(is the sort ignored\?\)$/,
    );
    for (const group of ['paging', 'filters', 'lifecycle', 'abort', 'errors', 'cleanup'] as const)
      passes(report, group);
  });

  it('fails a sort done page by page, saying to sort on the server before paging', async () => {
    const report = await run(DEFECTS.sortPerPage);
    const check = result(report, 'sort by name, ascending');
    expect(check.status).to.equal('failed');
    expect(check.message).to.match(
      /across pages \d+ and \d+: each page is sorted on its own but not the list as a whole; sort on the server, before paging/,
    );
  });

  it('fails an ignored abort on every method, before and during the call, and cleans up what it made', async () => {
    const report = await run(DEFECTS.abortIgnored);
    const aborts = failed(report, 'abort');
    expect(aborts.map((r) => r.title)).to.have.members(
      [
        'getSession',
        'listTrainableLanguages',
        'listModels',
        'getModel',
        'listDatasets',
        'updateModel',
        'startTraining',
        'uploadDataset',
        'deleteDataset',
        'createModel',
        'deleteModel',
      ].map((method) => `${method} honours its signal`),
    );
    expect(result(report, 'getModel honours its signal').message).to.match(
      /^getModel\("\d+", \{ signal \}\), its signal already aborted, resolved; it must reject with a CustomModelsApiError of kind "aborted"$/,
    );
    // startTraining on a model without data: the abort is not the reason it rejects.
    expect(result(report, 'startTraining honours its signal').message).to.match(
      /rejected with CustomModelsApiError of kind "validation".*; expected kind "aborted"/,
    );
    // The model an ignored abort created is deleted too.
    passes(report, 'cleanup');
    expect(result(report, 'the run leaves none of its models behind').message).to.match(
      /^the run.s 7 models are gone$/,
    );
  });

  it('fails a wrong error kind for an unknown id, naming the kind it got', async () => {
    const report = await run(DEFECTS.wrongErrorKind);
    const check = report.results.find(
      (r) => r.group === 'not-found' && r.title.startsWith('getModel('),
    );
    expect(check?.status).to.equal('failed');
    expect(check?.message).to.match(
      /^getModel\("\d+"\) rejected with CustomModelsApiError of kind "server" \("Something went wrong on the server\."\); expected kind "not-found"$/,
    );
    expect(result(report, 'deleteModel, then getModel is not-found').status).to.equal('failed');
    // The kind is a known one and the message fit: only the kind is wrong.
    passes(report, 'errors');
    // The models were deleted, but the kit cannot confirm it: it says so rather than pass.
    expect(result(report, 'the run leaves none of its models behind').message).to.match(
      /^whether the run's models "\d+", .+ are gone is unknown: getModel after deleteModel rejected with CustomModelsApiError of kind "server"/,
    );
  });

  it('fails a raw Error with a status phrase as its message, in the not-found and the error checks', async () => {
    const report = await run(DEFECTS.rawErrors);
    const check = report.results.find((r) => r.title.startsWith('listDatasets('));
    expect(check?.message).to.match(/rejected with Error: "Not Found"; expected kind "not-found"/);
    expect(
      result(report, 'every rejection is a CustomModelsApiError fit to show').message,
    ).to.match(
      /listDatasets\("\d+"\) rejected, but it is Error: "Not Found", not a CustomModelsApiError/,
    );
  });

  it('fails models of the wrong shape, naming the field and the value', async () => {
    const report = await run(DEFECTS.wrongShapes);
    const message = result(
      report,
      'every model the adapter returned has the contract’s shape',
    ).message;
    expect(message).to.match(
      /has the training status "1": statuses are the numbers 1–5 \(from getModel/,
    );
    expect(message).to.match(/has lastModified ".+GMT.+": not an ISO-8601 date/);
    expect(message).to.match(/has statusDatasetIds "ds-1": a list of dataset ids \(strings\)/);
  });

  it('fails a case-sensitive name filter', async () => {
    const report = await run(DEFECTS.caseSensitiveNameFilter);
    const check = report.results.find(
      (r) => r.title.startsWith('filters.name') && r.status === 'failed',
    );
    expect(check?.message).to.match(
      /^filters\.name "CMK\w+" did not list model "\d+" \(".+"\), which matches it$/,
    );
  });

  it('fails a language list that cannot be read, and still checks the rest in the languages it is given', async () => {
    const noLanguages = (inner: InMemoryCustomModelsApi) =>
      withDefect(inner, () => ({
        listTrainableLanguages: async () => {
          throw new CustomModelsApiError('server', 'The languages service is down.');
        },
      }));
    const report = await run(noLanguages, { languageIds: ['2'] });
    expect(
      result(report, 'listTrainableLanguages gives languages with id, key and name').message,
    ).to.equal(
      'listTrainableLanguages() rejected with CustomModelsApiError of kind "server" ("The languages service is down.")',
    );
    for (const group of ['lifecycle', 'datasets', 'validation', 'cleanup'] as const)
      passes(report, group);
    expect(result(report, 'createModel → getModel → updateModel').status).to.equal('passed');
    // Without languages and without the option, nothing is created: those checks say why.
    const bare = await run(noLanguages);
    expect(result(bare, 'createModel makes the run’s own models')).to.deep.include({
      status: 'skipped',
      message: 'no trainable language is known to create the run’s models in',
    });
  });

  it('fails a call that never settles once it is aborted, after the call time limit, and goes on', async () => {
    const report = await run(DEFECTS.hangsWhenAborted, { callTimeoutMs: 150 });
    expect(result(report, 'getSession honours its signal').message).to.equal(
      'getSession({ signal }), its signal already aborted, did not settle within 0.15 s (a call must resolve or reject, and must reject at once when its signal aborts)',
    );
    passes(report, 'cleanup');
  });
});

/** A framework that records what describeConformance registers, to run it by hand. */
function recordingFramework() {
  const hooks: Array<() => unknown> = [];
  const tests: Array<{ name: string; body: (this: unknown, ...args: unknown[]) => unknown }> = [];
  return {
    hooks,
    tests,
    framework: {
      describe: (_name: string, body: () => void) => body(),
      it: (name: string, body: () => unknown) => tests.push({ name, body }),
      before: (body: () => unknown) => hooks.push(body),
    },
    /** Runs the hooks, then every test with a node:test-like context; each test's outcome. */
    async run() {
      for (const hook of hooks) await hook.call(undefined);
      const outcomes: Record<string, string> = {};
      for (const test of tests) {
        let skipped: string | undefined;
        const context = { skip: (reason?: string) => (skipped = reason ?? '') };
        try {
          await test.body.call(context, context);
          outcomes[test.name] = skipped !== undefined ? `skipped: ${skipped}` : 'passed';
        } catch (error) {
          outcomes[test.name] = `failed: ${(error as Error).message}`;
        }
      }
      return outcomes;
    },
  };
}

describe('the conformance kit and upload progress (optional)', () => {
  it('passes an adapter that never reports upload progress, as a fetch-based one cannot', async () => {
    const inner = new InMemoryCustomModelsApi();
    inners.push(inner);
    const silent = withDefect(inner, (api) => ({
      uploadDataset: (modelId, file, options) =>
        api.uploadDataset(modelId, file, { ...options, onProgress: undefined }),
    }));
    const report = await checkAdapter(silent);
    expect(report.ok, formatConformanceReport(report, { failuresOnly: true })).to.equal(true);
    expect(result(report, 'uploadDataset, then listDatasets lists it').status).to.equal('passed');
  });

  it('still fails progress that is reported wrong: not ending at the file size', async () => {
    const report = await run((inner) =>
      withDefect(inner, (api) => ({
        uploadDataset: (modelId, file, options) =>
          api.uploadDataset(modelId, file, {
            ...options,
            onProgress: (loaded, total) => options?.onProgress?.(loaded / 2, total),
          }),
      })),
    );
    const check = result(report, 'uploadDataset, then listDatasets lists it');
    expect(check.status).to.equal('failed');
    expect(check.message).to.match(
      /onProgress\(loaded, total\), when it is called, ends with loaded = total/,
    );
  });
});

describe('describeConformance', () => {
  it('registers one test per group; a defect fails its group’s test with the check sentences', async () => {
    const recorder = recordingFramework();
    const inner = new InMemoryCustomModelsApi();
    inners.push(inner);
    describeConformance('broken sort', () => DEFECTS.sortIgnored(inner), recorder.framework);
    expect(recorder.tests.map((t) => t.name)).to.deep.equal(
      CONFORMANCE_GROUPS.map((g) => CONFORMANCE_GROUP_TITLES[g]),
    );
    const outcomes = await recorder.run();
    expect(outcomes[CONFORMANCE_GROUP_TITLES.sort]).to.match(
      /^failed: ✗ sort by name, ascending: sorted by name asc, model .+\n✗ sort by name, descending: /,
    );
    for (const group of CONFORMANCE_GROUPS.filter((g) => g !== 'sort'))
      expect(outcomes[CONFORMANCE_GROUP_TITLES[group]], group).to.equal('passed');
  });

  it('skips a group whose every check was skipped, with the reason', async () => {
    const recorder = recordingFramework();
    const inner = new InMemoryCustomModelsApi();
    inners.push(inner);
    const noSorts = withDefect(inner, () => ({
      capabilities: { ...inner.capabilities, sort: [] },
    }));
    describeConformance('no sorts', () => noSorts, recorder.framework);
    const outcomes = await recorder.run();
    expect(outcomes[CONFORMANCE_GROUP_TITLES.sort]).to.equal(
      'skipped: the adapter declares no sort field (capabilities.sort is absent or empty)',
    );
  });

  it('fails every test with the reason when the adapter cannot be made', async () => {
    const recorder = recordingFramework();
    describeConformance(
      'no adapter',
      () => {
        throw new Error('MY_API_URL is not set');
      },
      recorder.framework,
    );
    const outcomes = await recorder.run();
    expect(Object.values(outcomes)).to.have.length(CONFORMANCE_GROUPS.length);
    for (const outcome of Object.values(outcomes))
      expect(outcome).to.equal(
        'failed: The conformance run did not start: making the adapter failed (Error: MY_API_URL is not set).',
      );
  });
});
