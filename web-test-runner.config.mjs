import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { countsReporter } from './scripts/test-counts-reporter.mjs';
import { scriptixMockMiddleware } from './test/server/scriptix-mock-server.mjs';
import { reactEsmPlugin } from './test/server/react-esm.mjs';
import { cspMiddleware } from './test/server/csp-middleware.mjs';
import { packageCopiesPlugin } from './test/server/package-copies.mjs';
import { ariaQueryPlugin } from './test/server/aria-query.mjs';
import { focusPagePlugin } from './test/server/focus-page.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors.mjs';

const MOCK_SCRIPTIX_PREFIX = '/mock-scriptix';
const watch = process.argv.includes('--watch');

/**
 * The default reporter without its progress block (printed twice at the end in static logging;
 * scripts/run-tests.mjs prints the one closing line) and without the mock server's 404s: those
 * are the Scriptix API answering "no such model", which test/scriptix-api.test.ts asserts, not
 * files missing from the test server.
 */
function resultsReporter() {
  const reporter = defaultReporter({ reportTestProgress: watch });
  const mockApi = MOCK_SCRIPTIX_PREFIX.slice(1) + '/';
  return {
    ...reporter,
    reportTestFileResults(args) {
      const sessionsForTestFile = args.sessionsForTestFile.map((session) => ({
        ...session,
        request404s: session.request404s.filter((url) => !url.startsWith(mockApi)),
      }));
      return reporter.reportTestFileResults({ ...args, sessionsForTestFile });
    },
  };
}

/**
 * Browser notices that say nothing about our code, kept out of the output:
 * - Lit's dev-mode banner;
 * - Lit's "scheduled an update after an update completed" about a Shoelace element: sl-button
 *   blurs its inner <button> when it becomes disabled or loading while focused (a keyboard user
 *   pressing Enter on Create), and its blur handler sets `hasFocus` during its own render. The
 *   same notice about one of our elements still prints, and fails the test that caused it, as
 *   every other Lit dev-mode warning about our code does (test/helpers/lit-warnings.ts).
 */
function isExpectedNotice(text) {
  if (text.includes('Lit is in dev mode')) return true;
  return /^Element sl-[\w-]+ scheduled an update .* after an update completed/.test(text);
}

/**
 * The test page: our setup (test/helpers/runner-setup.ts) before the framework, and a listener
 * that keeps Chromium's "ResizeObserver loop completed with undelivered notifications" from being
 * logged as an uncaught `null` (or failing a test that watches for uncaught errors). It is an
 * ErrorEvent with no error: a ResizeObserver callback changed layout and the rest of the
 * notifications come in the next frame. Our code has no ResizeObserver; Shoelace's components do.
 * It listens in the capture phase, before every other listener on window.
 */
const testRunnerHtml = (testFramework) => `<!doctype html>
<html>
  <head>
    <script>
      window.addEventListener(
        'error',
        (event) => {
          if (event.error == null && /^ResizeObserver loop/.test(event.message)) {
            event.stopImmediatePropagation();
            event.preventDefault();
          }
        },
        true,
      );
    </script>
  </head>
  <body>
    <script type="module" src="/test/helpers/runner-setup.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // React (CommonJS) as ES modules, the package name and .tsx for test/react.test.ts.
    reactEsmPlugin(),
    // Two separately built copies of the package for test/two-copies.test.ts.
    packageCopiesPlugin(),
    // a11ySnapshot(): accessible names as the browser computes them (not a default command).
    a11ySnapshotPlugin(),
    // Elements by role and accessible name from the same tree (test/helpers/by-role.ts).
    ariaQueryPlugin(),
    // The page given the system focus, as a user's window has it (test/helpers/focus.ts).
    focusPagePlugin(),
    forcedColorsPlugin(),
  ],
  // The Scriptix wire format over real HTTP on the test server's own origin (test/scriptix-api.test.ts).
  // and test/csp/*.html with a strict Content-Security-Policy header (test/csp.test.ts).
  middleware: [scriptixMockMiddleware({ prefix: MOCK_SCRIPTIX_PREFIX }), cspMiddleware()],
  browsers: [
    chromeLauncher({
      // Accessibility on as a screen reader turns it on (Chromium's screen-reader bundle, the
      // switch without a value): the tree the tests' `a11ySnapshot` reads is the one a screen
      // reader gets. Without it Chromium builds a reduced tree on the DevTools protocol's demand,
      // which leaves out the contents of rows skipped by `content-visibility: auto` (the grid's
      // rows out of view, BENCHMARKS.md note 8); a screen reader gets them.
      launchOptions: {
        executablePath: findChrome(),
        args: [...CHROME_ARGS, '--force-renderer-accessibility'],
      },
    }),
  ],
  testRunnerHtml,
  // One tab at a time: axe in a background tab can stall (see toolchain notes).
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  filterBrowserLogs: ({ type, args }) =>
    (type === 'error' || type === 'warn') && !isExpectedNotice(String(args?.[0])),
  reporters: [
    resultsReporter(),
    // The passed/failed tree of each file; its logs and errors are the default reporter's.
    summaryReporter({ flatten: false, reportTestLogs: false, reportTestErrors: false }),
    countsReporter(),
  ],
};
