// `npm run i18n:check`: every English key is used by src (a key nothing uses fails: see
// BUILT_KEYS for keys a view builds from a value), and every catalogue in src/i18n/<code>.ts has
// exactly the English keys, with a function where English has a function and a non-empty text where
// it has text, and is registered by src/translations/<code>.ts. TypeScript checks the parity through
// `CustomModelsTranslationOf`; this check names the missing keys plainly and runs without a
// type-check. Texts identical to English are listed as notes (some words are the same: "Audio").
// `--root <dir>` checks another checkout (the tests use a copy).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? resolve(process.argv[rootArg + 1]) : resolve(import.meta.dirname, '..');
const i18n = join(root, 'src/i18n');
const codes = readdirSync(i18n)
  .filter((name) => /^[a-z]{2,3}(-[a-z0-9]+)?\.ts$/i.test(name))
  .map((name) => name.slice(0, -3));

/** Bundles the catalogue module (plain data and small functions) and imports it. */
async function load(code) {
  const result = await build({
    entryPoints: [join(i18n, `${code}.ts`)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'error',
  });
  const source = result.outputFiles[0].text;
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  );
  const catalogue = module[code.replace(/-/g, '_')] ?? module.default;
  if (!catalogue || typeof catalogue !== 'object') {
    throw new Error(`src/i18n/${code}.ts does not export \`${code}\``);
  }
  return catalogue;
}

/** Words that are the same in that language (or a feature's name): not listed as notes. */
const SAME_AS_ENGLISH = {
  de: ['Name', 'Audio', 'Manifest', 'Force Alignment', 'WER', 'Model'],
  fr: [
    'Actions',
    'Notifications',
    'Audio',
    'Force Alignment',
    'WER',
    'Substitutions',
    'Insertions',
  ],
  nl: ['Datasets', 'Audio', 'Manifest', 'Force Alignment', 'WER', 'Model'],
};

const isMeta = (key) => key.startsWith('$');
const kind = (value) => (typeof value === 'function' ? 'function' : typeof value);

const en = await load('en');
const enKeys = Object.keys(en).filter((key) => !isMeta(key));
console.log(`English: ${enKeys.length} strings.`);

let failed = false;

/*
 * Use. A key is used when src (catalogues aside) names it whole, in quotes or backticks: `'cm.x'`.
 * A key a view builds from a value (`cm.status.${status}`) cannot be found that way: each such
 * template is listed here, with the keys it can build and where. A key matching one counts as used
 * while its template is still in src; a template gone from src fails the check, so the allowance
 * cannot outlive the code. Prefer whole keys (a map from the value to its key) to a new line here.
 */
const BUILT_KEYS = [
  {
    template: '`cm.accuracy.sort.${sort}`',
    keys: /^cm\.accuracy\.sort\.(gain|loss|name)$/,
    where: "the inspection's sort choices (custom-model-details/accuracy-inspect.ts)",
  },
  {
    template: '`cm.accuracy.kind.${kind}`',
    keys: /^cm\.accuracy\.kind\.(substitute|delete|insert)$/,
    where: "the inspection's mark toggles (custom-model-details/accuracy-inspect.ts)",
  },
  {
    template: '`cm.status.${',
    keys: /^cm\.status\.\d+$/,
    where: 'the name of a TrainingStatus (status-label.ts, models-grid, status-panel.ts)',
  },
  {
    template: '`cm.details.status.${status}.meaning`',
    keys: /^cm\.details\.status\.\d+\.meaning$/,
    where: 'what a TrainingStatus means (custom-model-details/status-panel.ts)',
  },
  {
    template: '`cm.details.status.${status}.next`',
    keys: /^cm\.details\.status\.\d+\.next$/,
    where: 'what to do next in a TrainingStatus (custom-model-details/status-panel.ts)',
  },
  {
    template: '`cm.details.kind.${kind}`',
    keys: /^cm\.details\.kind\.[\w-]+$/,
    where: 'the name of a DatasetKind (custom-model-details/datasets-section.ts)',
  },
  {
    template: '`cm.upload.kind.${purpose}`',
    keys: /^cm\.upload\.kind\.[\w-]+$/,
    where: 'the name of an UploadPurpose (dataset-upload)',
  },
  {
    template: '`cm.upload.refused.${reason}`',
    keys: /^cm\.upload\.refused\.[\w-]+$/,
    where: 'why a file is refused, a RefusalReason (dataset-upload)',
  },
  {
    template: '`cm.preflight.${finding.code}`',
    keys: /^cm\.preflight\.[a-z0-9]+(-[a-z0-9]+)+$/,
    where: 'a pre-flight finding, by its code (dataset-upload/preflight-view.ts)',
  },
  {
    template: '`cm.preflight.severity.${finding.severity}`',
    keys: /^cm\.preflight\.severity\.\w+$/,
    where: "a pre-flight finding's severity (dataset-upload/preflight-view.ts)",
  },
  {
    template: '`cm.preflight.state.${entry.state}`',
    keys: /^cm\.preflight\.state\.\w+$/,
    where: 'a checked file held or refused (dataset-upload/preflight-view.ts)',
  },
];

/** The text of every module in src but the catalogues (src/i18n/<code>.ts, src/i18n/<code>/). */
function sources(dir = join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const rel = relative(join(root, 'src/i18n'), path);
    if (/^[a-z]{2,3}(-[a-z0-9]+)?(\.ts$|$)/i.test(rel)) return [];
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}
const source = sources().join('\n');
const named = new Set([...source.matchAll(/['"`](cm\.[\w.-]+)['"`]/g)].map((match) => match[1]));
const staleTemplates = BUILT_KEYS.filter(({ template }) => !source.includes(template));
const unused = enKeys.filter(
  (key) =>
    !named.has(key) &&
    !BUILT_KEYS.some(({ template, keys }) => keys.test(key) && source.includes(template)),
);
if (unused.length || staleTemplates.length) {
  failed = true;
  if (unused.length) {
    console.error(
      `✗ used by nothing in src ${unused.length}:\n      ${unused.join('\n      ')}\n` +
        '    Remove them from every catalogue, or, for a key built from a value, add its template ' +
        'to BUILT_KEYS in scripts/check-translations.mjs.',
    );
  }
  for (const { template, where } of staleTemplates) {
    console.error(`✗ BUILT_KEYS: ${template} (${where}) is no longer in src: remove the line.`);
  }
} else {
  console.log(`✓ en: every key is used.`);
}
for (const code of codes.filter((c) => c !== 'en').sort()) {
  const catalogue = await load(code);
  const problems = [];
  const notes = [];
  const keys = Object.keys(catalogue).filter((key) => !isMeta(key));
  const missing = enKeys.filter((key) => !(key in catalogue));
  const extra = keys.filter((key) => !(key in en));
  if (missing.length)
    problems.push(`missing ${missing.length}:\n      ${missing.join('\n      ')}`);
  if (extra.length)
    problems.push(`not in English ${extra.length}:\n      ${extra.join('\n      ')}`);
  for (const meta of ['$code', '$name', '$dir']) {
    if (typeof catalogue[meta] !== 'string' || !catalogue[meta]) problems.push(`no ${meta}`);
  }
  if (catalogue.$code && catalogue.$code !== code) {
    problems.push(`$code is "${catalogue.$code}" in ${code}.ts`);
  }
  for (const key of enKeys.filter((k) => k in catalogue)) {
    const value = catalogue[key];
    if (kind(value) !== kind(en[key])) {
      problems.push(`${key} is a ${kind(value)}, English has a ${kind(en[key])}`);
    } else if (typeof value === 'string' && !value.trim()) {
      problems.push(`${key} is empty`);
    } else if (
      typeof value === 'string' &&
      value === en[key] &&
      /[a-z]{3}/i.test(value) &&
      !SAME_AS_ENGLISH[code]?.includes(value)
    ) {
      notes.push(`${key}: "${value}"`);
    }
  }
  if (!existsSync(join(root, 'src/translations', `${code}.ts`))) {
    problems.push(`no src/translations/${code}.ts registers it`);
  }
  if (problems.length) {
    failed = true;
    console.error(`✗ ${code}: ${problems.join('\n    ')}`);
  } else {
    console.log(`✓ ${code}: ${keys.length} strings, complete.`);
  }
  if (notes.length)
    console.log(`    same as English (check they are meant):\n      ${notes.join('\n      ')}`);
}

if (failed) {
  console.error('\nTranslations incomplete or unused: see above (src/i18n/<code>/<section>.ts).');
  process.exit(1);
}
