/*
 * What a conformance run reports: one result per check, each with a sentence a developer can act
 * on, grouped so a test runner can show one test per part of the contract.
 */

/** The parts of the contract the kit checks, in the order it checks them. */
export const CONFORMANCE_GROUPS = [
  'shapes',
  'paging',
  'sort',
  'filters',
  'lifecycle',
  'datasets',
  'not-found',
  'validation',
  'abort',
  'errors',
  'cleanup',
] as const;

export type ConformanceGroup = (typeof CONFORMANCE_GROUPS)[number];

/** One line per group: what its checks hold an adapter to. */
export const CONFORMANCE_GROUP_TITLES: Readonly<Record<ConformanceGroup, string>> = {
  shapes: 'shapes: string ids, ISO-8601 dates, statuses 1–5, languages with id, key and name',
  paging: 'paging: 1-based pages, page size honoured, one total, no duplicates or gaps',
  sort: 'sorting: every declared field, both directions, stable, done by the server',
  filters: 'filters: every declared filter narrows the list as the contract says',
  lifecycle: 'models: create → get → rename → delete round trip',
  datasets: 'datasets: upload → list → delete (where declared), test sets kept as such',
  'not-found': 'not-found: an unknown id is kind "not-found" on every method that takes one',
  validation: 'validation: an empty name is kind "validation"',
  abort: 'abort: every method rejects with kind "aborted", aborted before or during the call',
  errors: 'errors: CustomModelsApiError with a known kind and a message fit for a user',
  cleanup: 'cleanup: the run leaves none of its models behind',
};

export type ConformanceStatus = 'passed' | 'failed' | 'skipped';

export interface ConformanceResult {
  group: ConformanceGroup;
  /** What was checked, e.g. `sort by name, descending`. */
  title: string;
  status: ConformanceStatus;
  /** Failed: what went wrong and what the contract expects. Skipped: why. Passed: a note, if any. */
  message?: string;
}

export interface ConformanceReport {
  /** True when no check failed. */
  ok: boolean;
  passed: number;
  failed: number;
  skipped: number;
  results: ConformanceResult[];
}

const MARKS: Record<ConformanceStatus, string> = { passed: '✓', failed: '✗', skipped: '–' };

/** One line: `✗ sort by name, ascending: …`. */
export function formatConformanceResult(result: ConformanceResult): string {
  const message = result.message ? `: ${result.message}` : '';
  return `${MARKS[result.status]} ${result.title}${message}`;
}

/**
 * The report as text, a line per check under a heading per group, and a last line with the
 * counts. `failuresOnly` keeps the failed checks (and their groups) only.
 */
export function formatConformanceReport(
  report: ConformanceReport,
  { failuresOnly = false }: { failuresOnly?: boolean } = {},
): string {
  const lines: string[] = [];
  for (const group of CONFORMANCE_GROUPS) {
    const results = report.results.filter(
      (result) => result.group === group && (!failuresOnly || result.status === 'failed'),
    );
    if (!results.length) continue;
    lines.push(CONFORMANCE_GROUP_TITLES[group]);
    for (const result of results) lines.push(`  ${formatConformanceResult(result)}`);
  }
  lines.push(
    `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped: ${
      report.ok ? 'the adapter conforms' : 'the adapter does not conform'
    }.`,
  );
  return lines.join('\n');
}

/** The report of a list of results. */
export function toReport(results: ConformanceResult[]): ConformanceReport {
  const count = (status: ConformanceStatus) => results.filter((r) => r.status === status).length;
  const failed = count('failed');
  return {
    ok: failed === 0,
    passed: count('passed'),
    failed,
    skipped: count('skipped'),
    results,
  };
}
