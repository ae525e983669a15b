/*
 * Whole numbers written out, per language, for the normalisation profiles: 0–9999, and the years
 * 1100–1999 as they are said (en "nineteen ninety five", nl "negentienhonderdvijfennegentig", de
 * "neunzehnhundertfünfundneunzig"; French says years as cardinals). The spelling is each language's
 * usual written form; the profile then applies its own hyphen rule to it (en and fr split hyphens,
 * so "quatre-vingt-dix" becomes three words, as a hypothesis written out would be).
 */

/** Languages whose numbers are written out. */
export type NumberLanguage = 'en' | 'nl' | 'fr' | 'de';

/** Highest number written out; larger ones stay digits. */
export const MAX_SPELLED_NUMBER = 9999;

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];

function en(n: number): string {
  if (n < 20) return EN_UNITS[n];
  if (n < 100) return EN_TENS[Math.floor(n / 10)] + (n % 10 ? `-${EN_UNITS[n % 10]}` : '');
  if (n < 1000) {
    const rest = n % 100;
    return `${EN_UNITS[Math.floor(n / 100)]} hundred${rest ? ` ${en(rest)}` : ''}`;
  }
  const rest = n % 1000;
  return `${en(Math.floor(n / 1000))} thousand${rest ? ` ${en(rest)}` : ''}`;
}

/** "nineteen ninety-five", "nineteen hundred", "nineteen oh five". */
function enYear(n: number): string {
  const rest = n % 100;
  const century = en(Math.floor(n / 100));
  if (rest === 0) return `${century} hundred`;
  return `${century} ${rest < 10 ? `oh ${en(rest)}` : en(rest)}`;
}

const NL_UNITS = [
  'nul',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const NL_TENS = [
  '',
  '',
  'twintig',
  'dertig',
  'veertig',
  'vijftig',
  'zestig',
  'zeventig',
  'tachtig',
  'negentig',
];

/** Dutch writes a number as one word up to a thousand and puts a space after "duizend". */
function nl(n: number): string {
  if (n < 20) return NL_UNITS[n];
  if (n < 100) {
    const unit = n % 10;
    if (!unit) return NL_TENS[n / 10];
    const word = NL_UNITS[unit];
    // "tweeëntwintig", "drieëntwintig": a trema where "e" meets "en".
    return `${word}${word.endsWith('e') ? 'ën' : 'en'}${NL_TENS[Math.floor(n / 10)]}`;
  }
  if (n < 1000) {
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    return `${hundreds > 1 ? NL_UNITS[hundreds] : ''}honderd${rest ? nl(rest) : ''}`;
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return `${thousands > 1 ? nl(thousands) : ''}duizend${rest ? ` ${nl(rest)}` : ''}`;
}

function nlYear(n: number): string {
  const rest = n % 100;
  return `${nl(Math.floor(n / 100))}honderd${rest ? nl(rest) : ''}`;
}

const DE_UNITS = [
  'null',
  'eins',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];
const DE_TENS = [
  '',
  '',
  'zwanzig',
  'dreißig',
  'vierzig',
  'fünfzig',
  'sechzig',
  'siebzig',
  'achtzig',
  'neunzig',
];

/** German writes every number below a million as one word. */
function de(n: number): string {
  if (n < 20) return DE_UNITS[n];
  if (n < 100) {
    const unit = n % 10;
    if (!unit) return DE_TENS[n / 10];
    return `${unit === 1 ? 'ein' : DE_UNITS[unit]}und${DE_TENS[Math.floor(n / 10)]}`;
  }
  if (n < 1000) {
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    return `${hundreds > 1 ? DE_UNITS[hundreds] : ''}hundert${rest ? de(rest) : ''}`;
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return `${thousands > 1 ? de(thousands) : ''}tausend${rest ? de(rest) : ''}`;
}

function deYear(n: number): string {
  const rest = n % 100;
  return `${de(Math.floor(n / 100))}hundert${rest ? de(rest) : ''}`;
}

const FR_UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** French (France, Belgium's "septante" is not used), with the 1990 hyphens. */
function fr(n: number): string {
  if (n < 20) return FR_UNITS[n];
  if (n < 70) {
    const unit = n % 10;
    const tens = FR_TENS[Math.floor(n / 10)];
    if (!unit) return tens;
    return unit === 1 ? `${tens} et un` : `${tens}-${FR_UNITS[unit]}`;
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${FR_UNITS[n - 60]}`;
  if (n < 100) return n === 80 ? 'quatre-vingts' : `quatre-vingt-${FR_UNITS[n - 80]}`;
  if (n < 1000) {
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    if (hundreds === 1) return rest ? `cent ${fr(rest)}` : 'cent';
    return rest ? `${FR_UNITS[hundreds]} cent ${fr(rest)}` : `${FR_UNITS[hundreds]} cents`;
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = thousands === 1 ? 'mille' : `${FR_UNITS[thousands]} mille`;
  return rest ? `${head} ${fr(rest)}` : head;
}

/**
 * `n` written out in `language`, or undefined when it is not a whole number from 0 to
 * {@link MAX_SPELLED_NUMBER}. `asYear` reads 1100–1999 as a year where the language does (en, nl, de).
 */
export function spellNumber(
  n: number,
  language: NumberLanguage,
  asYear = true,
): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > MAX_SPELLED_NUMBER) return undefined;
  const year = asYear && n >= 1100 && n <= 1999;
  switch (language) {
    case 'en':
      return year ? enYear(n) : en(n);
    case 'nl':
      return year ? nlYear(n) : nl(n);
    case 'de':
      return year ? deYear(n) : de(n);
    case 'fr':
      return fr(n);
  }
}
