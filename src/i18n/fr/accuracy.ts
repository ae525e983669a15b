import type { accuracy as en } from '../en/accuracy.js';
import { formatCount, plural, type SectionOf } from '../catalogue.js';

const n = (count: number) => formatCount('fr', count);
const items = (count: number) =>
  plural('fr', count, { one: '# élément de test', other: '# éléments de test' });

/** French: strings of the details' Accuracy section. */
export const accuracy: SectionOf<typeof en> = {
  'cm.accuracy.title': 'Précision',
  'cm.accuracy.werExplained':
    'Taux d’erreur de mots (WER) : la part des mots que le modèle se trompe sur votre jeu de test (remplacés, omis ou ajoutés). Plus il est bas, mieux c’est.',
  'cm.accuracy.testSetHelp':
    'Un élément de test est un enregistrement avec sa transcription de référence du même nom (test-01.wav avec test-01.txt), non utilisé pour l’entraînement. Déposez ici uniquement des données de test ; elles restent séparées des données d’entraînement.',
  'cm.accuracy.testItemCount': (count: number) => items(count),
  'cm.accuracy.step.testSet': 'Jeu de test',
  'cm.accuracy.step.measure': 'Mesure',
  'cm.accuracy.step.result': 'Résultat',
  'cm.accuracy.unpaired.audio': 'Audio sans transcription de référence (non évalué) :',
  'cm.accuracy.unpaired.reference': 'Transcriptions sans audio (non évaluées) :',
  'cm.accuracy.unpaired.ambiguous':
    'Plusieurs fichiers audio ou transcriptions du même nom (non évalués) :',
  'cm.accuracy.start': 'Mesurer la précision',
  'cm.accuracy.again': 'Mesurer à nouveau',
  'cm.accuracy.retry': 'Réessayer',
  'cm.accuracy.needsTraining':
    'La précision peut être mesurée une fois le modèle entraîné avec succès.',
  'cm.accuracy.needsTestItem':
    'Importez d’abord un élément de test : un enregistrement avec sa transcription de référence du même nom.',
  'cm.accuracy.none': 'La précision de ce modèle n’a pas encore été mesurée.',
  'cm.accuracy.next.upload':
    'Importez sous Jeu de test des enregistrements avec leurs transcriptions de référence (test-01.wav avec test-01.txt).',
  'cm.accuracy.next.train': 'Entraînez d’abord le modèle, puis mesurez sa précision ici.',
  'cm.accuracy.next.measure':
    'Choisissez «\u00a0Mesurer la précision\u00a0» : les deux modèles transcrivent le jeu de test.',
  'cm.accuracy.next.wait': 'Attendez le résultat ; il s’affichera ici.',
  'cm.accuracy.next.retry': 'Réessayez ; en cas de nouvel échec, vérifiez le jeu de test.',
  'cm.accuracy.next.better':
    'Utilisez ce modèle, ou regardez mot à mot ci-dessous ce qu’il a corrigé et ce qu’il a dégradé.',
  'cm.accuracy.next.worse':
    'Regardez mot à mot ci-dessous ce que le modèle personnalisé a dégradé ; davantage de données d’entraînement adaptées aide généralement.',
  'cm.accuracy.next.moreData':
    'Ajoutez des éléments de test (30 minutes d’audio ou plus sont conseillées), puis mesurez à nouveau.',
  'cm.accuracy.running': 'Mesure de la précision…',
  'cm.accuracy.runningProgress': (percent: string) =>
    `Mesure de la précision : ${percent} effectués`,
  'cm.accuracy.failedTitle': 'La précision n’a pas pu être mesurée',
  'cm.accuracy.failedNoReason': 'Le service n’a pas donné de raison.',
  'cm.accuracy.loadError': 'La précision n’a pas pu être chargée.',
  'cm.accuracy.startError': 'La mesure n’a pas pu démarrer.',
  'cm.accuracy.verdict.better': (points: string, confidence: string, low: string, high: string) =>
    `Le modèle personnalisé est meilleur : WER inférieur de ${points} points (intervalle à ${confidence} de ${low} à ${high})`,
  'cm.accuracy.verdict.worse': (points: string, confidence: string, low: string, high: string) =>
    `Le modèle personnalisé est moins bon : WER supérieur de ${points} points (intervalle à ${confidence} de ${low} à ${high})`,
  'cm.accuracy.verdict.none': 'Pas assez de preuves : ajoutez des données de test',
  'cm.accuracy.why.too-few-items': (count: number, min: number) =>
    `seulement ${items(count)} ; un verdict en demande au moins ${n(min)}`,
  'cm.accuracy.why.too-few-words': (count: number, min: number) =>
    `seulement ${plural('fr', count, { one: '# mot de référence', other: '# mots de référence' })} ; un verdict en demande au moins ${n(min)}`,
  'cm.accuracy.why.interval-includes-zero': (confidence: string, low: string, high: string) =>
    `la différence peut être due au hasard : son intervalle à ${confidence}, de ${low} à ${high} points, contient 0`,
  'cm.accuracy.why': (reasons: string) => `Pourquoi : ${reasons}.`,
  'cm.accuracy.rates': (base: string, custom: string) =>
    `Taux d’erreur de mots : modèle de base ${base}, modèle personnalisé ${custom}.`,
  'cm.accuracy.ratesNormalized': (
    profile: string,
    base: string,
    custom: string,
    rawBase: string,
    rawCustom: string,
  ) =>
    `Taux d’erreur de mots normalisé (règles «\u00a0${profile}\u00a0») : modèle de base ${base}, modèle personnalisé ${custom} ; brut, mots tels qu’écrits : ${rawBase} et ${rawCustom}.`,
  'cm.accuracy.size': (count: number, words: number) =>
    `Jeu de test : ${items(count)}, ${plural('fr', words, { one: '# mot', other: '# mots' })}`,
  'cm.accuracy.sizeMinutes': (minutes: string) => `${minutes} minutes d’audio`,
  'cm.accuracy.sizeMinutesUnknown': 'durée de l’audio inconnue',
  'cm.accuracy.sizeAdvice': (minutes: string) => `${minutes} minutes ou plus sont conseillées.`,
  'cm.accuracy.sizeEnough': (minutes: string) => `Au moins les ${minutes} minutes conseillées.`,
  'cm.accuracy.base': 'Modèle de base',
  'cm.accuracy.custom': 'Modèle personnalisé',
  'cm.accuracy.reference': 'Référence',
  'cm.accuracy.chartLabel': (base: string, custom: string) =>
    `Taux d’erreur de mots : modèle de base ${base}, modèle personnalisé ${custom}.`,
  'cm.accuracy.breakdown': 'Erreurs par type',
  'cm.accuracy.profile': (profile: string) =>
    `Brut compare les mots tels qu’écrits. Normalisé applique d’abord les règles «\u00a0${profile}\u00a0» : casse, ponctuation, nombres, mots de remplissage, traits d’union et mots composés harmonisés.`,
  'cm.accuracy.col.rawWer': 'WER brut',
  'cm.accuracy.col.normalizedWer': 'WER normalisé',
  'cm.accuracy.col.words': 'Mots',
  'cm.accuracy.col.substitutions': 'Substitutions',
  'cm.accuracy.col.deletions': 'Suppressions',
  'cm.accuracy.col.insertions': 'Insertions',
  'cm.accuracy.inspect': 'Mot à mot',
  'cm.accuracy.inspectHelp':
    'Ouvrez un élément de test pour voir la référence et les deux transcriptions alignées, chaque erreur marquée.',
  'cm.accuracy.sort': 'Trier',
  'cm.accuracy.sort.gain': 'Plus grand gain d’abord',
  'cm.accuracy.sort.loss': 'Plus grande perte d’abord',
  'cm.accuracy.sort.name': 'Par nom',
  'cm.accuracy.words': 'Mots',
  'cm.accuracy.words.normalized': (profile: string) => `Normalisés («\u00a0${profile}\u00a0»)`,
  'cm.accuracy.words.raw': 'Tels qu’écrits',
  'cm.accuracy.marks': 'Marquer',
  'cm.accuracy.kind.substitute': 'Substitutions',
  'cm.accuracy.kind.delete': 'Suppressions',
  'cm.accuracy.kind.insert': 'Insertions',
  'cm.accuracy.mark.substitute': 'substitution :',
  'cm.accuracy.mark.became': 'devenu',
  'cm.accuracy.mark.delete': 'omis :',
  'cm.accuracy.mark.insert': 'ajouté :',
  'cm.accuracy.gain': (errors: number) =>
    errors > 0
      ? `${plural('fr', errors, { one: '# erreur', other: '# erreurs' })} en moins`
      : errors < 0
        ? `${plural('fr', -errors, { one: '# erreur', other: '# erreurs' })} en plus`
        : 'aucun changement',
  'cm.accuracy.itemRates': (base: string, custom: string) => `base ${base}, personnalisé ${custom}`,
  'cm.accuracy.lineRates': (normalized: string, raw: string) =>
    `WER ${normalized} normalisé, ${raw} brut`,
  'cm.accuracy.utterance': (index: number) => `Énoncé ${n(index)}`,
  'cm.accuracy.audio': (name: string) => `Audio de ${name}`,
  'cm.accuracy.totalsOnly':
    'Le service n’a donné que des totaux, sans résultat par élément de test : pas de verdict sur la fiabilité de la différence, ni rien à regarder mot à mot.',
  'cm.accuracy.scoresOnly':
    'Le service a donné des scores pour cet élément, pas ses textes : aucun mot à afficher.',
  'cm.accuracy.unscored': 'Non évalués (ni textes ni scores) :',
  'cm.accuracy.confusions': 'Mots corrigés et dégradés',
  'cm.accuracy.fixed': 'Corrigés par le modèle personnalisé',
  'cm.accuracy.broken': 'Dégradés par le modèle personnalisé',
  'cm.accuracy.noConfusions': 'Aucun.',
  'cm.accuracy.col.said': 'Dit',
  'cm.accuracy.col.heard': 'Entendu',
  'cm.accuracy.leftOut': '(omis)',
  'cm.accuracy.added': '(rien de dit)',
  'cm.accuracy.export': 'Exporter',
  'cm.accuracy.exportCsv': 'Télécharger le CSV',
  'cm.accuracy.exportJson': 'Télécharger le JSON',
  'cm.accuracy.measuredAt': (date: string) => `Mesuré le ${date}`,
  'cm.accuracy.ended': (name: string) => `La précision de «\u00a0${name}\u00a0» a été mesurée.`,
  'cm.accuracy.endedFailed': (name: string) =>
    `La précision de «\u00a0${name}\u00a0» n’a pas pu être mesurée.`,
};
