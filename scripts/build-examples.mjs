// `npm run examples:build`: builds every example (examples/<name> with a vite.config.js) into
// examples/<name>/dist against the built package, then opens each build in headless Chromium and
// checks that it runs: the page shows the grid's rows, and clicking a model name reaches the
// example's own `model-open` handler (its <output> shows the id). Needs `npm run build` first.
// `--no-run` only builds (also what happens when no Chromium is found).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const examples = fileURLToPath(new URL('../examples', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/index.js', import.meta.url)))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const names = readdirSync(examples, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(join(examples, entry.name, 'vite.config.js')),
  )
  .map((entry) => entry.name)
  .sort();

for (const name of names) {
  const root = join(examples, name);
  console.log(`Building examples/${name}`);
  await build({ root, configFile: join(root, 'vite.config.js'), logLevel: 'warn' });
}
console.log(`Built ${names.length} examples: ${names.join(', ')}.`);

const chrome = findChrome();
if (process.argv.includes('--no-run')) process.exit(0);
if (!chrome) {
  console.warn('No Chromium found: the examples were built but not run.');
  process.exit(0);
}

/** In the page: the grid's first name button, through the shadow roots. */
function firstNameButton() {
  const page = document.querySelector('custom-models-page');
  const grid = page?.shadowRoot?.querySelector('models-grid');
  return grid?.shadowRoot?.querySelector('tbody tr[data-id] button.name') ?? null;
}

const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
let failed = false;
try {
  for (const name of names) {
    const root = join(examples, name);
    const server = await preview({
      root,
      configFile: join(root, 'vite.config.js'),
      logLevel: 'silent',
      preview: { port: 0, strictPort: false, open: false },
    });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      // The first visit opens the guide; the check is about the page and its events.
      await page.addInitScript({
        content: `localStorage.setItem('customModelsGuideShown', 'true');
          window.firstNameButton = ${firstNameButton};`,
      });
      await page.goto(server.resolvedUrls.local[0]);
      await page.waitForFunction(() => window.firstNameButton(), undefined, { timeout: 15_000 });
      const id = await page.evaluate(() => {
        const button = window.firstNameButton();
        button.click();
        return button.closest('tr').dataset.id;
      });
      await page.waitForFunction(
        (expected) => document.querySelector('output')?.textContent?.trim() === expected,
        id,
        { timeout: 5_000 },
      );
      if (errors.length) throw new Error(errors.join('\n'));
      console.log(`examples/${name} runs: rows shown, model-open received (id ${id}).`);
    } catch (error) {
      failed = true;
      console.error(`examples/${name} does not run: ${error.message}`);
    } finally {
      await page.close();
      await server.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
