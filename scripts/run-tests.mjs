// `npm test`: checks that a browser is there (saying what to install when not), then runs
// @web/test-runner in headless Chromium with the arguments given.
import { spawn } from 'node:child_process';
import { findChrome, NO_CHROME_MESSAGE } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}
const args = process.argv.slice(2);
if (process.env.CI && !args.includes('--watch')) args.push('--static-logging');
const child = spawn('npx', ['wtr', ...args], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
