// Node test runner reporter for `npm test`: one line per test as the browser tests print theirs,
// and the failure's details, without a summary of its own (scripts/run-tests.mjs prints one
// closing line for the Node and browser tests together).
import { inspect } from 'node:util';

export default async function* nodeTestReporter(source) {
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (data.details?.type === 'suite') continue;
    const indent = '  '.repeat(data.nesting + 1);
    const ms = Math.round(data.details?.duration_ms ?? 0);
    if (type === 'test:pass') {
      yield `${indent}${data.skip || data.todo ? '-' : '✓'} ${data.name} (${ms} ms)\n`;
    } else {
      const error = data.details?.error;
      const detail = inspect(error?.cause ?? error, { depth: 4 }).replace(/^/gm, `${indent}    `);
      yield `${indent}✗ ${data.name} (${ms} ms)\n${detail}\n`;
    }
  }
}
