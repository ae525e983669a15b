// The accuracy report (src/scoring/report.ts) and its CSV/JSON files, in Node through the public
// entry `adapters.js` bundled from source: hand-made evaluations with known answers.
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'node_modules/.cache/node-accuracy-report-test');
await build({
  entryPoints: [{ in: join(root, 'src/adapters.ts'), out: 'adapters' }],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outdir: out,
  outExtension: { '.js': '.mjs' },
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'error',
});
const {
  buildAccuracyReport,
  accuracyReportCsv,
  accuracyReportJson,
  alignmentText,
  scoreTranscript,
  ACCURACY_CSV_COLUMNS,
  ACCURACY_REPORT_FORMAT,
  RECOMMENDED_TEST_MINUTES,
} = await import(pathToFileURL(join(out, 'adapters.mjs')).href);

const counts = ({ wer, words, substitutions, deletions, insertions }) => ({
  wer,
  words,
  substitutions,
  deletions,
  insertions,
});

const TWO = {
  language: 'en-gb',
  items: [
    {
      name: 'test-01',
      durationSeconds: 3,
      audioUrl: 'https://example.com/test-01.wav',
      reference: 'the cat sat on the mat',
      base: 'the cat sit on mat',
      custom: 'the cat sat on the mat',
    },
    {
      name: 'test-02',
      durationSeconds: 4.5,
      reference: 'Hello, World',
      base: 'hello world',
      custom: 'hello word',
    },
  ],
};

describe('buildAccuracyReport', () => {
  it('scores every item raw and normalised, with the profile of the language', () => {
    const report = buildAccuracyReport(TWO);
    assert.equal(report.profile, 'en-v1');
    assert.equal(report.basis, 'normalized');
    assert.equal(report.language, 'en-gb');
    const [a, b] = report.items;
    assert.deepEqual(counts(a.base.raw), {
      wer: 2 / 6,
      words: 6,
      substitutions: 1,
      deletions: 1,
      insertions: 0,
    });
    assert.deepEqual(counts(a.custom.raw), counts(scoreTranscript(a.reference, a.customText)));
    assert.equal(a.custom.raw.wer, 0);
    assert.equal(a.gain, 2);
    assert.ok(Math.abs(a.gainPoints - 100 / 3) < 1e-9);
    assert.equal(a.audioUrl, 'https://example.com/test-01.wav');
    // Raw: case and comma count; normalised: only "world" → "word".
    assert.deepEqual(counts(b.base.raw), {
      wer: 1,
      words: 2,
      substitutions: 2,
      deletions: 0,
      insertions: 0,
    });
    assert.equal(b.base.normalized.wer, 0);
    assert.deepEqual(counts(b.custom.normalized), {
      wer: 0.5,
      words: 2,
      substitutions: 1,
      deletions: 0,
      insertions: 0,
    });
    assert.equal(b.gain, -1);
    assert.deepEqual(
      b.custom.normalized.alignment.map((s) => s.operation),
      ['equal', 'substitute'],
    );
  });

  it('sums errors over words for the totals, never a mean of rates', () => {
    const { total } = buildAccuracyReport(TWO);
    assert.deepEqual(counts(total.raw.base), {
      wer: 4 / 8,
      words: 8,
      substitutions: 3,
      deletions: 1,
      insertions: 0,
    });
    assert.equal(total.raw.custom.wer, 2 / 8);
    assert.equal(total.normalized.base.wer, 2 / 8);
    assert.equal(total.normalized.custom.wer, 1 / 8);
  });

  it('lists the words the custom model fixed and broke, with counts', () => {
    const { confusions } = buildAccuracyReport(TWO);
    assert.deepEqual(confusions.fixed, [
      { reference: 'sat', hypothesis: 'sit', base: 1, custom: 0 },
      { reference: 'the', hypothesis: null, base: 1, custom: 0 },
    ]);
    assert.deepEqual(confusions.broken, [
      { reference: 'world', hypothesis: 'word', base: 0, custom: 1 },
    ]);
  });

  it('gives no verdict on two items, and says the size against the advice', () => {
    const report = buildAccuracyReport(TWO);
    assert.equal(report.comparison.verdict, 'not-enough-evidence');
    assert.deepEqual(report.comparison.reasons, [
      'too-few-items',
      'too-few-words',
      'interval-includes-zero',
    ]);
    assert.deepEqual(report.size, {
      items: 2,
      words: 8,
      minutes: 7.5 / 60,
      recommendedMinutes: RECOMMENDED_TEST_MINUTES,
      meetsRecommendedMinutes: false,
    });
  });

  it('says better when every item is better and the set is large enough', () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`);
    const wrong = (n) => words.map((w, i) => (i < n ? 'x' : w)).join(' ');
    const items = Array.from({ length: 12 }, (_, i) => ({
      name: `t${i}`,
      reference: words.join(' '),
      base: wrong(5),
      custom: wrong(1),
    }));
    const report = buildAccuracyReport({ items, language: 'en' });
    assert.equal(report.comparison.verdict, 'better');
    assert.equal(report.comparison.difference, -8);
    assert.deepEqual(report.comparison.interval, [-8, -8]);
    assert.equal(report.size.minutes, undefined, 'no length known: no minutes');
    const worse = buildAccuracyReport({
      items: items.map((i) => ({ ...i, base: i.custom, custom: i.base })),
    });
    assert.equal(worse.comparison.verdict, 'worse');
    assert.equal(worse.comparison.difference, 8);
  });

  it('joins utterances for the item and scores each utterance', () => {
    const report = buildAccuracyReport({
      items: [
        {
          name: 'call',
          utterances: [
            {
              start: 0,
              end: 2,
              reference: 'good morning',
              base: 'good mourning',
              custom: 'good morning',
            },
            {
              start: 2,
              end: 4.5,
              reference: 'how are you',
              base: 'how are you',
              custom: 'how you',
            },
          ],
        },
      ],
    });
    const [item] = report.items;
    assert.equal(item.reference, 'good morning how are you');
    assert.equal(item.base.raw.substitutions, 1);
    assert.equal(item.custom.raw.deletions, 1);
    assert.equal(item.utterances.length, 2);
    assert.equal(item.utterances[0].base.raw.wer, 0.5);
    assert.equal(item.utterances[1].custom.raw.wer, 1 / 3);
    assert.equal(item.utterances[1].start, 2);
  });

  it('shows scores as given where there are no texts, and never counts an item with neither', () => {
    const score = (words, s) => ({
      wer: 0.99,
      words,
      substitutions: s,
      deletions: 0,
      insertions: 0,
    });
    const report = buildAccuracyReport({
      items: [
        { name: 'given', baseScore: score(10, 2), customScore: score(10, 1) },
        { name: 'texts', reference: 'a b', base: 'a c', custom: 'a b' },
        { name: 'nothing' },
        { name: 'half', reference: 'a b', base: 'a b' },
      ],
    });
    assert.equal(report.basis, 'raw');
    assert.deepEqual(
      report.items.map((i) => [i.name, i.source]),
      [
        ['given', 'scores'],
        ['texts', 'texts'],
      ],
    );
    // The rate is recomputed from the counts given, not copied.
    assert.equal(report.items[0].base.raw.wer, 0.2);
    assert.deepEqual(report.unscored, ['nothing', 'half']);
    assert.equal(report.total.normalized, undefined);
    assert.equal(report.total.raw.base.wer, 3 / 12);
    assert.equal(report.total.raw.custom.wer, 1 / 12);
  });

  it('keeps an audio URL only when it is http(s)', () => {
    const report = buildAccuracyReport({
      items: [
        { name: 'x', audioUrl: 'javascript:alert(1)', reference: 'a', base: 'a', custom: 'a' },
      ],
    });
    assert.equal(report.items[0].audioUrl, undefined);
  });
});

describe('accuracy report files', () => {
  it('CSV: a row per item, per utterance and the total, quoted where needed', () => {
    const report = buildAccuracyReport({
      language: 'en',
      items: [
        ...TWO.items,
        {
          name: '=cmd',
          utterances: [
            { start: 0, end: 1, reference: 'say "hi"', base: 'say hi', custom: 'say "hi"' },
          ],
        },
      ],
    });
    const csv = accuracyReportCsv(report);
    assert.ok(csv.endsWith('\r\n'));
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines[0], ACCURACY_CSV_COLUMNS.join(','));
    assert.equal(lines.length, 1 + 3 + 1 + 1);
    assert.equal(
      lines[1],
      [
        'item',
        'test-01',
        '',
        '',
        '',
        '3',
        'the cat sat on the mat',
        'the cat sit on mat',
        'the cat sat on the mat',
        ...[2 / 6, 6, 1, 1, 0],
        ...[0, 6, 0, 0, 0],
        ...[2 / 6, 6, 1, 1, 0],
        ...[0, 6, 0, 0, 0],
        '2',
        'the cat S(sat|sit) on D(the) mat',
        'the cat sat on the mat',
      ].join(','),
    );
    assert.ok(lines[2].startsWith('item,test-02,,,,4.5,"Hello, World",hello world,hello word,'));
    assert.ok(lines[3].startsWith(`item,'=cmd,`), 'a formula is not run');
    assert.ok(lines[4].startsWith(`utterance,'=cmd,1,0,1,,"say ""hi""",say hi,"say ""hi"""`));
    assert.ok(lines[5].startsWith('total,,,,,,,,,'));
    assert.equal(alignmentText(report.items[2].utterances[0].base.normalized.alignment), 'say hi');
  });

  it('JSON: the report as built, with its format and the alignments', () => {
    const report = buildAccuracyReport(TWO);
    const parsed = JSON.parse(accuracyReportJson(report, { modelId: 'm1' }));
    assert.equal(parsed.format, ACCURACY_REPORT_FORMAT);
    assert.equal(parsed.modelId, 'm1');
    assert.deepEqual(parsed.items[0].base.raw.alignment[2], {
      operation: 'substitute',
      reference: 'sat',
      hypothesis: 'sit',
    });
    assert.equal(parsed.comparison.verdict, 'not-enough-evidence');
    const empty = JSON.parse(
      accuracyReportJson(
        buildAccuracyReport({ items: [{ name: 'e', reference: '', base: 'x', custom: '' }] }),
      ),
    );
    assert.equal(empty.items[0].base.raw.wer, null, 'Infinity is written as null');
  });
});
