import type { common as en } from '../en/common.js';
import type { SectionOf } from '../catalogue.js';

/*
 * French typography: a no-break space (\u00a0) before ":" and inside « », a narrow no-break space
 * (\u202f) before "?", "!" and ";".
 */

/** French: strings shared by several elements, and the status names. */
export const common: SectionOf<typeof en> = {
  'cm.status.1': 'Non démarré',
  'cm.status.2': 'Prêt à démarrer',
  'cm.status.3': 'En cours',
  'cm.status.4': 'Réussi',
  'cm.status.5': 'Échec',
  'cm.status.unknown': 'Inconnu',
  'cm.status.prefix': 'Statut de l’entraînement\u00a0:',
  'cm.noAdapter':
    'Aucun adaptateur d’API n’est connecté. Placez cet élément dans <custom-models-provider> ou définissez sa propriété api.',
  'cm.retry': 'Réessayer',
  'cm.wer.value': (rate: string) => `WER ${rate}`,
  'cm.wer.withGain': (rate: string, points: string) => `WER ${rate} (${points} pts vs base)`,
  'cm.wer.measuring': 'Mesure en cours…',
  'cm.cancel': 'Annuler',
  'cm.loading': 'Chargement…',
  'cm.error.generic': 'Une erreur s’est produite. Veuillez réessayer.',
  'cm.error.network': 'Le service est injoignable. Vérifiez votre connexion et réessayez.',
  'cm.error.duplicateName': 'Un modèle personnalisé porte déjà ce nom. Choisissez-en un autre.',
  'cm.error.planLimit':
    'L’abonnement de votre organisation ne le permet pas. Contactez votre administrateur au sujet de l’abonnement.',
  'cm.error.modelBusy':
    'Ce modèle est en file d’attente ou en cours d’entraînement. Attendez la fin de l’entraînement.',
  'cm.error.emptyTranscript':
    'Une transcription est vide. Supprimez-la ou importez-la de nouveau avec son texte.',
  'cm.error.noAudio':
    'Il n’y a aucun audio pour l’entraînement. Importez des fichiers audio avec leurs transcriptions.',
  'cm.error.unreadableAudio':
    'Ce fichier n’est pas un audio que le service peut lire. Importez de l’audio WAV, FLAC, MP3 ou M4A.',
  'cm.error.unknownModel': 'Ce modèle personnalisé n’existe plus. Il a peut-être été supprimé.',
  'cm.error.serviceSaid': 'Le service a répondu :',
  'cm.rules.renameTraining': 'Le modèle ne peut pas être renommé pendant son entraînement.',
  'cm.rules.deleteTraining': 'Le modèle ne peut pas être supprimé pendant son entraînement.',
  'cm.rules.datasetsBusy':
    'Les jeux de données ne peuvent être ni importés ni supprimés tant que le modèle est en file d’attente ou en entraînement.',
  'cm.rules.trainStatus':
    'L’entraînement ne peut être lancé que pour un modèle non lancé ou en échec.',
  'cm.rules.trainNeedsData': 'Importez au moins un jeu de données avant l’entraînement.',
  'cm.rules.uploadTrained':
    'Ce modèle est entraîné. Les données d’entraînement importées maintenant ne seraient pas utilisées : un modèle entraîné ne peut pas être entraîné à nouveau.',
};
