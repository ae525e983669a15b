import type { accuracy as en } from '../en/accuracy.js';
import { plural, type SectionOf } from '../catalogue.js';

/** German: strings of the details' Accuracy section. */
export const accuracy: SectionOf<typeof en> = {
  'cm.accuracy.title': 'Genauigkeit',
  'cm.accuracy.werExplained':
    'Wortfehlerrate (WER): der Anteil der Wörter, die das Modell in Ihrem Testdatensatz falsch erkennt (vertauscht, ausgelassen oder hinzugefügt). Niedriger ist besser.',
  'cm.accuracy.testSetHelp':
    'Ein Testdatensatz sind Audiodateien mit passenden Transkripten, mit denen das Modell nicht trainiert wurde. Laden Sie ihn unten hoch; er bleibt von den Trainingsdaten getrennt.',
  'cm.accuracy.testSetCount': (count: number) =>
    plural('de', count, { one: '# Testdatei', other: '# Testdateien' }),
  'cm.accuracy.start': 'Genauigkeit messen',
  'cm.accuracy.again': 'Erneut messen',
  'cm.accuracy.retry': 'Erneut versuchen',
  'cm.accuracy.needsTraining':
    'Die Genauigkeit kann gemessen werden, sobald das Modell erfolgreich trainiert wurde.',
  'cm.accuracy.needsTestSet': 'Laden Sie zuerst einen Testdatensatz hoch.',
  'cm.accuracy.none': 'Die Genauigkeit dieses Modells wurde noch nicht gemessen.',
  'cm.accuracy.running': 'Genauigkeit wird gemessen…',
  'cm.accuracy.runningProgress': (percent: string) =>
    `Genauigkeit wird gemessen: ${percent} erledigt`,
  'cm.accuracy.failedTitle': 'Die Genauigkeit konnte nicht gemessen werden',
  'cm.accuracy.failedNoReason': 'Der Dienst hat keinen Grund genannt.',
  'cm.accuracy.loadError': 'Die Genauigkeit konnte nicht geladen werden.',
  'cm.accuracy.startError': 'Die Messung konnte nicht gestartet werden.',
  'cm.accuracy.better': (custom: string, base: string, change: string) =>
    `Ihr benutzerdefiniertes Modell erkennt ${custom} der Wörter falsch, das Basismodell ${base}: ${change} weniger Fehler.`,
  'cm.accuracy.worse': (custom: string, base: string, change: string) =>
    `Ihr benutzerdefiniertes Modell erkennt ${custom} der Wörter falsch, das Basismodell ${base}: ${change} mehr Fehler. Mehr passende Trainingsdaten helfen meist.`,
  'cm.accuracy.same': (custom: string) =>
    `Ihr benutzerdefiniertes Modell und das Basismodell erkennen beide ${custom} der Wörter falsch.`,
  'cm.accuracy.base': 'Basismodell',
  'cm.accuracy.custom': 'Benutzerdefiniertes Modell',
  'cm.accuracy.chartLabel': (base: string, custom: string) =>
    `Wortfehlerrate: Basismodell ${base}, benutzerdefiniertes Modell ${custom}.`,
  'cm.accuracy.breakdown': 'Fehler nach Art',
  'cm.accuracy.col.model': 'Modell',
  'cm.accuracy.col.wer': 'WER',
  'cm.accuracy.col.words': 'Wörter',
  'cm.accuracy.col.substitutions': 'Ersetzungen',
  'cm.accuracy.col.deletions': 'Auslassungen',
  'cm.accuracy.col.insertions': 'Einfügungen',
  'cm.accuracy.files': 'Pro Testdatei',
  'cm.accuracy.filesHelp':
    'Sortiert nach der WER des benutzerdefinierten Modells, schlechteste zuerst. Wählen Sie eine Spalte zum Sortieren.',
  'cm.accuracy.col.file': 'Testdatei',
  'cm.accuracy.col.baseWer': 'WER Basis',
  'cm.accuracy.col.customWer': 'WER benutzerdefiniert',
  'cm.accuracy.measuredAt': (date: string) => `Gemessen ${date}`,
  'cm.accuracy.ended': (name: string) => `Die Genauigkeit von „${name}“ wurde gemessen.`,
  'cm.accuracy.endedFailed': (name: string) =>
    `Die Genauigkeit von „${name}“ konnte nicht gemessen werden.`,
};
