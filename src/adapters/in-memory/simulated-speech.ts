import type { EvaluationUtterance } from '../../api/types.js';

/*
 * The in-memory adapter's test items as a speech service would score them: a reference transcript
 * per item (the adapter keeps names and sizes, not the files' text, so it writes one in the model's
 * language, seeded from the item's name) and what the base and the custom model "heard": the
 * reference with deterministic, language-aware errors — substitutions by a word that sounds alike
 * (their → there, wordt → word, est → et, dass → das), deletions of short words, inserted
 * hesitations. The scores are then counted from these texts by the engine (src/scoring), never
 * made up. Loaded with the adapter's evaluations, on demand.
 */

/** What one language's simulated speech is made of. */
interface SpeechWords {
  /** Sentences are drawn from these, in this order of parts: openers, middles, closers. */
  openers: readonly string[];
  middles: readonly string[];
  closers: readonly string[];
  /** Words a recogniser plausibly hears instead (both ways). */
  confusions: readonly (readonly [string, string])[];
  /** Hesitations a recogniser writes out that the reference leaves out. */
  insertions: readonly string[];
}

const SPEECH: Record<'en' | 'nl' | 'fr' | 'de', SpeechWords> = {
  en: {
    openers: ['we', 'they', 'our clients', 'the doctors', 'the board members', 'i think we'],
    middles: [
      'need to review the quarterly figures',
      'will send the report to their office',
      'agreed to meet again next week',
      'asked for two more weeks to finish',
      'should write down the right dosage',
      'are waiting for the new contract',
      'have four questions about the budget',
      'could not hear the last part of the call',
      'want to know where the files are',
      'must check the results before friday',
    ],
    closers: [
      '',
      'as soon as possible',
      'before the deadline',
      'for the record',
      'if there is time',
    ],
    confusions: [
      ['their', 'there'],
      ['two', 'to'],
      ['four', 'for'],
      ['write', 'right'],
      ['where', 'were'],
      ['week', 'weak'],
      ['hear', 'here'],
      ['know', 'no'],
      ['report', 'support'],
      ['contract', 'contact'],
      ['figures', 'fingers'],
      ['dosage', 'dossier'],
    ],
    insertions: ['uh', 'um', 'the', 'and'],
  },
  nl: {
    openers: ['wij', 'zij', 'de huisartsen', 'de patiënten', "mijn collega's", 'jullie'],
    middles: [
      'moeten de cijfers van dit kwartaal bekijken',
      'sturen het verslag naar het kantoor',
      'spreken volgende week opnieuw af',
      'vragen om twee extra weken',
      'schrijven de juiste dosis op',
      'wachten op het nieuwe contract',
      'hebben vier vragen over de begroting',
      'konden het laatste deel niet verstaan',
      'willen weten waar de dossiers zijn',
      'controleren de uitslag voor vrijdag',
    ],
    closers: ['', 'zo snel mogelijk', 'voor de deadline', 'voor het verslag', 'als er tijd is'],
    confusions: [
      ['wordt', 'word'],
      ['wij', 'wei'],
      ['zij', 'zei'],
      ['dat', 'dan'],
      ['weken', 'wegen'],
      ['vier', 'hier'],
      ['waar', 'maar'],
      ['dosis', 'dossier'],
      ['cijfers', 'cijfer'],
      ['verslag', 'verlag'],
      ['huisartsen', 'huis artsen'],
      ['kantoor', 'kanton'],
    ],
    insertions: ['eh', 'uh', 'de', 'en'],
  },
  fr: {
    openers: [
      'ils',
      'elles',
      'les médecins',
      'les patients',
      'mes collègues',
      "les membres de l'équipe",
    ],
    middles: [
      'doivent revoir les chiffres du trimestre',
      'envoient le rapport à leur bureau',
      'se revoient la semaine prochaine',
      'demandent deux semaines de plus',
      'notent la bonne dose',
      'attendent le nouveau contrat',
      'ont quatre questions sur le budget',
      "n'ont pas entendu la fin de l'appel",
      'veulent savoir où sont les dossiers',
      'vérifient les résultats avant vendredi',
    ],
    closers: [
      '',
      'dès que possible',
      'avant la date limite',
      'pour le compte rendu',
      "s'il y a le temps",
    ],
    confusions: [
      ['et', 'est'],
      ['à', 'a'],
      ['ces', 'ses'],
      ['où', 'ou'],
      ['leur', 'leurs'],
      ['sont', 'son'],
      ['ont', 'on'],
      ['dose', 'dos'],
      ['chiffres', 'chiffre'],
      ['rapport', 'apport'],
      ['semaine', 'semaines'],
      ['bureau', 'bureaux'],
    ],
    insertions: ['euh', 'ben', 'le', 'et'],
  },
  de: {
    openers: ['wir', 'sie', 'die Hausärzte', 'die Patienten', 'meine Kollegen', 'ich glaube wir'],
    middles: [
      'müssen die Zahlen des Quartals prüfen',
      'schicken den Bericht an ihr Büro',
      'treffen uns nächste Woche wieder',
      'bitten um zwei weitere Wochen',
      'schreiben die richtige Dosis auf',
      'warten auf den neuen Vertrag',
      'haben vier Fragen zum Budget',
      'konnten das Ende des Anrufs nicht hören',
      'wollen wissen wo die Akten sind',
      'prüfen die Ergebnisse vor Freitag',
    ],
    closers: ['', 'so bald wie möglich', 'vor der Frist', 'für das Protokoll', 'wenn Zeit bleibt'],
    confusions: [
      ['dass', 'das'],
      ['seit', 'seid'],
      ['wieder', 'wider'],
      ['mehr', 'Meer'],
      ['man', 'Mann'],
      ['wir', 'hier'],
      ['Hausärzte', 'Haus Ärzte'],
      ['Bericht', 'Gericht'],
      ['Zahlen', 'zahlen'],
      ['Akten', 'Achten'],
      ['Woche', 'Wochen'],
      ['Vertrag', 'Vortrag'],
    ],
    insertions: ['äh', 'ähm', 'die', 'und'],
  },
};

/** The simulated languages; others are written in English. */
export type SpeechLanguage = keyof typeof SPEECH;

/** `nl-nl`, `nl-BE`, `de` → the simulated language; English for any other. */
export function speechLanguage(key: string | undefined): SpeechLanguage {
  const primary = String(key ?? '')
    .slice(0, 2)
    .toLowerCase();
  return primary in SPEECH ? (primary as SpeechLanguage) : 'en';
}

/** FNV-1a over `text`, 32 bits: the seed of every draw. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A seeded generator of fractions in [0, 1) (mulberry32): the same seed, the same sequence. */
export function randomFrom(seed: string): () => number {
  let state = hash(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)];

/** Words a second per second of speech, and the pause between utterances (seconds). */
const WORDS_PER_SECOND = 2.4;
const PAUSE = 0.6;

/**
 * An item's reference transcript, about `words` words in utterances of one sentence each (a capital
 * and a full stop, as transcribers write them), timed at a natural speaking rate.
 */
export function referenceUtterances(
  name: string,
  language: SpeechLanguage,
  words: number,
): EvaluationUtterance[] {
  const speech = SPEECH[language];
  const random = randomFrom(`${language}:${name}:reference`);
  const utterances: EvaluationUtterance[] = [];
  let count = 0;
  let time = 0.4;
  while (count < words) {
    const sentence = [pick(speech.openers, random), pick(speech.middles, random)];
    const closer = pick(speech.closers, random);
    if (closer) sentence.push(closer);
    const text = sentence.join(' ');
    const length = text.split(' ').length;
    const end = time + length / WORDS_PER_SECOND;
    utterances.push({
      start: round(time),
      end: round(end),
      reference: `${text[0].toUpperCase()}${text.slice(1)}.`,
    });
    count += length;
    time = end + PAUSE * (0.5 + random());
  }
  return utterances;
}

const round = (seconds: number) => Math.round(seconds * 100) / 100;

/** How often a model errs: its word error probability, and the share of new errors it makes. */
export interface ErrorRates {
  /** The base model's chance to get a word wrong. */
  base: number;
  /** The custom model's (below the base's after training: most base errors fixed). */
  custom: number;
}

/**
 * What the base and the custom model heard of one utterance. Each word draws once: it is wrong for
 * a model when the draw is below that model's rate, so the custom model's errors are mostly a part
 * of the base's (it fixed the rest), plus a few of its own (it broke those). The kind of error is
 * drawn per word: a confusion where the language has one for the word, else a deletion of a short
 * word, else an inserted hesitation. The base model also drops the full stop now and then, which
 * only a normalised comparison forgives.
 */
export function hypotheses(
  reference: string,
  language: SpeechLanguage,
  rates: ErrorRates,
  seed: string,
): { base: string; custom: string } {
  const speech = SPEECH[language];
  const random = randomFrom(`${seed}:errors`);
  const words = reference.split(' ');
  const base: string[] = [];
  const custom: string[] = [];
  // The custom model's own errors: a tenth of its rate, on words the base model had right.
  const broken = rates.custom * 0.1;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const draw = random();
    const kind = random();
    const own = random();
    const wrongBase = draw < rates.base;
    const wrongCustom = draw < rates.custom * 0.9 || (!wrongBase && own < broken);
    base.push(...heard(word, wrongBase, kind, speech, index === 0));
    custom.push(...heard(word, wrongCustom, kind, speech, index === 0));
  }
  let baseText = base.join(' ');
  if (random() < 0.3 && baseText.endsWith('.')) baseText = baseText.slice(0, -1);
  return { base: baseText, custom: custom.join(' ') };
}

/** A word as a model heard it: as said, or with one error of the drawn kind. */
function heard(
  word: string,
  wrong: boolean,
  kind: number,
  speech: SpeechWords,
  first: boolean,
): string[] {
  if (!wrong) return [word];
  const stop = word.endsWith('.') ? '.' : '';
  const bare = stop ? word.slice(0, -1) : word;
  const lower = first ? bare.toLowerCase() : bare;
  const capital = (text: string) => (first ? `${text[0].toUpperCase()}${text.slice(1)}` : text);
  const confusion = speech.confusions.find(([a, b]) => a === lower || b === lower);
  if (confusion && kind < 0.75) {
    const other = confusion[0] === lower ? confusion[1] : confusion[0];
    return [`${capital(other)}${stop}`];
  }
  // Short, unstressed words are the ones a recogniser drops.
  if (kind < 0.55 && bare.length <= 4 && !stop && !first) return [];
  if (kind < 0.85) {
    const filler = speech.insertions[Math.floor(kind * 1000) % speech.insertions.length];
    return first ? [capital(filler), lower + stop] : [word, filler];
  }
  // A near miss: the word heard with its ending lost.
  return bare.length > 4 ? [`${capital(lower.slice(0, -1))}${stop}`] : [word, speech.insertions[0]];
}
