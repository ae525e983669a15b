import type { details as en } from '../en/details.js';
import { formatPercent, plural, type SectionOf } from '../catalogue.js';

/** French: strings of `<custom-model-details>`. */
export const details: SectionOf<typeof en> = {
  'cm.details.back': 'Retour aux modèles personnalisés',
  'cm.details.noModelId': 'Aucun modèle personnalisé n’a été choisi.',

  'cm.details.notFoundTitle': 'Modèle personnalisé introuvable',
  'cm.details.notFound':
    'Ce modèle personnalisé n’existe pas ou a été supprimé. Revenez à la liste pour en choisir un autre.',
  'cm.details.forbiddenTitle': 'Pas d’accès à ce modèle personnalisé',
  'cm.details.forbidden':
    'Votre compte n’est pas autorisé à consulter ce modèle personnalisé. Demandez l’accès à votre administrateur ou revenez à la liste.',
  'cm.details.networkTitle': 'Le service est injoignable',
  'cm.details.network': 'Vérifiez votre connexion et réessayez.',
  'cm.details.errorTitle': 'Impossible de charger le modèle personnalisé',

  'cm.details.rename': 'Renommer le modèle',
  'cm.details.nameLabel': 'Nom du modèle',
  'cm.details.save': 'Enregistrer',
  'cm.details.saving': 'Enregistrement…',
  'cm.details.nameRequired': 'Saisissez un nom pour le modèle.',
  'cm.details.nameTooLong': (max) =>
    `Le nom ne peut pas dépasser ${plural('fr', max, { one: '# caractère', other: '# caractères' })}.`,
  'cm.details.nameHelp': 'Appuyez sur Entrée pour enregistrer ou sur Échap pour annuler.',
  'cm.details.renamed': 'Modèle personnalisé renommé.',

  'cm.details.status': 'Statut de l’entraînement',
  'cm.details.baseLanguage': 'Langue de base',
  'cm.details.lastModified': 'Dernière modification',
  'cm.details.created': 'Création',
  'cm.details.trainingStarted': 'Début de l’entraînement',
  'cm.details.trainingEnded': 'Fin de l’entraînement',
  'cm.details.key': 'Clé',
  'cm.details.copyKey': 'Copier la clé',
  'cm.details.copied': 'Clé copiée',
  'cm.details.copyFailed': 'Impossible de copier la clé',

  'cm.details.meaning': 'Ce que cela signifie',
  'cm.details.nextStep': 'Étape suivante',
  'cm.details.status.1.meaning':
    'Le modèle a été créé, mais il n’est pas encore entraîné. L’entraînement nécessite des jeux de données\u00a0: des fichiers audio et les transcriptions correspondantes.',
  'cm.details.status.1.next':
    'Importez vos jeux de données ci-dessous, puis choisissez «\u00a0Entraîner le modèle\u00a0» pour lancer l’entraînement.',
  'cm.details.status.1.nextWithData':
    'Vos jeux de données sont importés. Choisissez «\u00a0Entraîner le modèle\u00a0» en dessous pour lancer l’entraînement, ou importez d’abord d’autres fichiers.',
  'cm.details.status.2.meaning':
    'Les jeux de données sont importés et l’entraînement est en file d’attente. Il démarrera automatiquement.',
  'cm.details.status.2.next':
    'Vous n’avez rien à faire\u00a0: l’entraînement ne peut pas être lancé manuellement, et les jeux de données ne peuvent pas être modifiés avant qu’il soit terminé. Cette page se met à jour automatiquement.',
  'cm.details.status.3.meaning':
    'L’entraînement est en cours\u00a0: le système traite vos données.',
  'cm.details.status.3.next':
    'L’entraînement ne peut pas être interrompu, et le modèle ne peut pas être modifié avant qu’il soit terminé. Cette page se met à jour automatiquement.',
  'cm.details.status.4.meaning':
    'Ce modèle est entraîné\u00a0: il peut servir à la transcription à la place de sa langue de base.',
  'cm.details.status.4.next':
    'Lorsque vous importez des fichiers audio à transcrire, sélectionnez ce modèle dans la liste des langues. Il y figure sous sa langue de base.',
  'cm.details.status.5.meaning':
    'Une erreur s’est produite pendant l’entraînement\u00a0: le modèle est inutilisable et requiert votre attention.',
  'cm.details.status.5.next':
    'Corrigez les jeux de données\u00a0: supprimez les fichiers vides ou erronés et importez des fichiers audio avec les transcriptions correspondantes. Choisissez ensuite «\u00a0Entraîner le modèle\u00a0» pour réessayer.',
  'cm.details.status.5.nextNoDelete':
    'Corrigez les jeux de données\u00a0: importez des fichiers audio avec les transcriptions correspondantes. Les fichiers vides ou erronés ne peuvent pas être supprimés ici\u00a0; demandez à votre administrateur ou au support de les supprimer. Choisissez ensuite «\u00a0Entraîner le modèle\u00a0» pour réessayer.',
  'cm.details.status.unknown.meaning': (code) =>
    `Le service indique un statut d’entraînement que cette page ne connaît pas (${code}).`,
  'cm.details.status.unknown.next':
    'Revenez plus tard ou contactez l’assistance si la situation persiste.',
  'cm.details.serverMessage': 'Message du service',
  'cm.details.trainingLog': 'Journal d’entraînement',
  'cm.details.progressLabel': 'Progression de l’entraînement',
  'cm.details.progress': (percent) => `Terminé à ${formatPercent('fr', percent)}`,
  'cm.details.progressUnknown': 'Démarrage…',

  'cm.details.train': 'Entraîner le modèle',
  'cm.details.confirmTitle': 'Lancer l’entraînement\u202f?',
  'cm.details.confirmCost': (credits) =>
    `L’entraînement de ce modèle utilise 1 crédit d’entraînement. Il reste ${plural('fr', credits, { one: '# crédit d’entraînement', other: '# crédits d’entraînement' })} à votre organisation.`,
  'cm.details.confirmNoCredits':
    'Votre organisation n’a plus de crédits d’entraînement. Contactez votre administrateur au sujet de votre forfait.',
  'cm.details.confirmNote': 'Une fois lancé, l’entraînement ne peut pas être interrompu.',
  'cm.details.confirmStart': 'Lancer l’entraînement',
  'cm.details.retryTitle': 'Réentraîner avec les mêmes données\u202f?',
  'cm.details.retrySameData':
    'Le dernier entraînement a échoué, et aucun jeu de données n’a été ajouté ni supprimé depuis. Réentraîner les mêmes données échouera très probablement de la même façon.',
  'cm.details.retryReason': 'Cause de l’échec\u00a0:',
  'cm.details.retryStart': 'Réentraîner quand même',
  'cm.details.useModel': 'Utiliser ce modèle',
  'cm.details.goToAccuracy': 'Aller à la précision',
  'cm.details.trainStarted': (name) =>
    `L’entraînement de «\u00a0${name}\u00a0» est en file d’attente.`,

  'cm.details.liveError': 'Impossible d’actualiser le statut. Nouvelle tentative dans un instant.',

  'cm.details.datasets': 'Jeux de données',
  'cm.details.datasetsCount': (count) =>
    plural('fr', count, { one: '# fichier', other: '# fichiers' }),
  'cm.details.datasetsEmpty':
    'Aucun jeu de données pour l’instant. Importez des fichiers audio accompagnés de transcriptions portant le même nom.',
  'cm.details.datasetsError': 'Impossible de charger les jeux de données.',
  'cm.details.uploadQueued':
    'L’entraînement est en file d’attente et démarre tout seul. Vous pourrez de nouveau importer des fichiers une fois celui-ci terminé.',
  'cm.details.uploadLocked':
    'Vous pourrez de nouveau importer des fichiers une fois l’entraînement terminé.',
  'cm.details.mark.culprit': 'L’entraînement a échoué sur ce fichier',
  'cm.details.mark.unpaired': 'Pas de transcription',
  'cm.details.mark.empty': 'Fichier vide',
  'cm.details.totals.audio': (minutes, paired, unpaired) =>
    `Audio d’entraînement : ${minutes} min (${paired} min avec transcription, ${unpaired} min sans)`,
  'cm.details.totals.audioUnknown': 'Audio d’entraînement : durée inconnue',
  'cm.details.totals.unknown': (count) =>
    plural('fr', count, {
      one: 'durée inconnue pour # fichier audio',
      other: 'durée inconnue pour # fichiers audio',
    }),
  'cm.details.totals.words': (words) => `${words} mots dans les transcriptions`,
  'cm.details.confirmUnpaired': 'Audio sans transcription, exclu de l’entraînement',
  'cm.details.confirmEmpty': 'Fichiers vides, l’entraînement peut échouer sur eux',
  'cm.details.col.name': 'Nom',
  'cm.details.col.kind': 'Type',
  'cm.details.col.size': 'Taille',
  'cm.details.col.duration': 'Durée',
  'cm.details.col.uploaded': 'Importé le',
  'cm.details.col.actions': 'Actions',
  'cm.details.kind.audio': 'Audio',
  'cm.details.kind.transcript': 'Transcription',
  'cm.details.kind.manifest': 'Manifeste',
  'cm.details.kind.test-set': 'Jeu de test',
  'cm.details.kind.test-audio': 'Audio de test',
  'cm.details.kind.test-reference': 'Référence de test',
  'cm.details.downloadHint': '(télécharger, s’ouvre dans un nouvel onglet)',
  'cm.details.deleteDataset': (name) => `Supprimer ${name}`,
  'cm.details.deleteTitle': 'Supprimer le jeu de données',
  'cm.details.deleteText': (name) =>
    `Voulez-vous vraiment supprimer «\u00a0${name}\u00a0» de ce modèle\u202f? Cette action est irréversible.`,
  'cm.details.delete': 'Supprimer',
  'cm.details.deleted': (name) => `Jeu de données «\u00a0${name}\u00a0» supprimé.`,
};
