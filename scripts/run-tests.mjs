// `npm test`: checks that a browser is there (saying what to install when not), runs the Node
// suites (node:test), then @web/test-runner in headless Chromium with the arguments given.
// `--files` may name browser tests (test/*.test.ts) and Node tests (test/ssr/, test/node/) alike.
import { spawn, spawnSync } from 'node:child_process';
import { findChrome, NO_CHROME_MESSAGE } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}
const NODE_DIRS = ['test/ssr/', 'test/node/'];
const isNodeTest = (arg) => NODE_DIRS.some((dir) => arg.includes(dir)) && arg.endsWith('.mjs');
const given = process.argv.slice(2);
const files = given.includes('--files')
  ? given.filter((a) => a.endsWith('.ts') || a.endsWith('.mjs'))
  : [];

// Server-side rendering runs in Node first: it checks that every module imports without a DOM and
// writes the HTML that the browser hydration test loads. test/node/ holds the Node side of the
// conformance kit.
const nodeTargets = files.length ? files.filter(isNodeTest) : NODE_DIRS;
const hydration = files.some((f) => !isNodeTest(f) && f.includes('ssr'));
if (hydration && !nodeTargets.some((t) => t.includes('test/ssr/'))) nodeTargets.push('test/ssr/');
if (nodeTargets.length) {
  const run = spawnSync(process.execPath, ['--test', ...nodeTargets], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const args = given.filter((a) => !isNodeTest(a));
// Only Node tests were named: no browser run.
if (files.length && files.every(isNodeTest)) process.exit(0);
if (process.env.CI && !args.includes('--watch')) args.push('--static-logging');
const child = spawn('npx', ['wtr', ...args], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
