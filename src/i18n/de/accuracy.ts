import type { accuracy as en } from '../en/accuracy.js';
import { formatCount, plural, type SectionOf } from '../catalogue.js';

const n = (count: number) => formatCount('de', count);
const items = (count: number) =>
  plural('de', count, { one: '# Testelement', other: '# Testelemente' });

/** German: strings of the details' Accuracy section. */
export const accuracy: SectionOf<typeof en> = {
  'cm.accuracy.title': 'Genauigkeit',
  'cm.accuracy.werExplained':
    'Wortfehlerrate (WER): der Anteil der Wörter, die das Modell in Ihrem Testdatensatz falsch erkennt (vertauscht, ausgelassen oder hinzugefügt). Niedriger ist besser.',
  'cm.accuracy.testSetHelp':
    'Ein Testelement ist eine Aufnahme mit ihrem Referenztranskript gleichen Namens (test-01.wav mit test-01.txt), nicht zum Training verwendet. Legen Sie hier nur Testdaten ab; sie bleiben von den Trainingsdaten getrennt.',
  'cm.accuracy.testItemCount': (count: number) => items(count),
  'cm.accuracy.step.testSet': 'Testdatensatz',
  'cm.accuracy.step.measure': 'Messen',
  'cm.accuracy.step.result': 'Ergebnis',
  'cm.accuracy.unpaired.audio': 'Audio ohne Referenztranskript (nicht bewertet):',
  'cm.accuracy.unpaired.reference': 'Transkripte ohne Audio (nicht bewertet):',
  'cm.accuracy.unpaired.ambiguous':
    'Mehr als eine Audiodatei oder ein Transkript gleichen Namens (nicht bewertet):',
  'cm.accuracy.start': 'Genauigkeit messen',
  'cm.accuracy.again': 'Erneut messen',
  'cm.accuracy.retry': 'Erneut versuchen',
  'cm.accuracy.needsTraining':
    'Die Genauigkeit kann gemessen werden, sobald das Modell erfolgreich trainiert wurde.',
  'cm.accuracy.needsTestItem':
    'Laden Sie zuerst ein Testelement hoch: eine Aufnahme mit ihrem Referenztranskript gleichen Namens.',
  'cm.accuracy.none': 'Die Genauigkeit dieses Modells wurde noch nicht gemessen.',
  'cm.accuracy.next.upload':
    'Laden Sie unter Testdatensatz Aufnahmen mit ihren Referenztranskripten hoch (test-01.wav mit test-01.txt).',
  'cm.accuracy.next.train':
    'Trainieren Sie zuerst das Modell; messen Sie dann hier seine Genauigkeit.',
  'cm.accuracy.next.measure':
    'Wählen Sie „Genauigkeit messen“: Beide Modelle transkribieren den Testdatensatz.',
  'cm.accuracy.next.wait': 'Warten Sie auf das Ergebnis; es erscheint hier.',
  'cm.accuracy.next.retry':
    'Versuchen Sie es erneut; schlägt es wieder fehl, prüfen Sie den Testdatensatz.',
  'cm.accuracy.next.better':
    'Verwenden Sie dieses Modell, oder sehen Sie unten Wort für Wort, was es verbessert und was es verschlechtert hat.',
  'cm.accuracy.next.worse':
    'Sehen Sie unten Wort für Wort, was das benutzerdefinierte Modell verschlechtert hat; mehr passende Trainingsdaten helfen meist.',
  'cm.accuracy.next.moreData':
    'Fügen Sie Testelemente hinzu (30 Minuten Audio oder mehr werden empfohlen) und messen Sie erneut.',
  'cm.accuracy.running': 'Genauigkeit wird gemessen…',
  'cm.accuracy.runningProgress': (percent: string) =>
    `Genauigkeit wird gemessen: ${percent} erledigt`,
  'cm.accuracy.failedTitle': 'Die Genauigkeit konnte nicht gemessen werden',
  'cm.accuracy.failedNoReason': 'Der Dienst hat keinen Grund genannt.',
  'cm.accuracy.loadError': 'Die Genauigkeit konnte nicht geladen werden.',
  'cm.accuracy.startError': 'Die Messung konnte nicht gestartet werden.',
  'cm.accuracy.verdict.better': (points: string, confidence: string, low: string, high: string) =>
    `Benutzerdefiniert ist besser: ${points} Prozentpunkte niedrigere WER (${confidence}-Intervall ${low} bis ${high})`,
  'cm.accuracy.verdict.worse': (points: string, confidence: string, low: string, high: string) =>
    `Benutzerdefiniert ist schlechter: ${points} Prozentpunkte höhere WER (${confidence}-Intervall ${low} bis ${high})`,
  'cm.accuracy.verdict.none': 'Nicht genug Belege: Fügen Sie Testdaten hinzu',
  'cm.accuracy.why.too-few-items': (count: number, min: number) =>
    `nur ${items(count)}; ein Urteil braucht mindestens ${n(min)}`,
  'cm.accuracy.why.too-few-words': (count: number, min: number) =>
    `nur ${plural('de', count, { one: '# Referenzwort', other: '# Referenzwörter' })}; ein Urteil braucht mindestens ${n(min)}`,
  'cm.accuracy.why.interval-includes-zero': (confidence: string, low: string, high: string) =>
    `der Unterschied kann Zufall sein: Sein ${confidence}-Intervall, ${low} bis ${high} Prozentpunkte, enthält 0`,
  'cm.accuracy.why': (reasons: string) => `Warum: ${reasons}.`,
  'cm.accuracy.rates': (base: string, custom: string) =>
    `Wortfehlerrate: Basismodell ${base}, benutzerdefiniertes Modell ${custom}.`,
  'cm.accuracy.ratesNormalized': (
    profile: string,
    base: string,
    custom: string,
    rawBase: string,
    rawCustom: string,
  ) =>
    `Normalisierte Wortfehlerrate (Regeln „${profile}“): Basismodell ${base}, benutzerdefiniertes Modell ${custom}; roh, Wörter wie geschrieben: ${rawBase} und ${rawCustom}.`,
  'cm.accuracy.size': (count: number, words: number) =>
    `Testdatensatz: ${items(count)}, ${plural('de', words, { one: '# Wort', other: '# Wörter' })}`,
  'cm.accuracy.sizeMinutes': (minutes: string) => `${minutes} Minuten Audio`,
  'cm.accuracy.sizeMinutesUnknown': 'Länge des Audios unbekannt',
  'cm.accuracy.sizeAdvice': (minutes: string) => `${minutes} Minuten oder mehr werden empfohlen.`,
  'cm.accuracy.sizeEnough': (minutes: string) => `Mindestens die empfohlenen ${minutes} Minuten.`,
  'cm.accuracy.base': 'Basismodell',
  'cm.accuracy.custom': 'Benutzerdefiniertes Modell',
  'cm.accuracy.reference': 'Referenz',
  'cm.accuracy.chartLabel': (base: string, custom: string) =>
    `Wortfehlerrate: Basismodell ${base}, benutzerdefiniertes Modell ${custom}.`,
  'cm.accuracy.breakdown': 'Fehler nach Art',
  'cm.accuracy.profile': (profile: string) =>
    `Roh vergleicht die Wörter wie geschrieben. Normalisiert wendet zuerst die Regeln „${profile}“ an: Groß- und Kleinschreibung, Satzzeichen, Zahlen, Füllwörter, Bindestriche und Komposita angeglichen.`,
  'cm.accuracy.col.rawWer': 'WER roh',
  'cm.accuracy.col.normalizedWer': 'WER normalisiert',
  'cm.accuracy.col.words': 'Wörter',
  'cm.accuracy.col.substitutions': 'Ersetzungen',
  'cm.accuracy.col.deletions': 'Auslassungen',
  'cm.accuracy.col.insertions': 'Einfügungen',
  'cm.accuracy.inspect': 'Wort für Wort',
  'cm.accuracy.inspectHelp':
    'Öffnen Sie ein Testelement, um die Referenz und beide Transkripte ausgerichtet zu sehen, jeden Fehler markiert.',
  'cm.accuracy.sort': 'Sortieren',
  'cm.accuracy.sort.gain': 'Größter Gewinn zuerst',
  'cm.accuracy.sort.loss': 'Größter Verlust zuerst',
  'cm.accuracy.sort.name': 'Nach Name',
  'cm.accuracy.words': 'Wörter',
  'cm.accuracy.words.normalized': (profile: string) => `Normalisiert („${profile}“)`,
  'cm.accuracy.words.raw': 'Wie geschrieben',
  'cm.accuracy.marks': 'Markieren',
  'cm.accuracy.kind.substitute': 'Ersetzungen',
  'cm.accuracy.kind.delete': 'Auslassungen',
  'cm.accuracy.kind.insert': 'Einfügungen',
  'cm.accuracy.mark.substitute': 'Ersetzung:',
  'cm.accuracy.mark.became': 'wurde zu',
  'cm.accuracy.mark.delete': 'ausgelassen:',
  'cm.accuracy.mark.insert': 'hinzugefügt:',
  'cm.accuracy.gain': (errors: number) =>
    errors > 0
      ? `${plural('de', errors, { one: '# Fehler', other: '# Fehler' })} weniger`
      : errors < 0
        ? `${plural('de', -errors, { one: '# Fehler', other: '# Fehler' })} mehr`
        : 'keine Änderung',
  'cm.accuracy.itemRates': (base: string, custom: string) =>
    `Basis ${base}, benutzerdefiniert ${custom}`,
  'cm.accuracy.lineRates': (normalized: string, raw: string) =>
    `WER ${normalized} normalisiert, ${raw} roh`,
  'cm.accuracy.utterance': (index: number) => `Äußerung ${n(index)}`,
  'cm.accuracy.audio': (name: string) => `Audio von ${name}`,
  'cm.accuracy.totalsOnly':
    'Der Dienst hat nur Summen geliefert, kein Ergebnis pro Testelement: kein Urteil, wie sicher der Unterschied ist, und nichts, was sich Wort für Wort ansehen ließe.',
  'cm.accuracy.scoresOnly':
    'Der Dienst hat für dieses Element Werte geliefert, nicht seine Texte: Es gibt keine Wörter zu zeigen.',
  'cm.accuracy.unscored': 'Nicht bewertet (weder Texte noch Werte):',
  'cm.accuracy.confusions': 'Verbesserte und verschlechterte Wörter',
  'cm.accuracy.fixed': 'Vom benutzerdefinierten Modell verbessert',
  'cm.accuracy.broken': 'Vom benutzerdefinierten Modell verschlechtert',
  'cm.accuracy.noConfusions': 'Keine.',
  'cm.accuracy.col.said': 'Gesagt',
  'cm.accuracy.col.heard': 'Gehört',
  'cm.accuracy.leftOut': '(ausgelassen)',
  'cm.accuracy.added': '(nichts gesagt)',
  'cm.accuracy.export': 'Exportieren',
  'cm.accuracy.exportCsv': 'CSV herunterladen',
  'cm.accuracy.exportJson': 'JSON herunterladen',
  'cm.accuracy.measuredAt': (date: string) => `Gemessen ${date}`,
  'cm.accuracy.ended': (name: string) => `Die Genauigkeit von „${name}“ wurde gemessen.`,
  'cm.accuracy.endedFailed': (name: string) =>
    `Die Genauigkeit von „${name}“ konnte nicht gemessen werden.`,
};
