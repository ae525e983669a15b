// The public API report: one etc/<entry>.api.md per entry point of package.json's `exports` that
// has types, written by @microsoft/api-extractor from the built declarations (dist/types, made by
// `tsc -p tsconfig.build.json`). Every change to what the package exports shows in review as a
// change of these files.
//
//   npm run api:report    regenerates the reports (commit them with the change)
//   npm run api:check     fails when the exports differ from the committed reports (CI)
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const etc = join(root, 'etc');
const packageJsonFullPath = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(packageJsonFullPath, 'utf8'));

/** `.` → index, `./adapters.js` → adapters, `./translations/nl.js` → translations-nl. */
const reportName = (subpath) =>
  subpath === '.'
    ? 'index'
    : subpath.replace(/^\.\//, '').replace(/\.js$/, '').replaceAll('/', '-');

// Entries with built declarations (the JSX types in types/ are generated from custom-elements.json
// and checked by `npm run types:check`).
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.types?.startsWith('./dist/types/'))
  .map(([subpath, target]) => ({
    name: reportName(subpath),
    subpath,
    dts: join(root, target.types),
  }));

// Messages: a type that an export uses but no entry exports is an error in the root entry (every
// such type belongs in the public API or behind `@internal`), and a note in the other entries'
// reports (a define module exports its class; the root exports the events and types it uses).
const messagesFor = (entry) => ({
  compilerMessageReporting: { default: { logLevel: 'warning' } },
  extractorMessageReporting: {
    default: { logLevel: 'warning' },
    'ae-forgotten-export':
      entry.subpath === '.'
        ? { logLevel: 'error', addToApiReportFile: false }
        : { logLevel: 'none', addToApiReportFile: true },
    // Elements' internals are marked @internal without an underscore (Lit's style).
    'ae-internal-missing-underscore': { logLevel: 'none', addToApiReportFile: false },
    // Every name is in the report, documented or not (marked so); TSDoc style is not checked here.
    'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
    'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
    // {@link} in element JSDoc is written for custom-elements.json, not for API Extractor's docs.
    'ae-unresolved-link': { logLevel: 'none', addToApiReportFile: false },
  },
  tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
});

const configFor = (entry) =>
  ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: entry.dts,
      compiler: { tsconfigFilePath: join(root, 'tsconfig.build.json') },
      apiReport: {
        enabled: true,
        reportFileName: `${entry.name}.api.md`,
        reportFolder: etc,
        reportTempFolder: join(root, 'node_modules/.cache/api-report'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: messagesFor(entry),
    },
    configObjectFullPath: join(root, 'scripts/api-report.mjs'),
    packageJsonFullPath,
  });

mkdirSync(etc, { recursive: true });
const configs = entries.map((entry) => ({ entry, config: configFor(entry) }));
// One TypeScript program for every entry.
const compilerState = CompilerState.create(configs[0].config, {
  additionalEntryPoints: configs.map(({ entry }) => entry.dts),
});

const QUIET = new Set([
  'console-api-report-changed',
  'console-api-report-created',
  'console-api-report-copied',
  'console-api-report-unchanged',
  'console-compiler-version-notice',
  'console-preamble',
]);
const problems = [];
for (const { entry, config } of configs) {
  const result = Extractor.invoke(config, {
    localBuild: !check,
    compilerState,
    showVerboseMessages: false,
    messageCallback: (message) => {
      // Notices summed up below; the TypeScript version api-extractor bundles is no news.
      if (QUIET.has(message.messageId)) message.handled = true;
      // The English catalogue's type is the public `CustomModelsTranslation`; the catalogue
      // itself is not exported (it is in the report, marked, as that type's definition).
      if (message.messageId === 'ae-forgotten-export' && message.text.includes('"en"')) {
        message.logLevel = 'none';
      }
    },
  });
  if (!result.succeeded || (check && result.apiReportChanged))
    problems.push(
      `${entry.subpath}: ${
        result.apiReportChanged
          ? `the exports differ from etc/${entry.name}.api.md`
          : `${result.errorCount} errors, ${result.warningCount} warnings (above)`
      }`,
    );
}

// A report whose entry point is gone.
const expected = new Set(entries.map((entry) => `${entry.name}.api.md`));
for (const file of readdirSync(etc).filter((name) => name.endsWith('.api.md'))) {
  if (expected.has(file)) continue;
  if (check) problems.push(`etc/${file}: no entry point in package.json "exports" has this report`);
  else rmSync(join(etc, file));
}

if (problems.length) {
  console.error(
    `The public API changed:\n  ${problems.join('\n  ')}\n` +
      (check
        ? 'If the change is on purpose, run `npm run api:report`, commit etc/*.api.md and say what changed for hosts in CHANGELOG.md.'
        : ''),
  );
  process.exit(1);
}
console.log(
  check
    ? `The exports of ${entries.length} entry points match etc/*.api.md.`
    : `etc/*.api.md written for ${entries.length} entry points.`,
);
