// `npm run i18n:check`: every catalogue in src/i18n/<code>.ts has exactly the English keys, with a
// function where English has a function and a non-empty text where it has text, and is registered
// by src/translations/<code>.ts. TypeScript checks the same through `CustomModelsTranslationOf`;
// this check names the missing keys plainly and runs without a type-check.
// Texts identical to English are listed as notes (some words are the same: "Audio", "Status").
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
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
  console.error('\nTranslations incomplete: add the keys above to src/i18n/<code>/<section>.ts.');
  process.exit(1);
}
