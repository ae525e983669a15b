// Measures InMemoryCustomModelsApi.listModels on 100,000 models: one sorted, filtered page of 100,
// cold (first sort) and warm (the same and neighbouring queries again). Runs in Node on the
// adapter's real source, bundled with esbuild.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function benchInMemory({ runs = 200 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-in-memory-'));
  try {
    const outfile = join(dir, 'adapter.mjs');
    await build({
      entryPoints: ['src/adapters/in-memory/in-memory-api.ts'],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile,
      logLevel: 'error',
    });
    const { InMemoryCustomModelsApi } = await import(pathToFileURL(outfile).href);
    const api = new InMemoryCustomModelsApi({ models: 100_000 });
    const query = (page, name = 'al') => ({
      page,
      pageSize: 100,
      sort: { field: 'name', direction: 'desc' },
      filters: { name, trainingStatus: [1, 4, 5] },
    });
    let start = performance.now();
    const first = await api.listModels(query(1));
    const coldMs = performance.now() - start;
    const times = [];
    for (let i = 0; i < runs; i++) {
      start = performance.now();
      await api.listModels(query(1 + (i % 50)));
      times.push(performance.now() - start);
    }
    // A filter the adapter has not seen yet, on a sort order it already holds.
    const fresh = [];
    const words = ['me', 'le', 'fi', 'su', 'ca', 'in', 'ed', 'ga', 'ra', 'ic'];
    for (let i = 0; i < 40; i++) {
      start = performance.now();
      await api.listModels(
        query(1, `${words[i % words.length]} ${i % 4 === 0 ? '' : String(i)}`.trim()),
      );
      fresh.push(performance.now() - start);
    }
    api.dispose();
    const stats = (list) => {
      const sorted = [...list].sort((a, b) => a - b);
      const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return { median: pick(0.5), p95: pick(0.95) };
    };
    const warm = stats(times);
    const newFilter = stats(fresh);
    return {
      total: first.total,
      items: first.items.length,
      coldMs,
      medianMs: warm.median,
      p95Ms: warm.p95,
      newFilterMedianMs: newFilter.median,
      newFilterP95Ms: newFilter.p95,
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchInMemory();
  console.log(JSON.stringify(result, null, 2));
}
