// `npm test`: checks that a browser is there (saying what to install when not), runs the Node tests
// (test/ssr, test/node, test/runner, test/editor) and then @web/test-runner in headless Chromium with the arguments given,
// and ends with one line that counts both: `N passed, N failed`.
//
//   npm test                                   everything
//   npm test -- --files test/models-grid.test.ts   one browser file (Node tests only when named:
//                                              test/ssr/…, test/runner/…, test/editor/…; the
//                                              hydration test also runs test/ssr, whose HTML it loads)
//   npm run test:watch                         the browser tests in watch mode, no closing line
//   npm test -- --shuffle [--seed N]            the browser files in a random order (the seed is
//                                              printed; --seed repeats an order): CI runs this
//   npm test -- --each-alone                    each browser file in a runner (and browser) of its
//                                              own: cold caches, nothing left by another file
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
let args = process.argv.slice(2);
/** Takes `--flag` (and, with `withValue`, the value after it) out of `args`. */
function option(flag, withValue = false) {
  const at = args.indexOf(flag);
  if (at === -1) return undefined;
  const value = withValue ? args[at + 1] : true;
  args = [...args.slice(0, at), ...args.slice(at + (withValue ? 2 : 1))];
  return value;
}
const shuffle = Boolean(option('--shuffle'));
const seedArg = option('--seed', true);
const eachAlone = Boolean(option('--each-alone'));
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
let browserFiles = files.filter((f) => !isNodeTest(f));
const runBrowser = !files.length || browserFiles.length > 0;

/** The browser test files the config names (every `.test.ts` outside the Node test folders). */
function allBrowserFiles(dir = 'test') {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return isNodeTest(`${path}/`) ? [] : allBrowserFiles(path);
      return path.endsWith('.test.ts') ? [path] : [];
    })
    .sort();
}

if (runBrowser && (shuffle || eachAlone) && !browserFiles.length) browserFiles = allBrowserFiles();
/** The seed of a shuffled order (printed before the run, and again under its failures). */
const shuffleSeed = !shuffle
  ? undefined
  : seedArg === undefined
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(seedArg);
if (shuffle) {
  // A small seeded generator (mulberry32): the same seed gives the same order on every machine.
  let state = shuffleSeed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let i = browserFiles.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [browserFiles[i], browserFiles[j]] = [browserFiles[j], browserFiles[i]];
  }
  console.log(
    `Browser test files in a shuffled order: npm test -- --shuffle --seed ${shuffleSeed} repeats it.`,
  );
}

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
    // One runner for them all; with --each-alone, one per file (a new browser each time).
    const runs = eachAlone ? browserFiles.map((file) => [file]) : [browserFiles];
    for (const [index, runFiles] of runs.entries()) {
      const countsFile = join(work, `browser-${index}.json`);
      const wtrArgs = [
        ...otherArgs,
        ...(runFiles.length ? ['--files', ...runFiles] : []),
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
        const what = eachAlone ? runFiles[0] : 'the browser tests';
        counts = { passed: 0, failed: 1, skipped: 0, failures: [`${what} did not run`] };
      }
      add(counts);
      failures.push(...counts.failures);
      if (code !== 0) {
        exitCode = 1;
        if (counts.failed === 0) totals.failed++;
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (totals.failed) exitCode = 1;
console.log('');
for (const failure of failures) console.log(`failed: ${failure}`);
// The order again where a record keeps only the end: a shuffled failure is repeated with it.
if (shuffleSeed !== undefined && totals.failed)
  console.log(`Shuffled order: npm test -- --shuffle --seed ${shuffleSeed} repeats it.`);
console.log(plainLine(totals));
process.exit(exitCode);
