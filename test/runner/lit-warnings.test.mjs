// A Lit dev-mode warning about one of our elements fails the test that caused it, every time it
// happens (test/helpers/lit-warnings.ts); Shoelace's own change-in-update does not. This runs the
// real runner with the project's config on a fixture that causes them.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
const fixture = 'test/runner/fixtures/lit-warnings.fixture.ts';
const LIMIT_MS = 60_000;

function runFixture() {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.TEST_COUNTS_FILE;
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', '--files', fixture, '--static-logging'],
      { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), LIMIT_MS);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, output: stripVTControlCharacters(output) });
    });
  });
}

test("Lit's dev-mode warnings about our elements fail the test that caused them", async () => {
  const { status, output } = await runFixture();
  assert.equal(status, 1, output);
  const failed = (name) =>
    new RegExp(`failed: ${fixture.replaceAll('.', '\\.')} › .* › ${name}\\n`);
  assert.match(output, failed('one of ours scheduling an update after an update fails'));
  assert.match(output, failed('fails again when another test causes the same warning'));
  assert.doesNotMatch(output, failed('a Shoelace element'));
  assert.match(
    output,
    /Lit dev-mode warning \(change-in-update\): Element cm-updates-after-update/,
  );
  assert.match(output, /^2 passed, 2 failed$/m);
});
