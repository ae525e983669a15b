import { expect } from '@open-wc/testing';
import { InMemoryCustomModelsApi } from '../src/adapters/in-memory/in-memory-api.js';
import { SORT_FIELDS } from '../src/api/types.js';
import {
  CONFORMANCE_GROUPS,
  checkAdapter,
  describeConformance,
  formatConformanceReport,
  type ConformanceResult,
} from '../src/conformance.js';
import { api as scriptix, requests, reset } from './helpers/scriptix-mock.js';

/*
 * The conformance kit in the browser (mocha in web-test-runner), as a host runs it: both shipped
 * adapters pass, ScriptixApi over real HTTP against the Scriptix wire mock. The same kit runs in
 * Node in test/node/conformance.test.mjs; adapters with defects are in conformance-defects.test.ts.
 */
const framework = { describe, it, before };

let memory: InMemoryCustomModelsApi | undefined;
describeConformance(
  'InMemoryCustomModelsApi passes the conformance kit',
  () => (memory = new InMemoryCustomModelsApi()),
  framework,
);
after(() => memory?.dispose());

describeConformance(
  'ScriptixApi with its documented defaults passes the conformance kit (over HTTP, wire mock; guess: the current-user answer and the datasets list’s shape)',
  async () => {
    await reset();
    return scriptix();
  },
  framework,
);

describeConformance(
  'ScriptixApi with every sort, the mock’s filters and a dataset-delete path passes the conformance kit (guess: those wire names and the path, the current-user answer, the datasets list’s shape)',
  async () => {
    await reset();
    return scriptix({
      capabilities: {
        sort: [...SORT_FIELDS],
        filters: ['name', 'trainingStatus', 'baseLanguageKey'],
      },
      paths: { dataset: '/api/v3/custom_models/{id}/data/{datasetId}' },
    });
  },
  framework,
);

describe('checkAdapter', () => {
  it('reports every check of every group, each passed, failed or skipped with a sentence', async () => {
    const api = new InMemoryCustomModelsApi();
    const report = await checkAdapter(api);
    api.dispose();
    expect(report.ok, formatConformanceReport(report, { failuresOnly: true })).to.equal(true);
    expect(new Set(report.results.map((r) => r.group))).to.deep.equal(new Set(CONFORMANCE_GROUPS));
    expect(report.passed + report.failed + report.skipped).to.equal(report.results.length);
    // Every declared sort field in both directions, every declared filter.
    const titles = report.results.map((r) => r.title);
    for (const field of SORT_FIELDS)
      for (const direction of ['ascending', 'descending'])
        expect(titles).to.include(`sort by ${field}, ${direction}`);
    expect(titles.filter((t) => t.startsWith('filters.'))).to.have.length.greaterThanOrEqual(4);
    expect(formatConformanceReport(report)).to.match(
      /\d+ passed, 0 failed, \d+ skipped: the adapter conforms\.$/,
    );
  });

  it('touches only the models it creates, and deletes them all (over HTTP; guess: the dataset-delete path)', async () => {
    await reset();
    const before = await scriptix().listModels({ page: 1, pageSize: 100 });
    const report = await checkAdapter(
      scriptix({ paths: { dataset: '/api/v3/custom_models/{id}/data/{datasetId}' } }),
    );
    expect(report.ok, formatConformanceReport(report, { failuresOnly: true })).to.equal(true);
    const after = await scriptix().listModels({ page: 1, pageSize: 100 });
    expect(after.items).to.deep.equal(before.items);
    // Every write went to a model the run created (their ids are above the seeded ones).
    const seeded = new Set(before.items.map((m) => m.id));
    const writes = (await requests()).filter((r) => r.method !== 'GET');
    expect(writes.length).to.be.greaterThan(10);
    for (const write of writes) {
      const id = /custom_models\/([^/]+)/.exec(write.path)?.[1];
      if (id) expect(seeded.has(id), `${write.method} ${write.path}`).to.equal(false);
    }
  });

  it('names the run’s models with the prefix it is given and reports each result as it comes', async () => {
    const api = new InMemoryCustomModelsApi();
    const seen: ConformanceResult[] = [];
    const created: string[] = [];
    const spy = new Proxy(api, {
      get(target, property) {
        if (property === 'createModel')
          return (input: { name: string; languageId: string }) => {
            created.push(input.name);
            return target.createModel(input);
          };
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const report = await checkAdapter(spy, {
      namePrefix: 'ACME CI',
      onResult: (r) => seen.push(r),
    });
    api.dispose();
    expect(seen).to.deep.equal(report.results);
    expect(created.filter((name) => name.trim())).to.satisfy((names: string[]) =>
      names.every((name) => name.startsWith('ACME CI cmk')),
    );
  });
});
