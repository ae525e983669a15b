// The built package as a host gets it (dist/, through package.json "exports", imported by name):
// the entry points export what their API reports (etc/*.api.md) list and nothing internal, no
// hashed chunk or internal module is importable, and only the define modules (and the
// translations) register anything on import. Needs `npm run build` first (CI builds before the
// tests).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const NAME = pkg.name;

/** Newest modification time of the files below `dir`. */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

/** Fails, saying what to run, when there is no build or it is older than the sources. */
function requireBuild() {
  assert.ok(
    existsSync(join(dist, 'index.js')) && existsSync(join(dist, 'types/index.d.ts')),
    'No build in dist/: run `npm run build` first.',
  );
  assert.ok(
    statSync(join(dist, 'index.js')).mtimeMs >= newest(join(root, 'src')),
    'dist/ is older than src/: run `npm run build` again.',
  );
}

/** The tags' define modules: src/<tag>.ts beside a folder src/<tag>/. */
const srcNames = readdirSync(join(root, 'src'));
const DEFINE_MODULES = srcNames
  .filter((name) => name.endsWith('.ts') && srcNames.includes(name.slice(0, -3)))
  .map((name) => name.slice(0, -3))
  .filter((name) => name.includes('-'));
/** Define modules that stay inside the package (rendered by other elements only). */
const INTERNAL_DEFINE_MODULES = ['confirm-dialog'];

/** The names an API report declares: every export, and those that exist at run time. */
function reportedNames(report) {
  const text = readFileSync(join(root, 'etc', report), 'utf8');
  const all = new Set();
  const values = new Set();
  for (const [, kind, name] of text.matchAll(
    /^export (?:declare )?(?:abstract )?(class|function|const|let|enum|interface|type) (\w+)/gm,
  )) {
    all.add(name);
    if (!['interface', 'type'].includes(kind)) values.add(name);
  }
  return { all, values };
}

const reportName = (subpath) =>
  subpath === '.'
    ? 'index'
    : subpath.replace(/^\.\//, '').replace(/\.js$/, '').replaceAll('/', '-');
const jsEntries = Object.entries(pkg.exports).filter(
  ([, target]) => typeof target === 'object' && target.default?.startsWith('./dist/'),
);

/** Runs the probe in a fresh Node process: what each module registered when imported. */
function probe(urls) {
  const out = execFileSync(
    process.execPath,
    [join(root, 'test/node/fixtures/side-effects-probe.mjs'), ...urls],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(out);
}

test('the exports map lists every entry point and reaches no chunk or internal module', async () => {
  requireBuild();
  const wildcards = Object.keys(pkg.exports).filter((key) => key.includes('*'));
  assert.deepEqual(wildcards, ['./themes/*.css'], 'only the CSS themes are matched by a pattern');
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      if (!file.includes('*')) assert.ok(existsSync(join(root, file)), `${subpath}: ${file}`);
    }
  }
  for (const name of DEFINE_MODULES.filter((n) => !INTERNAL_DEFINE_MODULES.includes(n))) {
    assert.ok(pkg.exports[`./${name}.js`], `./${name}.js (defines <${name}>) is exported`);
  }
  for (const hidden of [
    'custom-models-page/custom-models-page.component.js',
    'confirm-dialog.js',
    'internal/define.js',
    'dist/index.js',
  ]) {
    await assert.rejects(
      import(`${NAME}/${hidden}`),
      { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' },
      `${NAME}/${hidden} must not be importable`,
    );
  }
});

test('each entry point exports at run time what its API report lists, and no internal helper', async () => {
  requireBuild();
  for (const [subpath] of jsEntries) {
    const report = `${reportName(subpath)}.api.md`;
    assert.ok(existsSync(join(root, 'etc', report)), `etc/${report} (npm run api:report)`);
    const specifier = subpath === '.' ? NAME : `${NAME}/${subpath.slice(2)}`;
    const runtime = Object.keys(await import(specifier)).sort();
    assert.deepEqual(runtime, [...reportedNames(report).values].sort(), specifier);
  }
  const root_ = await import(NAME);
  const { all } = reportedNames('index.api.md');
  // Named by issue 22: the Scriptix wire format, its error mapping, the store's plumbing, the
  // upload rules' helpers and a context nothing reads are not the package's API.
  for (const name of [
    'errorFromResponse',
    'pageKey',
    'extensionOf',
    'baseNameOf',
    'customModelsSessionContext',
    'languageLabel',
    'resolveLang',
  ]) {
    assert.equal(name in root_, false, `the root entry exports ${name}`);
  }
  for (const name of [
    'WireModel',
    'WireEnvelope',
    'WireDataset',
    'ResourceName',
    'AnnouncerRole',
    'errorFromResponse',
    'pageKey',
    'customModelsSessionContext',
  ]) {
    assert.equal(all.has(name), false, `etc/index.api.md lists ${name}`);
  }
  // What hosts build on stays.
  for (const name of [
    'CustomModelsPage',
    'ModelsGrid',
    'CustomModelsProvider',
    'CustomModelsElement',
    'InMemoryCustomModelsApi',
    'ScriptixApi',
    'CustomModelsApiError',
    'CustomModelsStore',
    'customModelsStoreContext',
    'ModelOpenEvent',
    'registerCustomModelsTranslation',
    'forbiddenReason',
  ]) {
    assert.equal(typeof root_[name] === 'undefined', false, `the root entry exports ${name}`);
  }
});

test('the entry points that define nothing register nothing on import', () => {
  requireBuild();
  const entries = ['adapters.js', 'store.js', 'conformance.js'];
  const report = probe(entries.map((file) => pathToFileURL(join(dist, file)).href));
  for (const { module, registered } of report) assert.deepEqual(registered, [], module);
});

/** dist/'s JavaScript modules (one per source module), as paths below dist/. */
const distModules = () =>
  readdirSync(dist, { recursive: true })
    .map((name) => String(name).replaceAll('\\', '/'))
    .filter((name) => name.endsWith('.js') && !name.startsWith('types/'));

/** The package's files `sideEffects` names, as paths below dist/ (patterns matched). */
function sideEffectful() {
  const patterns = pkg.sideEffects
    .filter((entry) => entry.startsWith('./dist/'))
    .map((entry) => entry.slice('./dist/'.length));
  const matches = (file) =>
    patterns.some((pattern) =>
      pattern.includes('*')
        ? new RegExp(`^${pattern.replace('.', '\\.').replace('*', '[^/]+')}$`).test(file)
        : pattern === file,
    );
  return { patterns, matches };
}

test('sideEffects names exactly the define modules, the root and the translations', () => {
  requireBuild();
  const { patterns } = sideEffectful();
  const expected = [
    'index.js',
    ...DEFINE_MODULES.map((name) => `${name}.js`),
    'translations/*.js',
  ].sort();
  assert.deepEqual([...patterns].sort(), expected);
  // The sources, for hosts that bundle them (and the demo), say the same.
  const sources = pkg.sideEffects
    .filter((entry) => entry.startsWith('./src/'))
    .map((entry) => entry.slice('./src/'.length).replace(/\.ts$/, '.js'))
    .sort();
  assert.deepEqual(sources, expected);
  for (const file of expected.filter((name) => !name.includes('*')))
    assert.ok(existsSync(join(dist, file)), `dist/${file}`);
});

test('class modules register nothing on import: only define modules and translations do', () => {
  requireBuild();
  const { matches } = sideEffectful();
  const importsOf = (file) =>
    [
      ...readFileSync(join(dist, file), 'utf8').matchAll(
        /^import (?:[^'"]* from )?"(\.\.?\/[^"]+\.js)";$/gm,
      ),
    ].map((m) => join(file, '..', m[1]).replaceAll('\\', '/'));
  // A module that imports a define module (the React wrappers, an element's on-demand part)
  // registers through it, by design.
  const reachesDefine = (file, seen = new Set()) => {
    if (seen.has(file)) return false;
    seen.add(file);
    return matches(file) || importsOf(file).some((next) => reachesDefine(next, seen));
  };
  const classModules = distModules().filter((file) => !reachesDefine(file));
  assert.ok(classModules.length > 100, `class modules found: ${classModules.join(', ')}`);
  const report = probe(classModules.map((file) => pathToFileURL(join(dist, file)).href));
  // Shoelace's own components register Shoelace's English when a module imports them: theirs.
  const ours = report
    .map(({ module, registered }) => ({
      module: module.slice(module.indexOf('/dist/') + 1),
      registered: registered.filter((what) => !/^registers a "\w+" catalogue$/.test(what)),
    }))
    .filter(({ registered }) => registered.length);
  assert.deepEqual(ours, []);
});
