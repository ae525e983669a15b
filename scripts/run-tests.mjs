// `npm test`: checks that a browser is there (saying what to install when not), then runs
// @web/test-runner in headless Chromium with the arguments given.
import { spawn, spawnSync } from 'node:child_process';
import { findChrome, NO_CHROME_MESSAGE } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}
const args = process.argv.slice(2);

// Server-side rendering runs in Node first: it checks that every module imports without a DOM and
// writes the HTML that the browser hydration test loads.
const files = args.includes('--files') ? args.filter((a) => a.endsWith('.ts')) : [];
if (!files.length || files.some((f) => f.includes('ssr'))) {
  const ssr = spawnSync(process.execPath, ['--test', 'test/ssr/'], { stdio: 'inherit' });
  if (ssr.status !== 0) process.exit(ssr.status ?? 1);
}
if (process.env.CI && !args.includes('--watch')) args.push('--static-logging');
const child = spawn('npx', ['wtr', ...args], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
