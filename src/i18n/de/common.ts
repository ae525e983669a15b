import type { common as en } from '../en/common.js';
import type { SectionOf } from '../catalogue.js';

/** German (formal "Sie"): strings shared by several elements, and the status names. */
export const common: SectionOf<typeof en> = {
  'cm.status.1': 'Nicht gestartet',
  'cm.status.2': 'Bereit zum Start',
  'cm.status.3': 'Läuft',
  'cm.status.4': 'Erfolgreich',
  'cm.status.5': 'Fehlgeschlagen',
  'cm.status.unknown': 'Unbekannt',
  'cm.status.prefix': 'Trainingsstatus:',
  'cm.noAdapter':
    'Kein API-Adapter verbunden. Setzen Sie dieses Element in <custom-models-provider> oder legen Sie seine Eigenschaft api fest.',
  'cm.retry': 'Erneut versuchen',
  'cm.wer.value': (rate: string) => `WER ${rate}`,
  'cm.wer.withGain': (rate: string, points: string) => `WER ${rate} (${points} Pkt. ggü. Basis)`,
  'cm.wer.measuring': 'Wird gemessen…',
  'cm.cancel': 'Abbrechen',
  'cm.loading': 'Wird geladen…',
  'cm.error.generic': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  'cm.error.network':
    'Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'cm.error.duplicateName':
    'Es gibt bereits ein benutzerdefiniertes Modell mit diesem Namen. Wählen Sie einen anderen Namen.',
  'cm.error.planLimit':
    'Der Tarif Ihrer Organisation erlaubt dies nicht. Wenden Sie sich wegen des Tarifs an Ihren Administrator.',
  'cm.error.modelBusy':
    'Dieses Modell wartet oder wird trainiert. Warten Sie, bis das Training beendet ist.',
  'cm.error.emptyTranscript':
    'Ein Transkript ist leer. Löschen Sie es oder laden Sie es mit seinem Text erneut hoch.',
  'cm.error.noAudio':
    'Es gibt kein Audio zum Trainieren. Laden Sie Audiodateien mit ihren Transkripten hoch.',
  'cm.error.unreadableAudio':
    'Diese Datei ist kein Audio, das der Dienst lesen kann. Laden Sie WAV-, FLAC-, MP3- oder M4A-Audio hoch.',
  'cm.error.unknownModel':
    'Dieses benutzerdefinierte Modell existiert nicht mehr. Es wurde möglicherweise gelöscht.',
  'cm.error.serviceSaid': 'Der Dienst meldete:',
  'cm.rules.renameTraining': 'Das Modell kann während des Trainings nicht umbenannt werden.',
  'cm.rules.deleteTraining': 'Das Modell kann während des Trainings nicht gelöscht werden.',
  'cm.rules.datasetsBusy':
    'Solange das Modell in der Warteschlange steht oder trainiert wird, können keine Datensätze hochgeladen oder gelöscht werden.',
  'cm.rules.trainStatus':
    'Ein Training kann nur für ein Modell gestartet werden, das nicht läuft oder fehlgeschlagen ist.',
  'cm.rules.trainNeedsData': 'Laden Sie vor dem Training mindestens einen Datensatz hoch.',
  'cm.rules.uploadTrained':
    'Dieses Modell ist trainiert. Jetzt hochgeladene Trainingsdaten würden nicht verwendet: Ein trainiertes Modell kann nicht erneut trainiert werden.',
};
