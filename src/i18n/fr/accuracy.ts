import type { accuracy as en } from '../en/accuracy.js';
import { plural, type SectionOf } from '../catalogue.js';

/** French: strings of the details' Accuracy section. */
export const accuracy: SectionOf<typeof en> = {
  'cm.accuracy.title': 'Précision',
  'cm.accuracy.werExplained':
    'Taux d’erreur de mots (WER) : la part des mots que le modèle se trompe sur votre jeu de test (remplacés, omis ou ajoutés). Plus il est bas, mieux c’est.',
  'cm.accuracy.testSetHelp':
    'Un jeu de test est un ensemble d’audios avec leurs transcriptions, sur lesquels le modèle n’a pas été entraîné. Importez-le ci-dessous ; il reste séparé des données d’entraînement.',
  'cm.accuracy.testSetCount': (count: number) =>
    plural('fr', count, { one: '# fichier de test', other: '# fichiers de test' }),
  'cm.accuracy.start': 'Mesurer la précision',
  'cm.accuracy.again': 'Mesurer à nouveau',
  'cm.accuracy.retry': 'Réessayer',
  'cm.accuracy.needsTraining':
    'La précision peut être mesurée une fois le modèle entraîné avec succès.',
  'cm.accuracy.needsTestSet': 'Importez d’abord un jeu de test.',
  'cm.accuracy.none': 'La précision de ce modèle n’a pas encore été mesurée.',
  'cm.accuracy.running': 'Mesure de la précision…',
  'cm.accuracy.runningProgress': (percent: string) =>
    `Mesure de la précision : ${percent} effectués`,
  'cm.accuracy.failedTitle': 'La précision n’a pas pu être mesurée',
  'cm.accuracy.failedNoReason': 'Le service n’a pas donné de raison.',
  'cm.accuracy.loadError': 'La précision n’a pas pu être chargée.',
  'cm.accuracy.startError': 'La mesure n’a pas pu démarrer.',
  'cm.accuracy.better': (custom: string, base: string, change: string) =>
    `Votre modèle personnalisé se trompe sur ${custom} des mots, le modèle de base sur ${base} : ${change} d’erreurs en moins.`,
  'cm.accuracy.worse': (custom: string, base: string, change: string) =>
    `Votre modèle personnalisé se trompe sur ${custom} des mots, le modèle de base sur ${base} : ${change} d’erreurs en plus. Davantage de données d’entraînement adaptées aide généralement.`,
  'cm.accuracy.same': (custom: string) =>
    `Votre modèle personnalisé et le modèle de base se trompent tous deux sur ${custom} des mots.`,
  'cm.accuracy.base': 'Modèle de base',
  'cm.accuracy.custom': 'Modèle personnalisé',
  'cm.accuracy.chartLabel': (base: string, custom: string) =>
    `Taux d’erreur de mots : modèle de base ${base}, modèle personnalisé ${custom}.`,
  'cm.accuracy.breakdown': 'Erreurs par type',
  'cm.accuracy.col.model': 'Modèle',
  'cm.accuracy.col.wer': 'WER',
  'cm.accuracy.col.words': 'Mots',
  'cm.accuracy.col.substitutions': 'Substitutions',
  'cm.accuracy.col.deletions': 'Suppressions',
  'cm.accuracy.col.insertions': 'Insertions',
  'cm.accuracy.files': 'Par fichier de test',
  'cm.accuracy.filesHelp':
    'Trié par WER du modèle personnalisé, le pire en premier. Choisissez une colonne pour trier.',
  'cm.accuracy.col.file': 'Fichier de test',
  'cm.accuracy.col.baseWer': 'WER de base',
  'cm.accuracy.col.customWer': 'WER personnalisé',
  'cm.accuracy.measuredAt': (date: string) => `Mesuré le ${date}`,
  'cm.accuracy.ended': (name: string) => `La précision de «\u00a0${name}\u00a0» a été mesurée.`,
  'cm.accuracy.endedFailed': (name: string) =>
    `La précision de «\u00a0${name}\u00a0» n’a pas pu être mesurée.`,
};
