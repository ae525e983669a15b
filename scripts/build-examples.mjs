// `npm run examples:build`: builds every example against the built package, then opens each build
// in headless Chromium and checks that it runs: the page shows the grid's rows, clicking a model
// name reaches the example's own `model-open` handler (its <output> shows the id), and where the
// example binds `lang` (a <select name="lang">), choosing Dutch re-renders the page in Dutch.
// Needs `npm run build` first. `--no-run` only builds (also what happens when no Chromium is found).
//
// It also measures what each Vite example ships, as a host's production build of the package:
// the JavaScript the page loads at start (the entry and its static imports) and with every
// on-demand part, gzipped, from Vite's build manifest. The README's table between
// <!-- host-build-sizes --> markers must state these figures (within 0.2 kB), else this fails;
// `--write-sizes` rewrites the table. `--only=html,react` builds and runs only those examples.
//
// Two kinds of example:
// - examples/<name>/vite.config.js: Vite apps on the root node_modules, nothing to install;
//   built into examples/<name>/dist.
// - examples/<name>/angular.json: an Angular CLI app with its own package.json (the Angular
//   toolchain is 400 packages the library does not need). Its dependencies are installed with
//   `npm ci` when missing or older than its lockfile, the package is linked into its
//   node_modules as an installed copy would be (resolved through `exports`, dist/ and types), and
//   `ng build` writes examples/<name>/dist/browser.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { readmeBlock } from './readme-block.mjs';
import { build, preview } from 'vite';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const examples = join(packageRoot, 'examples');
if (!existsSync(join(packageRoot, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const kindOf = (dir) =>
  existsSync(join(dir, 'angular.json'))
    ? 'angular'
    : existsSync(join(dir, 'vite.config.js'))
      ? 'vite'
      : undefined;
const found = readdirSync(examples, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ name: entry.name, root: join(examples, entry.name) }))
  .map((example) => ({ ...example, kind: kindOf(example.root) }))
  .filter((example) => example.kind)
  .filter((example) => !only || only.includes(example.name))
  .sort((a, b) => a.name.localeCompare(b.name));

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  if (result.status !== 0) {
    console.error(`\`${command} ${args.join(' ')}\` failed in ${relative(packageRoot, cwd)}.`);
    process.exit(1);
  }
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : -1);

function buildAngular({ name, root }) {
  const installed = join(root, 'node_modules/.package-lock.json');
  if (mtime(installed) < mtime(join(root, 'package-lock.json'))) {
    console.log(`Installing the dependencies of examples/${name} (npm ci)`);
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: root,
      encoding: 'utf8',
    });
    process.stdout.write(install.stdout);
    process.stderr.write(install.stderr);
    if (install.status !== 0) process.exit(1);
    // The same promise as the root install: every tool declares the Node versions we support.
    if (/EBADENGINE/.test(install.stdout + install.stderr)) {
      console.error(`examples/${name}: npm printed EBADENGINE warnings.`);
      process.exit(1);
    }
  }
  // The package as `npm install` would place it: node_modules/@scriptix/custom-models-elements.
  const link = join(root, 'node_modules/@scriptix/custom-models-elements');
  rmSync(link, { recursive: true, force: true });
  mkdirSync(join(link, '..'), { recursive: true });
  symlinkSync(relative(join(link, '..'), packageRoot), link, 'dir');
  run(process.execPath, ['node_modules/@angular/cli/bin/ng.js', 'build'], root);
  return join(root, 'dist/browser');
}

async function buildVite({ root }) {
  await build({
    root,
    configFile: join(root, 'vite.config.js'),
    logLevel: 'warn',
    build: { manifest: true },
  });
  return join(root, 'dist');
}

/**
 * The gzipped JavaScript of a Vite build, from its manifest: at start (each entry and its static
 * imports, transitively) and with everything its dynamic imports can load.
 */
function shippedSizes(out) {
  const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8'));
  const gzip = (file) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
  const closure = (keys, follow) => {
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const next of follow(manifest[key])) visit(next);
    };
    keys.forEach(visit);
    return [...seen].filter((key) => manifest[key].file.endsWith('.js'));
  };
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const sum = (keys) => keys.reduce((total, key) => total + gzip(manifest[key].file), 0);
  return {
    start: sum(closure(entries, (chunk) => chunk.imports ?? [])),
    all: sum(
      closure(entries, (chunk) => [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]),
    ),
  };
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

for (const example of found) {
  console.log(`Building examples/${example.name}`);
  example.out = example.kind === 'angular' ? buildAngular(example) : await buildVite(example);
}
console.log(`Built ${found.length} examples: ${found.map((e) => e.name).join(', ')}.`);

// What a host ships: the README's table, checked against this build.
/** What the example imports of the package, as the README's table says it. */
const importsOf = (root) => {
  const sources = ['main.js', 'src/main.tsx', 'src/App.tsx']
    .map((file) => join(root, file))
    .filter(existsSync)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return [...new Set(sources.match(/'@scriptix\/custom-models-elements[^']*'/g) ?? [])]
    .map((specifier) => `\`${specifier.slice(1, -1)}\``)
    .join(', ');
};
const measured = found
  .filter((e) => e.kind === 'vite')
  .map((e) => ({ ...e, ...shippedSizes(e.out), imports: importsOf(e.root) }));
const table = readmeBlock(packageRoot, 'host-build-sizes');
// Rows of examples not built this time (`--only`) stay as they are.
const rows = new Map(
  [...(table?.stated ?? '').matchAll(/^\| \[([\w-]+)\].*$/gm)].map(([row, name]) => [name, row]),
);
for (const e of measured) {
  rows.set(
    e.name,
    `| [${e.name}](examples/${e.name}) | ${e.imports} | ${kB(e.start)} kB | ${kB(e.all)} kB |`,
  );
}
const tableText = [
  '| example | imports | JavaScript at start | with every on-demand part |',
  '| ------- | ------- | ------------------- | ------------------------- |',
  ...[...rows].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row),
  '',
].join('\n');
for (const e of measured) {
  console.log(
    `examples/${e.name} ships ${kB(e.start)} kB of JavaScript at start, ${kB(e.all)} kB with every on-demand part (gzip).`,
  );
}
if (!table) {
  console.error('README.md has no <!-- host-build-sizes --> table.');
  process.exit(1);
}
if (process.argv.includes('--write-sizes')) {
  table.write(tableText);
  console.log('Wrote the measured sizes into README.md.');
} else {
  const stated = new Map(
    [
      ...table.stated.matchAll(
        /^\| \[([\w-]+)\][^|]*\|[^|]*\|\s*([\d.]+) kB\s*\|\s*([\d.]+) kB\s*\|$/gm,
      ),
    ].map(([, name, start, all]) => [name, { start: Number(start), all: Number(all) }]),
  );
  const wrong = measured.filter((e) => {
    const s = stated.get(e.name);
    return !s || Math.abs(s.start - e.start / 1000) > 0.2 || Math.abs(s.all - e.all / 1000) > 0.2;
  });
  if (wrong.length) {
    console.error(
      `README.md's host build sizes are not what this build measures (${wrong.map((e) => e.name).join(', ')}): run \`npm run examples:build -- --write-sizes\`.`,
    );
    process.exit(1);
  }
}

const chrome = findChrome();
if (process.argv.includes('--no-run')) process.exit(0);
if (!chrome) {
  console.warn('No Chromium found: the examples were built but not run.');
  process.exit(0);
}

/**
 * In the page: the page element's shadow root, the grid's first name button through it, the
 * heading of the details shown (if any) and whether the list is shown.
 */
function pageParts() {
  const page = document.querySelector('custom-models-page');
  const grid = page?.shadowRoot?.querySelector('models-grid');
  const details = page?.shadowRoot?.querySelector('custom-model-details');
  return {
    title: page?.shadowRoot?.querySelector('h1')?.textContent?.trim(),
    firstName: grid?.shadowRoot?.querySelector('tbody tr[data-id] .open.name') ?? null,
    detailsTitle: details?.shadowRoot?.querySelector('h1, h2')?.textContent?.trim() ?? '',
    listShown: page?.shadowRoot?.querySelector('.page.list')?.hidden === false,
  };
}

/**
 * The examples whose page is bound to the URL (the HTML one by the page's `route`, react-router
 * by React Router): opening a model changes the URL, a reload shows the model again, and the
 * browser's Back returns to the list.
 */
const ROUTED = new Set(['html', 'react-router']);

async function checkRouting(page, id, name) {
  const urlShowsModel = () => page.url().includes(`/${encodeURIComponent(id)}`);
  await page.waitForFunction((expected) => window.pageParts().detailsTitle === expected, name, {
    timeout: 10_000,
  });
  if (!urlShowsModel()) throw new Error(`opening model ${id} left the URL at ${page.url()}`);
  await page.reload();
  await page.waitForFunction((expected) => window.pageParts().detailsTitle === expected, name, {
    timeout: 15_000,
  });
  await page.goBack();
  await page.waitForFunction(
    () => window.pageParts().listShown && !window.pageParts().detailsTitle,
    undefined,
    { timeout: 10_000 },
  );
  if (urlShowsModel()) throw new Error(`Back left the URL at ${page.url()}`);
}

const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
let failed = false;
try {
  for (const { name, root, out } of found) {
    // Serves the build output as it is (a static server; no example code runs in Node).
    const server = await preview({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { outDir: relative(root, out) },
      preview: { port: 0, strictPort: false, open: false },
    });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // A failed request is reported below with its URL.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(`console.error: ${message.text()}`);
    });
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (response.status() >= 400 && url.pathname !== '/favicon.ico')
        errors.push(`${response.status()} for ${url.pathname}`);
    });
    try {
      // The first visit opens the guide; the check is about the page and its events.
      await page.addInitScript({
        content: `localStorage.setItem('customModelsGuideShown', 'true');
          window.pageParts = ${pageParts};`,
      });
      await page.goto(server.resolvedUrls.local[0]);
      await page.waitForFunction(() => window.pageParts().firstName, undefined, {
        timeout: 15_000,
      });
      let language = '';
      if (await page.$('select[name="lang"]')) {
        await page.selectOption('select[name="lang"]', 'nl');
        await page.waitForFunction(
          () => window.pageParts().title === 'Aangepaste modellen',
          undefined,
          {
            timeout: 5_000,
          },
        );
        language = ', lang bound (the page in Dutch)';
      }
      const { id, name: modelName } = await page.evaluate(() => {
        const button = window.pageParts().firstName;
        button.click();
        return { id: button.closest('tr').dataset.id, name: button.textContent.trim() };
      });
      await page.waitForFunction(
        (expected) => document.querySelector('output')?.textContent?.trim() === expected,
        id,
        { timeout: 5_000 },
      );
      let routing = '';
      if (ROUTED.has(name)) {
        await checkRouting(page, id, modelName);
        routing = ', the URL follows (Back, reload)';
      }
      if (errors.length) throw new Error(errors.join('\n'));
      console.log(
        `examples/${name} runs: rows shown, model-open received (id ${id})${language}${routing}.`,
      );
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
