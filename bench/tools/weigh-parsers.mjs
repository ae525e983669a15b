// The parsers issue 25 weighed before the pre-flight was written by hand, measured as the
// pre-flight is: each bundled for the browser by esbuild (the project's), minified, gzip level 9,
// beside src/preflight itself. The packages are installed from the npm registry into a temporary
// folder (not the project's dependencies). `node bench/tools/weigh-parsers.mjs`; README.md
// ("Checking data before upload") gives the figures of one run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'weigh-parsers-'));

/** What the pre-flight would import of each, as it would call it. */
const ENTRIES = {
  'webvtt-parser': `import { WebVTTParser } from 'webvtt-parser';
export const parse = (text) => new WebVTTParser().parse(text, 'subtitles');`,
  'srt-parser-2': `import Parser from 'srt-parser-2';
export const parse = (text) => new Parser().fromSrt(text);`,
  // Built on Node streams: bundled without the stream, buffer and events polyfills it needs.
  subtitle: `export { parseSync } from 'subtitle';`,
  'music-metadata': `export { parseBlob } from 'music-metadata';`,
  'file-type': `export { fileTypeFromBlob } from 'file-type';`,
};
const NODE_BUILTINS = ['stream', 'buffer', 'events', 'util', 'string_decoder'];

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

async function weigh(entry, { splitting = false } = {}) {
  const outdir = join(dir, 'out', String(Math.random()).slice(2));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting,
    outdir,
    write: false,
    external: NODE_BUILTINS,
    logLevel: 'silent',
    absWorkingDir: dir,
  });
  const files = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  const entryFile = files.find((file) =>
    file.path.endsWith(
      `${entry
        .split('/')
        .pop()
        .replace(/\.\w+$/, '')}.js`,
    ),
  );
  return {
    min: files.reduce((sum, file) => sum + file.contents.length, 0),
    gzip: files.reduce((sum, file) => sum + gzip(file.contents), 0),
    entryGzip: entryFile ? gzip(entryFile.contents) : undefined,
    chunks: files.map((file) => gzip(file.contents)).sort((a, b) => a - b),
  };
}

try {
  writeFileSync(
    join(dir, 'package.json'),
    '{"name":"weigh-parsers","private":true,"type":"module"}',
  );
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...Object.keys(ENTRIES)],
    { cwd: dir, stdio: 'ignore' },
  );
  mkdirSync(join(dir, 'e'));
  const rows = [];
  for (const [name, code] of Object.entries(ENTRIES)) {
    const entry = join(dir, 'e', `${name}.js`);
    writeFileSync(entry, code);
    const { version } = JSON.parse(
      readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'),
    );
    const whole = await weigh(entry);
    let note = '';
    if (name === 'music-metadata') {
      const split = await weigh(entry, { splitting: true });
      note = `code-split: ${kB(split.entryGzip)} loads first, then the format's parser and shared chunks (${split.chunks.length - 1} chunks, up to ${kB(split.chunks.at(-2))} each)`;
    }
    if (name === 'subtitle') note = 'without the Node stream/buffer/events polyfills it needs';
    rows.push([`${name} ${version}`, kB(whole.min), kB(whole.gzip), note]);
  }
  for (const [label, entry] of [
    ['src/preflight (ours, whole)', 'src/preflight/index.ts'],
    ['  its audio headers (WAV, FLAC, MP3, MP4)', 'src/preflight/audio.ts'],
    ['  its SRT and WebVTT cues', 'src/preflight/cues.ts'],
    ['  with its English strings (what loads on demand)', 'src/dataset-upload/preflight-load.ts'],
  ]) {
    const result = await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const bytes = result.outputFiles[0].contents;
    rows.push([label, kB(bytes.length), kB(gzip(bytes)), '']);
  }
  console.log('| package | minified | gzip | note |\n| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
