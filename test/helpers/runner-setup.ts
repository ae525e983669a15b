/**
 * Loaded into every test page before the test framework (web-test-runner.config.mjs,
 * `testRunnerHtml`), so no test file has to import it.
 *
 * A failed assertion keeps `actual` and `expected` on its error, and @web/test-runner sends them
 * to Node with a cycle-safe stringify that walks every path of the object graph. A Lit element
 * (its controllers, template parts, host references) took minutes to walk: the file ended as
 * "Browser tests did not finish", naming no test. Objects are therefore kept as chai's own short
 * description (`<models-grid …>`, `{ a: 1 }`), which is also what the message shows; strings,
 * numbers and the other primitives stay as they are, so string diffs still show.
 */
// chai itself, not '@open-wc/testing': importing that before mocha is set up would skip its
// afterEach(fixtureCleanup), and fixtures would pile up from test to test.
import { AssertionError, util } from '@esm-bundle/chai';
import { failOnLitWarnings } from './lit-warnings.js';

function printable(value: unknown): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  try {
    return util.inspect(value, false, 2);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

for (const key of ['actual', 'expected'] as const) {
  // chai's AssertionError copies its properties with plain assignment, which meets this setter.
  Object.defineProperty(AssertionError.prototype, key, {
    configurable: true,
    get: () => undefined,
    set(this: object, value: unknown) {
      Object.defineProperty(this, key, {
        value: printable(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    },
  });
}

// A Lit dev-mode warning about our elements fails the test that caused it (lit-warnings.ts).
failOnLitWarnings();
