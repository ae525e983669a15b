import type { accuracy as en } from '../en/accuracy.js';
import { plural, type SectionOf } from '../catalogue.js';

/** Dutch: strings of the details' Accuracy section. */
export const accuracy: SectionOf<typeof en> = {
  'cm.accuracy.title': 'Nauwkeurigheid',
  'cm.accuracy.werExplained':
    'Woordfoutpercentage (WER): het deel van de woorden dat het model fout heeft op je testset (verwisseld, weggelaten of toegevoegd). Lager is beter.',
  'cm.accuracy.testSetHelp':
    'Een testset is audio met bijpassende transcripties waarop het model niet is getraind. Upload die hieronder; hij blijft gescheiden van de trainingsdata.',
  'cm.accuracy.testSetCount': (count: number) =>
    plural('nl', count, { one: '# testbestand', other: '# testbestanden' }),
  'cm.accuracy.start': 'Nauwkeurigheid meten',
  'cm.accuracy.again': 'Opnieuw meten',
  'cm.accuracy.retry': 'Opnieuw proberen',
  'cm.accuracy.needsTraining':
    'De nauwkeurigheid kan worden gemeten zodra het model met succes is getraind.',
  'cm.accuracy.needsTestSet': 'Upload eerst een testset.',
  'cm.accuracy.none': 'De nauwkeurigheid van dit model is nog niet gemeten.',
  'cm.accuracy.running': 'Nauwkeurigheid wordt gemeten…',
  'cm.accuracy.runningProgress': (percent: string) =>
    `Nauwkeurigheid wordt gemeten: ${percent} klaar`,
  'cm.accuracy.failedTitle': 'De nauwkeurigheid kon niet worden gemeten',
  'cm.accuracy.failedNoReason': 'De dienst gaf geen reden.',
  'cm.accuracy.loadError': 'De nauwkeurigheid kon niet worden geladen.',
  'cm.accuracy.startError': 'De meting kon niet worden gestart.',
  'cm.accuracy.better': (custom: string, base: string, change: string) =>
    `Je aangepaste model heeft ${custom} van de woorden fout, het basismodel ${base}: ${change} minder fouten.`,
  'cm.accuracy.worse': (custom: string, base: string, change: string) =>
    `Je aangepaste model heeft ${custom} van de woorden fout, het basismodel ${base}: ${change} meer fouten. Meer passende trainingsdata helpt meestal.`,
  'cm.accuracy.same': (custom: string) =>
    `Je aangepaste model en het basismodel hebben allebei ${custom} van de woorden fout.`,
  'cm.accuracy.base': 'Basismodel',
  'cm.accuracy.custom': 'Aangepast model',
  'cm.accuracy.chartLabel': (base: string, custom: string) =>
    `Woordfoutpercentage: basismodel ${base}, aangepast model ${custom}.`,
  'cm.accuracy.breakdown': 'Fouten per soort',
  'cm.accuracy.col.model': 'Model',
  'cm.accuracy.col.wer': 'WER',
  'cm.accuracy.col.words': 'Woorden',
  'cm.accuracy.col.substitutions': 'Vervangingen',
  'cm.accuracy.col.deletions': 'Weglatingen',
  'cm.accuracy.col.insertions': 'Invoegingen',
  'cm.accuracy.files': 'Per testbestand',
  'cm.accuracy.filesHelp':
    'Gesorteerd op de WER van het aangepaste model, slechtste eerst. Kies een kolom om te sorteren.',
  'cm.accuracy.col.file': 'Testbestand',
  'cm.accuracy.col.baseWer': 'WER basis',
  'cm.accuracy.col.customWer': 'WER aangepast',
  'cm.accuracy.measuredAt': (date: string) => `Gemeten ${date}`,
  'cm.accuracy.ended': (name: string) => `De nauwkeurigheid van “${name}” is gemeten.`,
  'cm.accuracy.endedFailed': (name: string) =>
    `De nauwkeurigheid van “${name}” kon niet worden gemeten.`,
};
