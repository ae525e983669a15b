// The conformance kit in Node (node:test), as a host runs it in its own CI: both shipped adapters
// pass, InMemoryCustomModelsApi in process and ScriptixApi over real HTTP against the Scriptix
// wire mock (test/server/scriptix-mock-server.mjs). The browser runs the same kit in
// test/conformance.test.ts.
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { startScriptixMockServer } from '../server/scriptix-mock-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'node_modules/.cache/node-conformance-test');

// The public entry points, bundled from source (as test/ssr/ssr.test.mjs does).
await build({
  entryPoints: [
    { in: join(root, 'src/conformance.ts'), out: 'conformance' },
    { in: join(root, 'src/adapters.ts'), out: 'adapters' },
  ],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  outdir: out,
  outExtension: { '.js': '.mjs' },
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'error',
});
const load = (name) => import(pathToFileURL(join(out, `${name}.mjs`)).href);
const { describeConformance } = await load('conformance');
const { InMemoryCustomModelsApi, ScriptixApi } = await load('adapters');

const framework = { describe, it, before };

let memory;
describeConformance(
  'InMemoryCustomModelsApi (Node)',
  () => (memory = new InMemoryCustomModelsApi()),
  framework,
);
after(() => memory?.dispose());

let server;
describeConformance(
  'ScriptixApi over HTTP against the wire mock (Node, uploads through fetch; guess: the current-user answer and the datasets list’s shape)',
  async () => {
    server = await startScriptixMockServer();
    return new ScriptixApi({ baseUrl: server.url, token: 'node-test' });
  },
  framework,
);
after(() => server?.close());
