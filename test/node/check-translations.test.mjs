import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

/*
 * `npm run i18n:check` fails on a key nothing uses. Each test changes a copy of src (the
 * catalogues bundle with esbuild, which finds node_modules through a link) and runs the real
 * script on it with `--root`.
 */
const repo = resolve(import.meta.dirname, '../..');
const script = join(repo, 'scripts/check-translations.mjs');
let copy;

before(() => {
  copy = mkdtempSync(join(tmpdir(), 'cm-i18n-check-'));
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
after(() => rmSync(copy, { recursive: true, force: true }));

/** A fresh copy of src with `edit(path, text)` applied to the files named, and the check's run. */
function check(edits = {}) {
  rmSync(join(copy, 'src'), { recursive: true, force: true });
  cpSync(join(repo, 'src'), join(copy, 'src'), { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(copy, path);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  const run = spawnSync(process.execPath, [script, '--root', copy], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Adds `'key': text,` after the first `'cm.cancel'` entry of a catalogue section. */
const addKey = (key, text) => (source) =>
  source.replace(/^( {2}'cm\.cancel': .*\n)/m, `$1  '${key}': '${text}',\n`);

test('the catalogues as they are pass: every key is used', () => {
  const { code, out, err } = check();
  assert.equal(code, 0, err);
  assert.match(out, /✓ en: every key is used\./);
});

test('a key in every language that nothing in src uses fails, named', () => {
  const { code, err } = check({
    'src/i18n/en/common.ts': addKey('cm.neverShown', 'Never shown'),
    'src/i18n/nl/common.ts': addKey('cm.neverShown', 'Nooit getoond'),
    'src/i18n/fr/common.ts': addKey('cm.neverShown', 'Jamais affiché'),
    'src/i18n/de/common.ts': addKey('cm.neverShown', 'Nie gezeigt'),
  });
  assert.equal(code, 1);
  assert.match(err, /used by nothing in src 1:\n\s+cm\.neverShown\n/);
});

test('the same key passes once a view names it', () => {
  const { code, err } = check({
    'src/i18n/en/common.ts': addKey('cm.neverShown', 'Never shown'),
    'src/i18n/nl/common.ts': addKey('cm.neverShown', 'Nooit getoond'),
    'src/i18n/fr/common.ts': addKey('cm.neverShown', 'Jamais affiché'),
    'src/i18n/de/common.ts': addKey('cm.neverShown', 'Nie gezeigt'),
    'src/internal/base-element.ts': (source) =>
      `${source}\nexport const shown = 'cm.neverShown';\n`,
  });
  assert.equal(code, 0, err);
});

test('a key built from a value counts only while its template is in src', () => {
  // The dataset kinds' names are built (`cm.details.kind.${kind}`): without the template they are
  // unused, and the allowance is reported as stale.
  const { code, err } = check({
    'src/custom-model-details/datasets-section.ts': (source) => {
      assert.ok(source.includes('`cm.details.kind.${kind}`'));
      return source.replace('`cm.details.kind.${kind}`', "'cm.details.unknownValue'");
    },
  });
  assert.equal(code, 1);
  assert.match(err, /cm\.details\.kind\.audio/);
  assert.match(err, /BUILT_KEYS: `cm\.details\.kind\.\$\{kind\}` .* is no longer in src/);
});
