// README.md's TypeScript compiles under `strict` as a host's code (scripts/check-readme-snippets.mjs,
// also run by `npm run typecheck`), and the check catches the snippets that did not: the adapter's
// `{ signal } = {}` and the node:test conformance snippet of the README before issue 22.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const check = (...args) =>
  spawnSync(process.execPath, [join(root, 'scripts/check-readme-snippets.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
const work = mkdtempSync(join(tmpdir(), 'readme-snippets-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('every TypeScript snippet of README.md compiles under strict', () => {
  const result = check();
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /README\.md: \d+ TypeScript snippets compile under strict/);
});

test('the check fails a snippet that does not compile, naming its line and the error', () => {
  const readme = join(work, 'README.md');
  writeFileSync(
    readme,
    [
      '# A host',
      '',
      '```ts',
      "import type { CustomModelsApi, ModelPage, ModelQuery } from '@scriptix/custom-models-elements/adapters.js';",
      '',
      'const listModels = async function (query: ModelQuery, { signal } = {}): Promise<ModelPage> {',
      '  return (await fetch(`/api/models?page=${query.page}`, { signal })).json();',
      '};',
      '```',
      '',
      '```ts',
      "import { describe, it, before } from 'node:test';",
      "import { describeConformance } from '@scriptix/custom-models-elements/conformance.js';",
      'declare const api: CustomModelsApi;',
      "describeConformance('MyApi', () => api, { describe, it, before });",
      '```',
      '',
    ].join('\n'),
  );
  const result = check('--readme', readme);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /README\.md:6: Property 'signal' does not exist on type '\{\}'/);
  // A name the snippet uses but does not import is an error too.
  assert.match(result.stderr, /README\.md:14: Cannot find name 'CustomModelsApi'/);
});
