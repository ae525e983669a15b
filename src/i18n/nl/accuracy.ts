import type { accuracy as en } from '../en/accuracy.js';
import { formatCount, plural, type SectionOf } from '../catalogue.js';

const n = (count: number) => formatCount('nl', count);
const items = (count: number) => plural('nl', count, { one: '# testitem', other: '# testitems' });

/** Dutch: strings of the details' Accuracy section. */
export const accuracy: SectionOf<typeof en> = {
  'cm.accuracy.title': 'Nauwkeurigheid',
  'cm.accuracy.werExplained':
    'Woordfoutpercentage (WER): het deel van de woorden dat het model fout heeft op je testset (verwisseld, weggelaten of toegevoegd). Lager is beter.',
  'cm.accuracy.testSetHelp':
    'Een testitem is een opname met de referentietranscriptie van dezelfde naam (test-01.wav met test-01.txt), niet gebruikt voor training. Zet hier alleen testdata neer; die blijft gescheiden van de trainingsdata.',
  'cm.accuracy.testItemCount': (count: number) => items(count),
  'cm.accuracy.step.testSet': 'Testset',
  'cm.accuracy.step.measure': 'Meten',
  'cm.accuracy.step.result': 'Resultaat',
  'cm.accuracy.unpaired.audio': 'Audio zonder referentietranscriptie (niet gescoord):',
  'cm.accuracy.unpaired.reference': 'Transcripties zonder audio (niet gescoord):',
  'cm.accuracy.unpaired.ambiguous':
    'Meer dan één audiobestand of transcriptie met dezelfde naam (niet gescoord):',
  'cm.accuracy.start': 'Nauwkeurigheid meten',
  'cm.accuracy.again': 'Opnieuw meten',
  'cm.accuracy.retry': 'Opnieuw proberen',
  'cm.accuracy.needsTraining':
    'De nauwkeurigheid kan worden gemeten zodra het model met succes is getraind.',
  'cm.accuracy.needsTestItem':
    'Upload eerst een testitem: een opname met de referentietranscriptie van dezelfde naam.',
  'cm.accuracy.none': 'De nauwkeurigheid van dit model is nog niet gemeten.',
  'cm.accuracy.next.upload':
    'Upload bij Testset opnames met hun referentietranscripties (test-01.wav met test-01.txt).',
  'cm.accuracy.next.train': 'Train eerst het model; meet daarna hier de nauwkeurigheid.',
  'cm.accuracy.next.measure':
    'Kies ‘Nauwkeurigheid meten’: beide modellen transcriberen de testset.',
  'cm.accuracy.next.wait': 'Wacht op het resultaat; het verschijnt hier.',
  'cm.accuracy.next.retry': 'Probeer het opnieuw; mislukt het weer, controleer dan de testset.',
  'cm.accuracy.next.better':
    'Gebruik dit model, of bekijk hieronder woord voor woord wat het verbeterde en wat het verslechterde.',
  'cm.accuracy.next.worse':
    'Bekijk hieronder woord voor woord wat het aangepaste model verslechterde; meer passende trainingsdata helpt meestal.',
  'cm.accuracy.next.moreData':
    'Voeg testitems toe (30 minuten audio of meer wordt aangeraden) en meet opnieuw.',
  'cm.accuracy.running': 'Nauwkeurigheid wordt gemeten…',
  'cm.accuracy.runningProgress': (percent: string) =>
    `Nauwkeurigheid wordt gemeten: ${percent} klaar`,
  'cm.accuracy.failedTitle': 'De nauwkeurigheid kon niet worden gemeten',
  'cm.accuracy.failedNoReason': 'De dienst gaf geen reden.',
  'cm.accuracy.loadError': 'De nauwkeurigheid kon niet worden geladen.',
  'cm.accuracy.startError': 'De meting kon niet worden gestart.',
  'cm.accuracy.verdict.better': (points: string, confidence: string, low: string, high: string) =>
    `Aangepast is beter: ${points} punt lagere WER (${confidence}-interval ${low} tot ${high})`,
  'cm.accuracy.verdict.worse': (points: string, confidence: string, low: string, high: string) =>
    `Aangepast is slechter: ${points} punt hogere WER (${confidence}-interval ${low} tot ${high})`,
  'cm.accuracy.verdict.none': 'Niet genoeg bewijs: voeg testdata toe',
  'cm.accuracy.why.too-few-items': (count: number, min: number) =>
    `slechts ${items(count)}; een oordeel vraagt er minstens ${n(min)}`,
  'cm.accuracy.why.too-few-words': (count: number, min: number) =>
    `slechts ${plural('nl', count, { one: '# referentiewoord', other: '# referentiewoorden' })}; een oordeel vraagt er minstens ${n(min)}`,
  'cm.accuracy.why.interval-includes-zero': (confidence: string, low: string, high: string) =>
    `het verschil kan toeval zijn: het ${confidence}-interval, ${low} tot ${high} punt, bevat 0`,
  'cm.accuracy.why': (reasons: string) => `Waarom: ${reasons}.`,
  'cm.accuracy.rates': (base: string, custom: string) =>
    `Woordfoutpercentage: basismodel ${base}, aangepast model ${custom}.`,
  'cm.accuracy.ratesNormalized': (
    profile: string,
    base: string,
    custom: string,
    rawBase: string,
    rawCustom: string,
  ) =>
    `Genormaliseerd woordfoutpercentage (regels ‘${profile}’): basismodel ${base}, aangepast model ${custom}; ruw, woorden zoals geschreven: ${rawBase} en ${rawCustom}.`,
  'cm.accuracy.size': (count: number, words: number) =>
    `Testset: ${items(count)}, ${plural('nl', words, { one: '# woord', other: '# woorden' })}`,
  'cm.accuracy.sizeMinutes': (minutes: string) => `${minutes} minuten audio`,
  'cm.accuracy.sizeMinutesUnknown': 'lengte van de audio onbekend',
  'cm.accuracy.sizeAdvice': (minutes: string) => `${minutes} minuten of meer wordt aangeraden.`,
  'cm.accuracy.sizeEnough': (minutes: string) => `Minstens de aangeraden ${minutes} minuten.`,
  'cm.accuracy.base': 'Basismodel',
  'cm.accuracy.custom': 'Aangepast model',
  'cm.accuracy.reference': 'Referentie',
  'cm.accuracy.chartLabel': (base: string, custom: string) =>
    `Woordfoutpercentage: basismodel ${base}, aangepast model ${custom}.`,
  'cm.accuracy.breakdown': 'Fouten per soort',
  'cm.accuracy.profile': (profile: string) =>
    `Ruw vergelijkt de woorden zoals ze geschreven zijn. Genormaliseerd past eerst de regels ‘${profile}’ toe: hoofdletters, leestekens, getallen, stopwoorden, koppeltekens en samenstellingen gelijkgetrokken.`,
  'cm.accuracy.col.rawWer': 'Ruwe WER',
  'cm.accuracy.col.normalizedWer': 'Genormaliseerde WER',
  'cm.accuracy.col.words': 'Woorden',
  'cm.accuracy.col.substitutions': 'Vervangingen',
  'cm.accuracy.col.deletions': 'Weglatingen',
  'cm.accuracy.col.insertions': 'Invoegingen',
  'cm.accuracy.inspect': 'Woord voor woord',
  'cm.accuracy.inspectHelp':
    'Open een testitem om de referentie en beide transcripties uitgelijnd te zien, met elke fout gemarkeerd.',
  'cm.accuracy.sort': 'Sorteren',
  'cm.accuracy.sort.gain': 'Grootste winst eerst',
  'cm.accuracy.sort.loss': 'Grootste verlies eerst',
  'cm.accuracy.sort.name': 'Op naam',
  'cm.accuracy.words': 'Woorden',
  'cm.accuracy.words.normalized': (profile: string) => `Genormaliseerd (‘${profile}’)`,
  'cm.accuracy.words.raw': 'Zoals geschreven',
  'cm.accuracy.marks': 'Markeren',
  'cm.accuracy.kind.substitute': 'Vervangingen',
  'cm.accuracy.kind.delete': 'Weglatingen',
  'cm.accuracy.kind.insert': 'Invoegingen',
  'cm.accuracy.mark.substitute': 'vervanging:',
  'cm.accuracy.mark.became': 'werd',
  'cm.accuracy.mark.delete': 'weggelaten:',
  'cm.accuracy.mark.insert': 'toegevoegd:',
  'cm.accuracy.gain': (errors: number) =>
    errors > 0
      ? `${plural('nl', errors, { one: '# fout', other: '# fouten' })} minder`
      : errors < 0
        ? `${plural('nl', -errors, { one: '# fout', other: '# fouten' })} meer`
        : 'geen verschil',
  'cm.accuracy.itemRates': (base: string, custom: string) => `basis ${base}, aangepast ${custom}`,
  'cm.accuracy.lineRates': (normalized: string, raw: string) =>
    `WER ${normalized} genormaliseerd, ${raw} ruw`,
  'cm.accuracy.utterance': (index: number) => `Uiting ${n(index)}`,
  'cm.accuracy.audio': (name: string) => `Audio van ${name}`,
  'cm.accuracy.totalsOnly':
    'De dienst gaf alleen totalen, geen resultaat per testitem: er is geen oordeel over hoe zeker het verschil is, en niets om woord voor woord te bekijken.',
  'cm.accuracy.scoresOnly':
    'De dienst gaf voor dit item scores, niet de teksten: er zijn geen woorden om te tonen.',
  'cm.accuracy.unscored': 'Niet gescoord (geen teksten en geen scores):',
  'cm.accuracy.confusions': 'Verbeterde en verslechterde woorden',
  'cm.accuracy.fixed': 'Verbeterd door het aangepaste model',
  'cm.accuracy.broken': 'Verslechterd door het aangepaste model',
  'cm.accuracy.noConfusions': 'Geen.',
  'cm.accuracy.col.said': 'Gezegd',
  'cm.accuracy.col.heard': 'Gehoord',
  'cm.accuracy.leftOut': '(weggelaten)',
  'cm.accuracy.added': '(niets gezegd)',
  'cm.accuracy.export': 'Exporteren',
  'cm.accuracy.exportCsv': 'CSV downloaden',
  'cm.accuracy.exportJson': 'JSON downloaden',
  'cm.accuracy.measuredAt': (date: string) => `Gemeten ${date}`,
  'cm.accuracy.ended': (name: string) => `De nauwkeurigheid van “${name}” is gemeten.`,
  'cm.accuracy.endedFailed': (name: string) =>
    `De nauwkeurigheid van “${name}” kon niet worden gemeten.`,
};
