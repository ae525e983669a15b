// A failing assertion reports at once, by name, whatever the values compared: @web/test-runner
// used to spend minutes serialising a DOM element kept on the error and end the file with
// "Browser tests did not finish", naming no test (see test/helpers/runner-setup.ts). This runs the
// real runner with the project's config on a fixture of such failures.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
const fixture = 'test/runner/fixtures/failing-dom-assertions.fixture.ts';
// Far below the runner's own 180 s per file, which is what a freeze used to end in.
const LIMIT_MS = 60_000;

/** Runs the test runner on the fixture; stops it (and its browser) when it runs past the limit. */
function runFixture() {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.TEST_COUNTS_FILE;
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', '--files', fixture, '--static-logging'],
      // Its own process group, so the browser it started can be stopped with it.
      { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, 'SIGKILL');
    }, LIMIT_MS);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, timedOut, output: stripVTControlCharacters(output) });
    });
  });
}

test('failing assertions on DOM elements are reported by name, with the other results', async () => {
  const { status, timedOut, output } = await runFixture();
  assert.ok(!timedOut, `the runner had not finished after ${LIMIT_MS / 1000} s:\n${output}`);
  assert.doesNotMatch(output, /did not finish/);
  assert.equal(status, 1, output);
  for (const name of [
    'element expected to equal null',
    'null expected to be the element',
    'elements inside a deep comparison',
    'strings still diff',
  ]) {
    assert.match(output, new RegExp(`failed: ${fixture.replaceAll('.', '\\.')} › .* › ${name}\\n`));
  }
  assert.match(output, /expected <custom-models-page[^>]*>.* to equal null/);
  // Under its name in the closing lines, the first line of what failed (a CI record keeps the end).
  assert.match(
    output,
    /› strings still diff\n {4}expected 'New Custom Model' to equal 'New custom model'\n/,
  );
  // A string comparison keeps its diff.
  assert.match(output, /\+ expected - actual/);
  assert.match(output, /^2 passed, 4 failed$/m);
});
