import type { CustomModelsApi } from '../api/types.js';
import { checkAborts } from './checks-abort.js';
import { checkCleanup, checkWhatWasSeen } from './checks-final.js';
import { checkFilters } from './checks-filters.js';
import { checkNotFound, checkRoundTrip, checkValidation } from './checks-models.js';
import { checkPaging } from './checks-paging.js';
import { checkSetup } from './checks-setup.js';
import { checkSorting } from './checks-sort.js';
import {
  CONFORMANCE_GROUPS,
  CONFORMANCE_GROUP_TITLES,
  formatConformanceResult,
  toReport,
  type ConformanceReport,
} from './report.js';
import { RunContext, type ConformanceOptions } from './run-context.js';

export {
  CONFORMANCE_GROUPS,
  CONFORMANCE_GROUP_TITLES,
  formatConformanceReport,
  formatConformanceResult,
  type ConformanceGroup,
  type ConformanceReport,
  type ConformanceResult,
  type ConformanceStatus,
} from './report.js';
export type { ConformanceOptions } from './run-context.js';

/**
 * Runs the contract's checks against an adapter and reports each one passed, failed (with a
 * sentence saying what is wrong) or skipped (with the reason). Never throws for what the adapter
 * does; an adapter that hangs fails the check after `callTimeoutMs`.
 *
 * The run touches only data it creates: a handful of models named `Conformance check <tag> …`
 * (with two small uploads on one of them), all deleted at the end, so it is safe against a live
 * backend with a throwaway organisation or test account whose role may delete (ORGADMIN, SYSOP).
 * It reads the list (up to `maxListItems` models per walk) but changes no model it did not make.
 *
 * ```ts
 * const report = await checkAdapter(new MyApi());
 * if (!report.ok) console.error(formatConformanceReport(report, { failuresOnly: true }));
 * ```
 */
export async function checkAdapter(
  api: CustomModelsApi,
  options: ConformanceOptions = {},
): Promise<ConformanceReport> {
  const ctx = new RunContext(api, options);
  // Absent lists declare none (the contract): nothing to check then.
  const sorts = api.capabilities?.sort ?? [];
  const filters = api.capabilities?.filters ?? [];
  try {
    const setup = await checkSetup(ctx);
    await checkPaging(ctx, setup, filters);
    await checkSorting(ctx, setup, sorts, filters);
    await checkFilters(ctx, setup, filters);
    const trip = await checkRoundTrip(ctx, setup);
    await checkNotFound(ctx, setup, trip);
    await checkValidation(ctx, setup);
    await checkAborts(ctx, setup);
  } finally {
    await checkCleanup(ctx, filters);
  }
  await checkWhatWasSeen(ctx);
  return toReport(ctx.results);
}

/**
 * The parts of a test framework the wrapper uses: mocha's globals, `node:test`, Vitest, Jest. Each
 * framework's own functions fit these types as they are (their test and hook bodies return
 * `void | Promise<void>`).
 */
export interface TestFramework {
  describe: (name: string, body: () => void) => unknown;
  it: (name: string, body: () => void | Promise<void>) => unknown;
  /** Mocha and node:test `before`; Vitest and Jest `beforeAll`. */
  before: (body: () => void | Promise<void>) => unknown;
}

export interface DescribeConformanceOptions extends ConformanceOptions {
  /** Time the whole run may take, for frameworks with hook time limits (mocha). Default 120 s. */
  timeoutMs?: number;
}

/**
 * Registers the checks as tests: one test per part of the contract (paging, sort, filters, …),
 * failing with the sentences of its failed checks. The adapter is made once, in a `before` hook,
 * and checked once; every test reads that run's report.
 *
 * ```ts
 * // browser (web-test-runner, mocha globals)
 * describeConformance('MyApi', () => new MyApi(), { describe, it, before });
 * // Node
 * import { describe, it, before } from 'node:test';
 * describeConformance('MyApi', () => new MyApi(), { describe, it, before });
 * ```
 */
export function describeConformance(
  name: string,
  createApi: () => CustomModelsApi | Promise<CustomModelsApi>,
  framework: TestFramework,
  options: DescribeConformanceOptions = {},
): void {
  const { timeoutMs = 120_000, ...runOptions } = options;
  framework.describe(name, () => {
    let report: ConformanceReport | undefined;
    let broken: unknown;
    framework.before(async function (this: { timeout?: (ms: number) => void } | undefined) {
      // Mocha: lift the hook's time limit; node:test has none by default.
      if (typeof this?.timeout === 'function') this.timeout(timeoutMs);
      try {
        report = await checkAdapter(await createApi(), runOptions);
      } catch (error) {
        broken = error;
      }
    });
    for (const group of CONFORMANCE_GROUPS) {
      // Rest parameters: a declared parameter would read as mocha's `done` callback.
      framework.it(CONFORMANCE_GROUP_TITLES[group], function (this: unknown, ...args: unknown[]) {
        if (!report)
          throw new Error(
            `The conformance run did not start: making the adapter failed (${String(broken)}).`,
          );
        const results = report.results.filter((result) => result.group === group);
        const failed = results.filter((result) => result.status === 'failed');
        if (failed.length)
          throw new Error(failed.map((result) => formatConformanceResult(result)).join('\n'));
        if (results.length && results.every((result) => result.status === 'skipped'))
          skipTest(this, args[0], results.map((r) => r.message).join('; '));
      });
    }
  });
}

/** Marks the running test skipped: node:test's context, else mocha's `this.skip()`. */
function skipTest(self: unknown, context: unknown, reason: string): void {
  const skip = (target: unknown) =>
    typeof target === 'object' && target !== null && 'skip' in target
      ? (target as { skip: (message?: string) => void })
      : undefined;
  const node = skip(context);
  if (node) node.skip(reason);
  else skip(self)?.skip();
}
