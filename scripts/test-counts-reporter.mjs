// A @web/test-runner reporter that counts every test of a run and names the failures, for the one
// closing line of `npm test` (scripts/run-tests.mjs adds the Node tests and prints it). Without
// TEST_COUNTS_FILE (a bare `npx wtr`) it prints that line itself.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** Tests of a suite and its children, with their suite path. */
function* testsOf(suite, path = []) {
  const here = suite?.name ? [...path, suite.name] : path;
  for (const test of suite?.tests ?? []) yield { test, path: here };
  for (const child of suite?.suites ?? []) yield* testsOf(child, here);
}

/**
 * A failure's name and, on the next line, the first line of its error: the closing lines are what
 * a CI record keeps when the runner's full report has scrolled out of it.
 */
function withReason(name, error) {
  const first = String(error?.message ?? '')
    .split('\n')
    .find((line) => line.trim());
  if (!first) return name;
  const reason = first.length > 300 ? `${first.slice(0, 300)}…` : first;
  return `${name}\n    ${reason.trim()}`;
}

/** Sums the sessions of a finished run: tests passed, failed and skipped, and what failed. */
export function countSessions(sessions, cwd = process.cwd()) {
  const totals = { passed: 0, failed: 0, skipped: 0, files: 0, failures: [] };
  for (const session of sessions) {
    totals.files++;
    const file = relative(cwd, session.testFile);
    for (const { test, path } of testsOf(session.testResults)) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else {
        totals.failed++;
        totals.failures.push(withReason([file, ...path, test.name].join(' › '), test.error));
      }
    }
    // A file that could not load, timed out or failed outside a test counts as one failure of its own:
    // its tests may never have been reported.
    if (!session.passed && (session.errors?.length ?? 0) > 0) {
      totals.failed++;
      const reason = session.errors[0].message;
      totals.failures.push(`${file}: ${String(reason ?? 'the file failed').split('\n')[0]}`);
    }
  }
  return totals;
}

export function plainLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

export function countsReporter({ file = process.env.TEST_COUNTS_FILE } = {}) {
  let startTime = Date.now();
  return {
    start({ startTime: start }) {
      startTime = start ?? Date.now();
    },
    onTestRunFinished({ sessions }) {
      const totals = { ...countSessions(sessions), seconds: (Date.now() - startTime) / 1000 };
      if (file) {
        writeFileSync(file, JSON.stringify(totals));
        return;
      }
      for (const failure of totals.failures) console.log(`failed: ${failure}`);
      console.log(plainLine(totals));
    },
  };
}
