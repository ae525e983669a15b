import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

// The elements name their version in the duplicate-definition warning (src/internal/define.ts).
test("src/internal/version.ts says package.json's version", () => {
  const root = new URL('../../', import.meta.url);
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const source = readFileSync(new URL('src/internal/version.ts', root), 'utf8');
  assert.equal(source.match(/VERSION = '([^']+)'/)?.[1], version);
});
