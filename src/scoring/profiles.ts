import { MAX_SPELLED_NUMBER, spellNumber, type NumberLanguage } from './numbers.js';

/*
 * The normalisation profiles: what `normalize: true` does to both texts before they are aligned,
 * per language. Data, so a view can show the rules that ran (and a host can read them); the
 * profile's `id` changes whenever a rule does, so a score names the rules it was made with.
 */

/** The languages with a profile of their own; every other language gets `default`. */
export type ProfileLanguage = 'default' | 'en' | 'nl' | 'fr' | 'de';

/** The rules of one normalisation profile, applied in this order. */
export interface NormalizationProfile {
  /** Names the rules: `nl-v1`. A new version whenever a rule changes. */
  id: string;
  language: ProfileLanguage;
  /** 1. Unicode NFC; curly and other apostrophes become `'`, U+2010/U+2011 hyphens `-`. */
  unicode: 'NFC';
  /** 2. Lower case by the language's rules (`toLocaleLowerCase`); then each `[from, to]` (de: ß → ss). */
  caseFolding: { lowerCase: true; replace: readonly (readonly [string, string])[] };
  /**
   * 3. Numbers. `digits-to-words`: a word of digits only (grouping separators allowed, e.g. en
   * `1,000`, nl/de `1.000`) from 0 to `max` is written out in the language; `yearsAsSaid`: 1100–1999
   * as a year is said ("nineteen ninety-five"). A word mixing digits with other signs (3.5, 10:30,
   * 2e) is kept as it is, its signs too. `none`: digits stay digits.
   */
  numbers:
    | {
        mode: 'digits-to-words';
        max: number;
        yearsAsSaid: boolean;
        groupSeparators: readonly string[];
      }
    | { mode: 'none' };
  /**
   * 4. Punctuation: every character of the Unicode classes P (punctuation) and S (symbols) is
   * removed from a word, except an apostrophe or hyphen between two letters; a word left empty goes.
   * `leadingApostropheWords` keep their leading apostrophe (nl `'s`, `'t`, `'n`).
   */
  punctuation: { keepInWord: readonly ("'" | '-')[]; leadingApostropheWords: readonly string[] };
  /** 5. Hyphens inside a word: `split` (twenty-one → twenty one) or `join` (e-mail → email). */
  hyphens: 'split' | 'join';
  /** 6. These words are removed from both texts (hesitations), compared after steps 1–5. */
  fillers: readonly string[];
  /**
   * 7. Compounds (nl, de): where one text has two or three adjacent words that, written together,
   * are a word of the other text, they are joined into that word ("huis arts" against "huisarts"
   * is one word, and correct), unless the other text has those words adjacent too. Reference and
   * hypothesis both, left to right, three words before two.
   */
  compounds: boolean;
  /** Inputs and what the profile makes of them (checked by the tests), to show the rules at work. */
  examples: readonly (readonly [string, string])[];
}

const EN_FILLERS = ['uh', 'uhm', 'um', 'umm', 'er', 'erm', 'ah', 'hm', 'hmm', 'mhm'];
const NL_FILLERS = ['uh', 'uhm', 'eh', 'ehm', 'euh', 'hm', 'hmm', 'mhm'];
const FR_FILLERS = ['euh', 'heu', 'hum', 'hm', 'hmm', 'mhm', 'bah'];
const DE_FILLERS = ['äh', 'ähm', 'öh', 'öhm', 'eh', 'ehm', 'hm', 'hmm', 'mhm'];

const digits = (
  groupSeparators: readonly string[],
  yearsAsSaid: boolean,
): NormalizationProfile['numbers'] => ({
  mode: 'digits-to-words',
  max: MAX_SPELLED_NUMBER,
  yearsAsSaid,
  groupSeparators,
});

const freeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
};

/** Every profile, by language. Frozen: read them, never change them. */
export const NORMALIZATION_PROFILES: Readonly<Record<ProfileLanguage, NormalizationProfile>> =
  /* @__PURE__ */ freeze({
    default: {
      id: 'default-v1',
      language: 'default',
      unicode: 'NFC',
      caseFolding: { lowerCase: true, replace: [] },
      numbers: { mode: 'none' },
      punctuation: { keepInWord: ["'", '-'], leadingApostropheWords: [] },
      hyphens: 'split',
      fillers: ['uh', 'um', 'uhm', 'hm', 'hmm', 'mhm', 'euh', 'äh', 'ähm'],
      compounds: false,
      examples: [['Well, uh… it’s 20 km!', "well it's 20 km"]],
    },
    en: {
      id: 'en-v1',
      language: 'en',
      unicode: 'NFC',
      caseFolding: { lowerCase: true, replace: [] },
      numbers: digits([','], true),
      punctuation: { keepInWord: ["'", '-'], leadingApostropheWords: [] },
      hyphens: 'split',
      fillers: EN_FILLERS,
      compounds: false,
      examples: [
        ['Um, I don’t know.', "i don't know"],
        ['In 1995 we had 21 e-mails', 'in nineteen ninety five we had twenty one e mails'],
      ],
    },
    nl: {
      id: 'nl-v1',
      language: 'nl',
      unicode: 'NFC',
      caseFolding: { lowerCase: true, replace: [] },
      numbers: digits(['.'], true),
      punctuation: { keepInWord: ["'", '-'], leadingApostropheWords: ["'s", "'t", "'n"] },
      hyphens: 'join',
      fillers: NL_FILLERS,
      compounds: true,
      examples: [
        ["Euh, 's avonds bel ik de huisarts.", "'s avonds bel ik de huisarts"],
        [
          'In 1995 kwamen er 22 e-mails',
          'in negentienhonderdvijfennegentig kwamen er tweeëntwintig emails',
        ],
      ],
    },
    fr: {
      id: 'fr-v1',
      language: 'fr',
      unicode: 'NFC',
      caseFolding: { lowerCase: true, replace: [] },
      numbers: digits(['.'], false),
      punctuation: { keepInWord: ["'", '-'], leadingApostropheWords: [] },
      hyphens: 'split',
      fillers: FR_FILLERS,
      compounds: false,
      examples: [
        ['Euh, c’est l’été !', "c'est l'été"],
        ['Il a 92 ans', 'il a quatre vingt douze ans'],
      ],
    },
    de: {
      id: 'de-v1',
      language: 'de',
      unicode: 'NFC',
      caseFolding: { lowerCase: true, replace: [['ß', 'ss']] },
      numbers: digits(['.'], true),
      punctuation: { keepInWord: ["'", '-'], leadingApostropheWords: [] },
      hyphens: 'join',
      fillers: DE_FILLERS,
      compounds: true,
      examples: [
        ['Ähm, die Straße ist 31 Meter lang.', 'die strasse ist einunddreissig meter lang'],
        ['Im Jahr 1989 kam die E-Mail', 'im jahr neunzehnhundertneunundachtzig kam die email'],
      ],
    },
  });

/** The profile for a BCP 47 language tag (`nl-BE` → nl); `default` for any other language. */
export function profileFor(language?: string): NormalizationProfile {
  const primary = String(language ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/)[0];
  return Object.hasOwn(NORMALIZATION_PROFILES, primary) && primary !== 'default'
    ? NORMALIZATION_PROFILES[primary as ProfileLanguage]
    : NORMALIZATION_PROFILES.default;
}

const APOSTROPHES = /[\u2018\u2019\u02bc\u2032\u0060\u00b4]/gu;
const HYPHENS = /[\u2010\u2011]/gu;
const SIGN = /[\p{P}\p{S}]/u;
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}]+$/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** Per profile: a number written with its grouping separators (`1,000`). */
const groupedNumbers = new WeakMap<NormalizationProfile, RegExp | null>();
function groupedNumber(profile: NormalizationProfile): RegExp | null {
  let pattern = groupedNumbers.get(profile);
  if (pattern === undefined) {
    const separators =
      profile.numbers.mode === 'digits-to-words' ? profile.numbers.groupSeparators : [];
    pattern = separators.length
      ? new RegExp(`^\\d{1,3}(?:(?:${separators.map(escape).join('|')})\\d{3})+$`, 'u')
      : null;
    groupedNumbers.set(profile, pattern);
  }
  return pattern;
}
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Steps 3–5 on one word, which may become several words, or none. */
function normalizeWord(word: string, profile: NormalizationProfile, locale?: string): string[] {
  const numbers = profile.numbers;
  // Signs around a number go first ("(20)," → 20); inside it, only grouping separators may be.
  const bare = /\d/u.test(word) ? word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '') : '';
  if (numbers.mode === 'digits-to-words' && bare) {
    const grouped = groupedNumber(profile)?.test(bare) ?? false;
    const digitsOnly = grouped ? bare.replace(/\D/gu, '') : bare;
    if (/^\d+$/u.test(digitsOnly)) {
      const spelled = spellNumber(
        Number(digitsOnly),
        profile.language as NumberLanguage,
        numbers.yearsAsSaid,
      );
      if (spelled !== undefined) return wordsOf(spelled, profile, locale, false);
      return [digitsOnly];
    }
  }
  if (bare && /^[\d\p{P}\p{S}]+$/u.test(bare)) return [bare];
  if (PLAIN_WORD.test(word) || profile.punctuation.leadingApostropheWords.includes(word))
    return [word];
  const kept = profile.punctuation.keepInWord;
  const chars = [...word];
  let cleaned = '';
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k];
    if (!SIGN.test(c)) {
      cleaned += c;
    } else if (
      (kept as readonly string[]).includes(c) &&
      LETTER.test(chars[k - 1] ?? '') &&
      LETTER.test(chars[k + 1] ?? '')
    ) {
      cleaned += c;
    }
  }
  const parts = profile.hyphens === 'split' ? cleaned.split('-') : [cleaned.replaceAll('-', '')];
  return parts.filter((part) => part !== '');
}

/** Steps 1–6 on a text; `fillers: false` keeps hesitations (a number's words have none). */
function wordsOf(
  text: string,
  profile: NormalizationProfile,
  locale: string | undefined,
  fillers: boolean,
): string[] {
  let folded = String(text ?? '')
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-');
  // No locale: the same everywhere (not the host's, which could be Turkish's dotless i).
  folded = locale ? folded.toLocaleLowerCase(locale) : folded.toLowerCase();
  for (const [from, to] of profile.caseFolding.replace) folded = folded.replaceAll(from, to);
  const words = folded
    .split(/\s+/u)
    .filter((word) => word !== '')
    .flatMap((word) => normalizeWord(word, profile, locale));
  return fillers ? words.filter((word) => !profile.fillers.includes(word)) : words;
}

/**
 * The words of `text` under `profile`, steps 1–6 (compounds need both texts: see
 * {@link joinCompounds}). What a view shows as the normalised text.
 */
export function normalizeWords(text: string, profile: NormalizationProfile): string[] {
  return wordsOf(
    text,
    profile,
    profile.language === 'default' ? undefined : profile.language,
    true,
  );
}

/** Step 7 in one direction: joins words of `text` that make a word of `other`. */
function joinInto(text: readonly string[], other: readonly string[]): string[] {
  const vocabulary = new Set(other);
  const adjacent = (parts: readonly string[]) => {
    for (let k = 0; k + parts.length <= other.length; k++) {
      if (parts.every((part, p) => other[k + p] === part)) return true;
    }
    return false;
  };
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    let joined = false;
    for (const size of [3, 2]) {
      const parts = text.slice(i, i + size);
      if (parts.length < size) continue;
      const word = parts.join('');
      if (vocabulary.has(word) && !adjacent(parts)) {
        out.push(word);
        i += size;
        joined = true;
        break;
      }
    }
    if (!joined) out.push(text[i++]);
  }
  return out;
}

/**
 * Step 7: reference and hypothesis with compounds joined where the other text writes them as one
 * word ("huis arts" → "huisarts" when the other text has "huisarts"). The reference is joined
 * against the hypothesis, then the hypothesis against the joined reference.
 */
export function joinCompounds(
  reference: readonly string[],
  hypothesis: readonly string[],
): { reference: string[]; hypothesis: string[] } {
  const joinedReference = joinInto(reference, hypothesis);
  return { reference: joinedReference, hypothesis: joinInto(hypothesis, joinedReference) };
}
