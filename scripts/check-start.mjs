// CI check of a newcomer's first `npm start`: runs the dev server as `npm start` does (without
// --open) on a cold dependency cache, opens the demo in headless Chromium, lists the models, opens
// one's details, and fails when the server printed an error or a warning, re-optimised
// dependencies or reloaded the page, or the page threw. Run it before `npm run build`: a fresh
// clone has no dist/.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, NO_CHROME_MESSAGE } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const chrome = findChrome();
if (!chrome) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// What Vite prints on a good start, besides the banner: its optimiser at work.
const QUIET = [
  /^\s*$/,
  /VITE v[\d.]+\s+ready in/,
  /➜\s+(Local|Network):/,
  /\[optimizer\] (scanning|bundling) dependencies\.\.\.$/,
];

rmSync(new URL('../node_modules/.vite', import.meta.url), { recursive: true, force: true });
const port = await freePort();
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
);
let output = '';
server.stdout.on('data', (chunk) => (output += chunk));
server.stderr.on('data', (chunk) => (output += chunk));
const exited = new Promise((resolve) => server.on('exit', resolve));

const problems = [];
let browser;
try {
  await Promise.race([
    new Promise((resolve) => {
      const poll = setInterval(() => {
        if (output.includes(`localhost:${port}`)) resolve(clearInterval(poll));
      }, 100);
    }),
    exited.then(() => {
      throw new Error('the dev server exited');
    }),
  ]);
  browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  const page = await browser.newPage();
  // Full loads only: the details route changes the hash, which is no reload.
  let loads = 0;
  page.on('load', () => loads++);
  page.on('pageerror', (error) => problems.push(`the page threw: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error in the page: ${message.text()}`);
  });
  await page.addInitScript({
    content: `window.firstNameButton = () => document.querySelector('custom-models-page')
      ?.shadowRoot?.querySelector('models-grid')
      ?.shadowRoot?.querySelector('tbody tr[data-id] .open.name') ?? null;`,
  });
  await page.goto(`http://localhost:${port}/`);
  await page.waitForFunction(() => window.firstNameButton(), undefined, { timeout: 60_000 });
  await page.evaluate(() => window.firstNameButton().click());
  await page.waitForFunction(
    () =>
      document
        .querySelector('custom-models-page')
        ?.shadowRoot?.querySelector('custom-model-details')
        ?.shadowRoot?.querySelector('h1, h2'),
    undefined,
    { timeout: 30_000 },
  );
  // Late dependency discovery would print and reload within a moment of the details loading.
  await page.waitForTimeout(2_000);
  if (loads !== 1) problems.push(`the page loaded ${loads} times`);
} catch (error) {
  problems.push(error.message);
} finally {
  await browser?.close();
  server.kill();
  await exited;
}

const noisy = output.split('\n').filter((line) => !QUIET.some((pattern) => pattern.test(line)));
if (noisy.length) problems.push(`the dev server printed:\n${noisy.join('\n')}`);
if (problems.length) {
  console.error(`npm start is not clean:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('npm start: no error, no reload; the demo lists models and opens their details.');
