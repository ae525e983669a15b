// The accuracy engine (src/scoring) in Node, through the public entry `adapters.js` bundled from
// source as a host's backend would load it: hand-made pairs with known answers, every language's
// profile, a cross-check of the raw counts against independent implementations on random pairs,
// test items from file names, and the bootstrap verdict.
import { build } from 'esbuild';
import { distance } from 'fastest-levenshtein';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'node_modules/.cache/node-scoring-test');
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
  scoreTranscript,
  scoreTestSet,
  alignWords,
  splitWords,
  normalizeWords,
  profileFor,
  NORMALIZATION_PROFILES,
  pairTestFiles,
  compareModels,
  MIN_VERDICT_ITEMS,
  InMemoryCustomModelsApi,
} = await import(pathToFileURL(join(out, 'adapters.mjs')).href);

const counts = ({ wer, words, hits, substitutions, deletions, insertions }) => ({
  wer,
  words,
  hits,
  substitutions,
  deletions,
  insertions,
});
const ops = (score) => score.alignment.map((a) => [a.operation, a.reference, a.hypothesis]);

describe('scoreTranscript, raw', () => {
  it('loads from adapters.js beside the adapters', () => {
    assert.equal(typeof InMemoryCustomModelsApi, 'function');
    assert.equal(typeof scoreTranscript, 'function');
  });

  it('identical texts: no error', () => {
    const s = scoreTranscript('the cat sat on the mat', 'the cat sat on the mat');
    assert.deepEqual(counts(s), {
      wer: 0,
      words: 6,
      hits: 6,
      substitutions: 0,
      deletions: 0,
      insertions: 0,
    });
    assert.equal(s.profile, 'raw');
    assert.ok(s.alignment.every((a) => a.operation === 'equal'));
  });

  it('empty hypothesis: every word deleted, WER 1', () => {
    const s = scoreTranscript('one two three', '');
    assert.deepEqual(counts(s), {
      wer: 1,
      words: 3,
      hits: 0,
      substitutions: 0,
      deletions: 3,
      insertions: 0,
    });
    assert.deepEqual(ops(s), [
      ['delete', 'one', null],
      ['delete', 'two', null],
      ['delete', 'three', null],
    ]);
  });

  it('every hypothesis word inserted: WER above 1 is possible', () => {
    const s = scoreTranscript('yes', 'well yes indeed');
    assert.deepEqual(counts(s), {
      wer: 2,
      words: 1,
      hits: 1,
      substitutions: 0,
      deletions: 0,
      insertions: 2,
    });
    assert.deepEqual(ops(s), [
      ['insert', null, 'well'],
      ['equal', 'yes', 'yes'],
      ['insert', null, 'indeed'],
    ]);
  });

  it('empty reference: 0 with an empty hypothesis, Infinity with insertions', () => {
    assert.deepEqual(counts(scoreTranscript('', '   ')), {
      wer: 0,
      words: 0,
      hits: 0,
      substitutions: 0,
      deletions: 0,
      insertions: 0,
    });
    const s = scoreTranscript('', 'hello there');
    assert.equal(s.wer, Infinity);
    assert.equal(s.insertions, 2);
  });

  it('repeated words align to the nearest copy', () => {
    const s = scoreTranscript('no no no no', 'no no');
    assert.equal(s.deletions, 2);
    assert.equal(s.wer, 0.5);
    const t = scoreTranscript('a b a b', 'b a b a');
    // One deletion and one insertion (distance 2), not four substitutions.
    assert.equal(t.substitutions + t.deletions + t.insertions, 2);
    assert.equal(t.substitutions, 0);
  });

  it('ties: a match first, then substitution, deletion, insertion, walking back from the end', () => {
    assert.deepEqual(ops(scoreTranscript('a b', 'c')), [
      ['delete', 'a', null],
      ['substitute', 'b', 'c'],
    ]);
    assert.deepEqual(ops(scoreTranscript('c', 'a b')), [
      ['insert', null, 'a'],
      ['substitute', 'c', 'b'],
    ]);
  });

  it('ties between a deletion and an insertion: the deletion is taken first, walking back', () => {
    // Two alignments of 1 deletion + 1 insertion; no substitution is as short. Walking back from the
    // ends, the last "a" is deleted (so the extra "b" is inserted at the start), never the reverse.
    assert.deepEqual(ops(scoreTranscript('a b a', 'b a b')), [
      ['insert', null, 'b'],
      ['equal', 'a', 'a'],
      ['equal', 'b', 'b'],
      ['delete', 'a', null],
    ]);
  });

  it('raw keeps case and punctuation', () => {
    const s = scoreTranscript('Hello, World', 'hello World');
    assert.deepEqual(ops(s), [
      ['substitute', 'Hello,', 'hello'],
      ['equal', 'World', 'World'],
    ]);
  });

  it('Unicode: NFC before comparing, words split on any Unicode white space', () => {
    // "café" precomposed against "cafe" + combining acute; a no-break space, an ideographic space
    // and a line separator between words.
    const s = scoreTranscript('caf\u00e9 cr\u00e8me', 'cafe\u0301\u00a0cre\u0300me');
    assert.equal(s.wer, 0);
    assert.deepEqual(splitWords('a\u3000b\u2028c\td\n e'), ['a', 'b', 'c', 'd', 'e']);
    assert.equal(s.alignment[0].reference, s.alignment[0].hypothesis);
  });
});

describe('raw counts against independent implementations (random pairs)', () => {
  // A small deterministic generator for the pairs (not the engine's).
  let state = 2026;
  const rand = (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const vocabulary = ['a', 'b', 'c', 'd', 'e', 'de', 'het', 'één', 'Ünï', '42', 'x.'];
  const sentence = () =>
    Array.from({ length: rand(14) }, () => vocabulary[rand(vocabulary.length)]);

  /**
   * The same rule written another way: distance by recursion over suffixes (memoised), then the
   * walk from the end by the documented preference.
   */
  function reference(r, h) {
    const memo = new Map();
    const d = (i, j) => {
      if (i === 0) return j;
      if (j === 0) return i;
      const key = i * 1000 + j;
      if (!memo.has(key))
        memo.set(
          key,
          Math.min(
            d(i - 1, j - 1) + (r[i - 1] === h[j - 1] ? 0 : 1),
            d(i - 1, j) + 1,
            d(i, j - 1) + 1,
          ),
        );
      return memo.get(key);
    };
    const c = { substitutions: 0, deletions: 0, insertions: 0 };
    const steps = [];
    let i = r.length;
    let j = h.length;
    while (i || j) {
      if (i && j && r[i - 1] === h[j - 1] && d(i, j) === d(i - 1, j - 1)) {
        steps.push(['equal', r[i - 1], h[j - 1]]);
        i--;
        j--;
      } else if (i && j && d(i, j) === d(i - 1, j - 1) + 1) {
        steps.push(['substitute', r[i - 1], h[j - 1]]);
        c.substitutions++;
        i--;
        j--;
      } else if (i && d(i, j) === d(i - 1, j) + 1) {
        steps.push(['delete', r[i - 1], null]);
        c.deletions++;
        i--;
      } else {
        steps.push(['insert', null, h[j - 1]]);
        c.insertions++;
        j--;
      }
    }
    return { distance: d(r.length, h.length), ...c, steps: steps.reverse() };
  }

  it('2,000 pairs: the edit distance equals fastest-levenshtein over words, and S/D/I the reference DP', () => {
    for (let k = 0; k < 2000; k++) {
      const r = sentence();
      const h =
        rand(4) === 0
          ? sentence()
          : r.filter(() => rand(5)).map((w) => (rand(6) ? w : vocabulary[rand(vocabulary.length)]));
      if (rand(3) === 0) h.splice(rand(h.length + 1), 0, vocabulary[rand(vocabulary.length)]);
      const s = scoreTranscript(r.join(' '), h.join('  '));
      // Words as characters: every distinct word one code point, so a character distance is a word distance.
      const code = new Map();
      const chars = (words) =>
        words
          .map((w) =>
            code.has(w)
              ? code.get(w)
              : (code.set(w, String.fromCharCode(0xe000 + code.size)), code.get(w)),
          )
          .join('');
      const errors = s.substitutions + s.deletions + s.insertions;
      assert.equal(errors, distance(chars(r), chars(h)), `${r.join(' ')} | ${h.join(' ')}`);
      const { steps, ...expected } = reference(r, h);
      // Word for word: the same pairs in the same places, not only the same counts.
      assert.deepEqual(ops(s), steps, `${r.join(' ')} | ${h.join(' ')}`);
      assert.deepEqual(
        {
          distance: errors,
          substitutions: s.substitutions,
          deletions: s.deletions,
          insertions: s.insertions,
        },
        expected,
        `${r.join(' ')} | ${h.join(' ')}`,
      );
      assert.equal(s.words, r.length);
      // The alignment replays both texts.
      assert.deepEqual(
        s.alignment.filter((a) => a.reference !== null).map((a) => a.reference),
        r,
      );
      assert.deepEqual(
        s.alignment.filter((a) => a.hypothesis !== null).map((a) => a.hypothesis),
        h,
      );
    }
  });

  it('every pair of up to 4 words from 3 (14,641 pairs, ties everywhere): word for word the reference DP', () => {
    const words = ['a', 'b', 'c'];
    const sequences = [[]];
    for (let k = 0; k < sequences.length; k++)
      if (sequences[k].length < 4) for (const w of words) sequences.push([...sequences[k], w]);
    assert.equal(sequences.length, 121);
    for (const r of sequences)
      for (const h of sequences) {
        const s = scoreTranscript(r.join(' '), h.join(' '));
        const { steps, distance: d } = reference(r, h);
        assert.deepEqual(ops(s), steps, `${r.join(' ')} | ${h.join(' ')}`);
        assert.equal(s.substitutions + s.deletions + s.insertions, d);
      }
  });

  it('alignWords takes word arrays as they are', () => {
    const { counts: c } = alignWords(['a', 'b'], ['a', 'b', 'c']);
    assert.deepEqual(c, { words: 2, hits: 2, substitutions: 0, deletions: 0, insertions: 1 });
  });
});

describe('normalisation profiles', () => {
  it('each profile’s examples give what the profile says', () => {
    for (const [language, profile] of Object.entries(NORMALIZATION_PROFILES)) {
      assert.equal(profile.language, language);
      assert.match(profile.id, /^[a-z]+-v\d+$/);
      assert.ok(profile.examples.length > 0);
      for (const [input, output] of profile.examples)
        assert.equal(normalizeWords(input, profile).join(' '), output, `${profile.id}: ${input}`);
    }
  });

  it('the profiles are frozen data', () => {
    assert.ok(Object.isFrozen(NORMALIZATION_PROFILES.nl));
    assert.ok(Object.isFrozen(NORMALIZATION_PROFILES.nl.fillers));
    assert.throws(() => NORMALIZATION_PROFILES.nl.fillers.push('x'));
  });

  it('the result names the profile; a regional tag uses its language’s, others the default', () => {
    assert.equal(
      scoreTranscript('a', 'a', { normalize: true, language: 'nl-BE' }).profile,
      'nl-v1',
    );
    assert.equal(
      scoreTranscript('a', 'a', { normalize: true, language: 'de_AT' }).profile,
      'de-v1',
    );
    assert.equal(
      scoreTranscript('a', 'a', { normalize: true, language: 'es' }).profile,
      'default-v1',
    );
    assert.equal(scoreTranscript('a', 'a', { normalize: true }).profile, 'default-v1');
    assert.equal(scoreTranscript('a', 'a', { language: 'nl' }).profile, 'raw');
    assert.equal(profileFor('FR-ca').id, 'fr-v1');
  });

  it('default: case, punctuation, fillers; digits stay digits; no host-locale case rules', () => {
    const s = scoreTranscript('Well, it is 20 km.', 'uh well it is 20 KM', { normalize: true });
    assert.equal(s.wer, 0);
    assert.deepEqual(normalizeWords('INDIGO İ 3.5 (7)', NORMALIZATION_PROFILES.default), [
      'indigo',
      'i̇',
      '3.5',
      '7',
    ]);
  });

  it('en: numbers written out (0–100, years, thousands), hyphens split, apostrophes kept', () => {
    const s = scoreTranscript('In nineteen ninety-five I was twenty-one', 'um in 1995 I was 21.', {
      normalize: true,
      language: 'en',
    });
    assert.deepEqual(counts(s), {
      wer: 0,
      words: 8,
      hits: 8,
      substitutions: 0,
      deletions: 0,
      insertions: 0,
    });
    assert.deepEqual(normalizeWords("0 100 1,000 2,025 don't 'quoted'", profileFor('en')), [
      'zero',
      'one',
      'hundred',
      'one',
      'thousand',
      'two',
      'thousand',
      'twenty',
      'five',
      "don't",
      'quoted',
    ]);
    assert.equal(
      scoreTranscript("I don't", 'I dont', { normalize: true, language: 'en' }).substitutions,
      1,
    );
  });

  it('nl: numbers as one word, fillers, compounds joined both ways, hyphens joined', () => {
    assert.equal(
      scoreTranscript(
        'Ik bel de huisarts om 21 uur',
        'euh ik bel de huis arts om eenentwintig uur',
        {
          normalize: true,
          language: 'nl',
        },
      ).wer,
      0,
    );
    // The reference splits what the hypothesis writes together.
    const reverse = scoreTranscript('de huis arts', 'de huisarts', {
      normalize: true,
      language: 'nl',
    });
    assert.deepEqual(counts(reverse), {
      wer: 0,
      words: 2,
      hits: 2,
      substitutions: 0,
      deletions: 0,
      insertions: 0,
    });
    // Not joined when the other text has the parts apart as well.
    const both = scoreTranscript('het huis arts huisarts', 'het huis arts huis arts', {
      normalize: true,
      language: 'nl',
    });
    assert.equal(both.words, 4);
    assert.equal(both.insertions, 1);
    // Three parts.
    assert.equal(
      scoreTranscript('ziekenhuisarts', 'zieken huis arts', { normalize: true, language: 'nl' })
        .wer,
      0,
    );
    assert.equal(scoreTranscript('e-mail', 'email', { normalize: true, language: 'nl' }).wer, 0);
    assert.deepEqual(normalizeWords("'s Avonds zo'n 22 auto's", profileFor('nl')), [
      "'s",
      'avonds',
      "zo'n",
      'tweeëntwintig',
      "auto's",
    ]);
    // Raw mode does none of it.
    assert.equal(scoreTranscript('de huisarts', 'de huis arts').wer, 1);
  });

  it('fr: numbers split into words, elisions kept, fillers', () => {
    assert.equal(
      scoreTranscript("Euh, l'homme a quatre-vingt-dix-neuf ans.", "l'homme a 99 ans", {
        normalize: true,
        language: 'fr',
      }).wer,
      0,
    );
    assert.deepEqual(normalizeWords('71 80 21 200', profileFor('fr')), [
      'soixante',
      'et',
      'onze',
      'quatre',
      'vingts',
      'vingt',
      'et',
      'un',
      'deux',
      'cents',
    ]);
    assert.equal(scoreTranscript('c’est', "c'est", { normalize: true, language: 'fr' }).wer, 0);
  });

  it('de: ß as ss, numbers as one word, compounds, fillers', () => {
    assert.equal(
      scoreTranscript('Die Straße hat 33 Häuser', 'ähm die strasse hat dreiunddreißig häuser', {
        normalize: true,
        language: 'de',
      }).wer,
      0,
    );
    assert.equal(
      scoreTranscript('Der Krankenwagen kommt', 'der kranken wagen kommt', {
        normalize: true,
        language: 'de',
      }).wer,
      0,
    );
    assert.deepEqual(normalizeWords('1.989 101 1000', profileFor('de')), [
      'neunzehnhundertneunundachtzig',
      'hunderteins',
      'tausend',
    ]);
  });

  it('units that look like hesitations stay: 5 mm', () => {
    assert.deepEqual(normalizeWords('5 mm, uh, hmm', profileFor('en')), ['five', 'mm']);
    assert.deepEqual(normalizeWords('5 mm', profileFor('de')), ['fünf', 'mm']);
  });

  it('normalisation counts the normalised reference words', () => {
    const s = scoreTranscript('Um, hello!', 'hello', { normalize: true, language: 'en' });
    assert.equal(s.words, 1);
    assert.equal(s.wer, 0);
  });
});

describe('scoreTestSet', () => {
  it('totals are errors summed over words summed, never a mean of rates', () => {
    const set = scoreTestSet([
      { reference: 'a', hypothesis: 'b' }, // 1 error, 1 word: 100 %
      { reference: 'a b c d e f g h i', hypothesis: 'a b c d e f g h i' }, // 0 of 9
    ]);
    assert.equal(set.total.wer, 0.1);
    assert.equal(set.total.words, 10);
    assert.equal(set.total.substitutions, 1);
    assert.equal(set.total.items, 2);
    assert.deepEqual(set.total.profiles, ['raw']);
    assert.deepEqual(
      set.items.map((i) => i.wer),
      [1, 0],
    );
  });

  it('each item’s language picks its profile, the set’s language the rest', () => {
    const set = scoreTestSet(
      [
        { reference: 'huisarts', hypothesis: 'huis arts' },
        { reference: 'twenty', hypothesis: '20', language: 'en' },
      ],
      { normalize: true, language: 'nl' },
    );
    assert.deepEqual(
      set.items.map((i) => i.profile),
      ['nl-v1', 'en-v1'],
    );
    assert.equal(set.total.wer, 0);
    assert.deepEqual(set.total.profiles, ['nl-v1', 'en-v1']);
  });

  it('an empty reference adds its insertions to the set; an empty set scores 0 of 0', () => {
    const set = scoreTestSet([
      { reference: '', hypothesis: 'noise' },
      { reference: 'a b', hypothesis: 'a b' },
    ]);
    assert.equal(set.items[0].wer, Infinity);
    assert.equal(set.total.wer, 0.5);
    assert.equal(scoreTestSet([]).total.wer, 0);
  });
});

describe('pairTestFiles', () => {
  it('audio and its transcript are one item; the rest is reported, not scored', () => {
    const pairing = pairTestFiles([
      'test-01.wav',
      'test-01.txt',
      { name: 'Talk.MP3' },
      'talk.vtt',
      'lonely.flac',
      'orphan.srt',
      'twice.wav',
      'twice.txt',
      'twice.vtt',
      'list.jsonl',
      'notes.docx',
      'test-01.wav',
    ]);
    assert.deepEqual(pairing.items, [
      { name: 'test-01', audio: 'test-01.wav', transcript: 'test-01.txt' },
      { name: 'Talk', audio: 'Talk.MP3', transcript: 'talk.vtt' },
    ]);
    assert.deepEqual(pairing.audioWithoutReference, ['lonely.flac']);
    assert.deepEqual(pairing.referenceWithoutAudio, ['orphan.srt']);
    assert.deepEqual(pairing.ambiguous, [
      { name: 'twice', files: ['twice.wav', 'twice.txt', 'twice.vtt'] },
    ]);
    assert.deepEqual(pairing.ignored, ['list.jsonl', 'notes.docx']);
  });

  it('names in NFD (as macOS lists them) pair with the same names in NFC', () => {
    const pairing = pairTestFiles(['cafe\u0301.wav', 'caf\u00e9.txt']);
    assert.equal(pairing.items.length, 1);
    assert.deepEqual(pairing.audioWithoutReference, []);
  });
});

describe('compareModels (paired bootstrap)', () => {
  const score = (words, errors) => ({
    wer: errors / words,
    words,
    substitutions: errors,
    deletions: 0,
    insertions: 0,
  });
  // 40 items of 50 words: base 9 to 11 errors each, custom 5 or 6.
  const clear = Array.from({ length: 40 }, (_, i) => ({
    base: score(50, 10 + (i % 3) - 1),
    custom: score(50, 5 + (i % 2)),
    seconds: 30,
  }));

  it('a clear gain on enough data: better, with an interval below 0', () => {
    const c = compareModels(clear);
    assert.equal(c.verdict, 'better');
    assert.deepEqual(c.reasons, []);
    // (220 − 399 errors) / 2,000 words.
    assert.ok(Math.abs(c.difference - -8.95) < 1e-9, String(c.difference));
    assert.ok(c.interval[0] <= c.difference && c.difference <= c.interval[1]);
    assert.ok(c.interval[1] < 0);
    assert.deepEqual(c.size, { items: 40, words: 2000, minutes: 20 });
    assert.equal(c.meetsRecommendedMinutes, false);
    assert.equal(c.resamples, 1000);
  });

  it('the other way round: worse', () => {
    const c = compareModels(
      clear.map(({ base, custom }) => ({ base: custom, custom: base, seconds: 60 })),
    );
    assert.equal(c.verdict, 'worse');
    assert.ok(c.interval[0] > 0);
    assert.equal(c.meetsRecommendedMinutes, true);
    assert.equal(c.size.minutes, 40);
  });

  it('reproducible: the same seed gives the same interval, another seed another one', () => {
    const noisy = Array.from({ length: 60 }, (_, i) => ({
      base: score(20, (i * 7) % 6),
      custom: score(20, (i * 5) % 7),
    }));
    const a = compareModels(noisy, { seed: 7 });
    const b = compareModels(noisy, { seed: 7 });
    const c = compareModels(noisy, { seed: 8 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a.interval, c.interval);
    assert.equal(a.size.minutes, undefined);
  });

  it('a difference whose interval crosses 0: not enough evidence', () => {
    const mixed = Array.from({ length: 40 }, (_, i) => ({
      base: score(50, i % 2 ? 12 : 4),
      custom: score(50, i % 2 ? 4 : 12),
    }));
    const c = compareModels(mixed);
    assert.equal(c.verdict, 'not-enough-evidence');
    assert.deepEqual(c.reasons, ['interval-includes-zero']);
    assert.ok(c.interval[0] < 0 && c.interval[1] > 0);
  });

  it('tiny data: not enough evidence, however large the difference', () => {
    const tiny = clear.slice(0, MIN_VERDICT_ITEMS - 1);
    const c = compareModels(tiny);
    assert.equal(c.verdict, 'not-enough-evidence');
    assert.deepEqual(c.reasons, ['too-few-items', 'too-few-words']);
    assert.ok(c.difference < 0);
    const none = compareModels([]);
    assert.equal(none.verdict, 'not-enough-evidence');
    assert.equal(none.difference, null);
    assert.equal(none.interval, null);
  });

  it('refuses scores of different references', () => {
    assert.throws(() => compareModels([{ base: score(10, 1), custom: score(11, 1) }]), RangeError);
  });

  it('from texts: scoreTestSet per model, then compareModels', () => {
    const references = Array.from(
      { length: 30 },
      (_, i) => `item ${i} says the quick brown fox jumps over the lazy dog today`,
    );
    const base = scoreTestSet(
      references.map((r) => ({
        reference: r,
        hypothesis: r.replace('quick', 'quack').replace('lazy', 'hazy'),
      })),
    );
    const custom = scoreTestSet(references.map((r) => ({ reference: r, hypothesis: r })));
    const c = compareModels(base.items.map((b, i) => ({ base: b, custom: custom.items[i] })));
    assert.equal(c.verdict, 'not-enough-evidence');
    assert.deepEqual(c.reasons, ['too-few-words']);
    const more = compareModels(
      base.items.map((b, i) => ({ base: b, custom: custom.items[i] })),
      { minWords: 300 },
    );
    assert.equal(more.verdict, 'better');
    assert.ok(Math.abs(more.difference - (-60 / 390) * 100) < 1e-9);
  });
});
