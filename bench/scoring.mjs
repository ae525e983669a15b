// Measures the accuracy engine (src/scoring, as `adapters.js` exports it) in Node: scoreTestSet on
// 10,000 items of 20 words, raw and normalised (English profile), and compareModels' bootstrap
// (1,000 resamples) over those items. Runs on the real source, bundled with esbuild. CPU time
// (process.cpuUsage: user + system, this process) is the figure that holds on a shared machine.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const VOCABULARY = (
  'the a of and to in is that it was for on are with as his they be at one have this from or ' +
  'had by word but what some we can out other were all there when up use your how said an each ' +
  'she which do their time if will way about many then them write would like so these her long ' +
  'make thing see him two has look more day could go come did number sound no most people my'
).split(' ');

/** 10,000 reference/hypothesis pairs of 20 words, about 15 % word errors, from a fixed seed. */
function makeItems(count, words) {
  let state = 26;
  const rand = (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  const pick = () => VOCABULARY[rand(VOCABULARY.length)];
  const items = [];
  for (let i = 0; i < count; i++) {
    const reference = Array.from({ length: words }, pick);
    const hypothesis = [];
    for (const word of reference) {
      const roll = rand(100);
      if (roll < 8) hypothesis.push(pick());
      else if (roll < 12) continue;
      else hypothesis.push(roll < 14 ? `${word},` : roll < 16 ? word.toUpperCase() : word);
      if (rand(100) < 3) hypothesis.push(pick());
    }
    items.push({
      reference: reference.join(' '),
      hypothesis: hypothesis.join(' '),
      language: 'en',
    });
  }
  return items;
}

export async function benchScoring({ items: count = 10_000, words = 20, runs = 7 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scoring-'));
  try {
    const outfile = join(dir, 'adapters.mjs');
    await build({
      entryPoints: ['src/adapters.ts'],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'error',
    });
    const { scoreTestSet, compareModels } = await import(pathToFileURL(outfile).href);
    const items = makeItems(count, words);
    const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const time = (fn) => {
      fn(); // warm-up, untimed
      const times = [];
      const cpu = [];
      let result;
      for (let r = 0; r < runs; r++) {
        const start = performance.now();
        const startCpu = process.cpuUsage();
        result = fn();
        const used = process.cpuUsage(startCpu);
        cpu.push((used.user + used.system) / 1000);
        times.push(performance.now() - start);
      }
      return {
        median: median(times),
        min: Math.min(...times),
        max: Math.max(...times),
        cpu: { median: median(cpu), min: Math.min(...cpu), max: Math.max(...cpu) },
        result,
      };
    };
    const raw = time(() => scoreTestSet(items));
    const normalized = time(() => scoreTestSet(items, { normalize: true }));
    const custom = scoreTestSet(items.map((item) => ({ ...item, hypothesis: item.reference })));
    const pairs = raw.result.items.map((base, i) => ({ base, custom: custom.items[i] }));
    const bootstrap = time(() => compareModels(pairs));
    return {
      items: count,
      words,
      runs,
      raw: { ...raw, wer: raw.result.total.wer },
      normalized: { ...normalized, wer: normalized.result.total.wer },
      bootstrap,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (ms) => `${ms.toFixed(ms < 1 ? 3 : 1)} ms`;
const cpuSpread = (s) => `${fmt(s.cpu.median)} (${fmt(s.cpu.min)}–${fmt(s.cpu.max)})`;

/** The BENCHMARKS.md section for a {@link benchScoring} result. */
export function scoringSection(scoring) {
  return `## Accuracy engine: ${scoring.items.toLocaleString('en')} items of ${scoring.words} words

\`scoreTestSet\` and \`compareModels\` as \`adapters.js\` exports them (bench/scoring.mjs), in Node
${process.version}: generated English pairs with about 15 % word errors (substitutions, deletions,
insertions, a comma or capitals on some words), each item aligned and the set totalled;
*normalised* runs the \`en-v1\` profile on both texts first. The bootstrap draws the
${scoring.items.toLocaleString('en')} items 1,000 times. CPU time of the process (user + system),
median of ${scoring.runs} runs (min–max) after one untimed run; wall time beside it, which a loaded
machine stretches.

| measurement | CPU median (min–max) | wall median |
| --- | --- | --- |
| \`scoreTestSet\`, raw (WER ${(scoring.raw.wer * 100).toFixed(1)} %) | ${cpuSpread(scoring.raw)} | ${fmt(scoring.raw.median)} |
| \`scoreTestSet\`, normalised (WER ${(scoring.normalized.wer * 100).toFixed(1)} %) | ${cpuSpread(scoring.normalized)} | ${fmt(scoring.normalized.median)} |
| \`compareModels\`, 1,000 resamples | ${cpuSpread(scoring.bootstrap)} | ${fmt(scoring.bootstrap.median)} |
`;
}

// `node bench/scoring.mjs`: this benchmark alone, its BENCHMARKS.md section on stdout.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(scoringSection(await benchScoring()));
}
