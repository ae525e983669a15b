// `npm test`: checks that a browser is there (saying what to install when not), runs the Node tests
// (test/ssr, test/node, test/runner, test/editor) and then @web/test-runner in headless Chromium with the arguments given,
// and ends with one line that counts both: `N passed, N failed`.
//
//   npm test                                   everything
//   npm test -- --files test/models-grid.test.ts   one browser file (Node tests only when named:
//                                              test/ssr/…, test/runner/…, test/editor/…; the
//                                              hydration test also runs test/ssr, whose HTML it loads)
//   npm run test:watch                         the browser tests in watch mode, no closing line
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome, NO_CHROME_MESSAGE } from './find-chrome.mjs';
import { plainLine } from './test-counts-reporter.mjs';

const NODE_TEST_DIRS = ['test/ssr/', 'test/node/', 'test/runner/', 'test/editor/'];

const chrome = findChrome();
if (!chrome) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}
const args = process.argv.slice(2);
const watch = args.includes('--watch');
const filesAt = args.indexOf('--files');
const files = filesAt === -1 ? [] : args.slice(filesAt + 1).filter((a) => !a.startsWith('--'));
const otherArgs =
  filesAt === -1 ? args : [...args.slice(0, filesAt), ...args.slice(filesAt + 1 + files.length)];

const isNodeTest = (f) => NODE_TEST_DIRS.some((dir) => f.startsWith(dir));
// With --files: the Node test files named, and test/ssr when the hydration test needs its output.
const nodeTargets = !files.length
  ? NODE_TEST_DIRS
  : [
      ...new Set([
        ...files.filter(isNodeTest),
        ...(files.some((f) => f.includes('ssr-hydration')) ? ['test/ssr/'] : []),
      ]),
    ];
const browserFiles = files.filter((f) => !isNodeTest(f));
const runBrowser = !files.length || browserFiles.length > 0;

const work = mkdtempSync(join(tmpdir(), 'custom-models-tests-'));
const env = { ...process.env, CHROME_PATH: chrome };

function run(command, commandArgs, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {
      stdio: 'inherit',
      env: { ...env, ...extraEnv },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The counts at the end of a TAP stream (`# pass 2`, `# fail 0`, …). */
function tapCounts(file) {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return {
    passed: count('pass'),
    failed: count('fail') + count('cancelled'),
    skipped: count('skipped') + count('todo'),
    failures: [...text.matchAll(/^not ok \d+ - (.*)$/gm)].map((m) => m[1]),
  };
}

let exitCode = 0;
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const add = (counts) => {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
};

try {
  if (nodeTargets.length && !watch) {
    // Server-side rendering checks that every module imports without a DOM and writes the HTML
    // the browser hydration test loads; test/runner checks how the browser runner reports.
    const tap = join(work, 'node.tap');
    const code = await run(process.execPath, [
      '--test',
      '--test-reporter=./scripts/node-test-reporter.mjs',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...nodeTargets,
    ]);
    const counts = tapCounts(tap) ?? { passed: 0, failed: 0, skipped: 0, failures: [] };
    if (code !== 0 && counts.failed === 0) {
      // It ended before reporting a failure (a syntax error, a crash): printed above.
      counts.failed = 1;
      counts.failures.push(`Node tests in ${nodeTargets.join(', ')} did not finish`);
    }
    add(counts);
    failures.push(...counts.failures.map((name) => `Node test: ${name}`));
    if (code !== 0) exitCode = 1;
  }

  if (runBrowser) {
    const countsFile = join(work, 'browser.json');
    const wtrArgs = [
      ...otherArgs,
      ...(browserFiles.length ? ['--files', ...browserFiles] : []),
      ...(watch || otherArgs.includes('--static-logging') ? [] : ['--static-logging']),
    ];
    const code = await run(
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', ...wtrArgs],
      watch ? {} : { TEST_COUNTS_FILE: countsFile },
    );
    if (watch) process.exit(code);
    let counts;
    try {
      counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    } catch {
      // The runner stopped before any result (a config or launch error, printed above).
      counts = { passed: 0, failed: 1, skipped: 0, failures: ['the browser tests did not run'] };
    }
    add(counts);
    failures.push(...counts.failures);
    if (code !== 0) {
      exitCode = 1;
      if (counts.failed === 0) totals.failed++;
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (totals.failed) exitCode = 1;
console.log('');
for (const failure of failures) console.log(`failed: ${failure}`);
console.log(plainLine(totals));
process.exit(exitCode);
