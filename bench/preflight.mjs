// The dataset pre-flight (issue 25, bench/pages/preflight-bench.ts) in Chromium: the time to
// pre-flight a selection of 10 files (median of `samples`, after one warm-up), and the JS heap
// (after GC) before and after building a 2 GiB WAV from a Blob of repeated slices and after
// pre-flighting it, with the bytes read and the longest the main thread is held while it is read.
// Alone: `node bench/preflight.mjs [samples]` or `npm run bench -- --only preflight`.
import { isMain, launch, openPage, serve, stats } from './lib.mjs';

export async function benchPreflight({ samples = 10 } = {}) {
  const server = await serve();
  const browser = await launch();
  try {
    const tab = await openPage(browser, server.url('preflight.html'));
    await tab.page.waitForFunction(() => window.__bench, null, { timeout: 30_000 });
    await tab.page.evaluate(() => window.__bench.ten());
    const ten = [];
    for (let i = 0; i < samples; i++) ten.push(await tab.page.evaluate(() => window.__bench.ten()));
    const heapBefore = await tab.heap();
    const bigBytes = await tab.page.evaluate(() => window.__bench.makeBig());
    const heapWithBlob = await tab.heap();
    const big = await tab.page.evaluate(() => window.__bench.runBig());
    const heapAfter = await tab.heap();
    await tab.close();
    return {
      samples,
      ten: { ...ten[0], ms: stats(ten.map((s) => s.ms)) },
      bigBytes,
      heapBefore,
      heapWithBlob,
      heapAfter,
      big,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The BENCHMARKS.md section of one run. */
export function preflightSection(r) {
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
  const ms = (v) => `${v.toFixed(1)} ms`;
  const growth = r.heapAfter - r.heapBefore;
  return `## Dataset pre-flight (issue 25)

\`npm run bench -- --only preflight\` (bench/preflight.mjs, bench/pages/preflight-bench.ts), Chromium
through Playwright, production build of \`src/preflight\`.

| what | figure |
| --- | --- |
| 10 files (5 WAV of 30 s, 5 WebVTT of 200 cues; ${mb(r.ten.bytes)}) pre-flighted as a selection | ${ms(r.ten.ms.median)} median (${ms(r.ten.ms.min)}–${ms(r.ten.ms.max)}, ${r.samples} runs), ${r.ten.ok} of 10 ok, ${(r.ten.bytesRead / 1024).toFixed(1)} KB read |
| 2 GiB WAV (a Blob of 2,048 repeated 1 MiB slices) pre-flighted | ${ms(r.big.ms)}, ${r.big.report.bytesRead.toLocaleString('en')} bytes read of ${r.bigBytes.toLocaleString('en')}, duration read ${r.big.report.audio?.duration?.toFixed(1)} s |
| JS heap (after GC) before the 2 GiB file / with it built / after its pre-flight | ${mb(r.heapBefore)} / ${mb(r.heapWithBlob)} / ${mb(r.heapAfter)} (growth ${(growth / 1024).toFixed(1)} KB) |
| longest the main thread was held while the 2 GiB file is read (gap between two tasks of a loop beside it) | ${ms(r.big.maxTaskGapMs)} |

What the pre-flight weighs against the parsers it could have used (webvtt-parser, srt-parser-2,
subtitle, music-metadata, file-type), each bundled the same way: \`node bench/tools/weigh-parsers.mjs\`,
figures and reasons in README.md ("Checking data before upload"). Ours: 6.7 kB gzip, 8.6 kB with
its English strings, loaded when files are chosen; the page's entry does not carry it.
`;
}

if (isMain(import.meta)) {
  const r = await benchPreflight({ samples: Number(process.argv[2] ?? 10) });
  console.log(JSON.stringify(r, null, 1));
  console.log(preflightSection(r));
}
