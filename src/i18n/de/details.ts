import type { details as en } from '../en/details.js';
import { formatPercent, plural, type SectionOf } from '../catalogue.js';

/** German: strings of `<custom-model-details>`. */
export const details: SectionOf<typeof en> = {
  'cm.details.back': 'Zurück zu den benutzerdefinierten Modellen',
  'cm.details.noModelId': 'Es wurde kein benutzerdefiniertes Modell ausgewählt.',

  'cm.details.notFoundTitle': 'Benutzerdefiniertes Modell nicht gefunden',
  'cm.details.notFound':
    'Dieses benutzerdefinierte Modell existiert nicht oder wurde gelöscht. Kehren Sie zur Liste zurück, um ein anderes auszuwählen.',
  'cm.details.forbiddenTitle': 'Kein Zugriff auf dieses benutzerdefinierte Modell',
  'cm.details.forbidden':
    'Ihr Konto darf dieses benutzerdefinierte Modell nicht einsehen. Bitten Sie Ihren Administrator um Zugriff oder kehren Sie zur Liste zurück.',
  'cm.details.networkTitle': 'Der Dienst ist nicht erreichbar',
  'cm.details.network': 'Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'cm.details.errorTitle': 'Das benutzerdefinierte Modell konnte nicht geladen werden',

  'cm.details.rename': 'Modell umbenennen',
  'cm.details.nameLabel': 'Modellname',
  'cm.details.save': 'Speichern',
  'cm.details.saving': 'Wird gespeichert…',
  'cm.details.nameRequired': 'Geben Sie einen Namen für das Modell ein.',
  'cm.details.nameTooLong': (max) =>
    `Der Name darf höchstens ${plural('de', max, { one: '# Zeichen', other: '# Zeichen' })} lang sein.`,
  'cm.details.nameHelp': 'Drücken Sie die Eingabetaste zum Speichern oder Esc zum Abbrechen.',
  'cm.details.renamed': 'Benutzerdefiniertes Modell umbenannt.',

  'cm.details.status': 'Trainingsstatus',
  'cm.details.baseLanguage': 'Basissprache',
  'cm.details.lastModified': 'Zuletzt geändert',
  'cm.details.created': 'Erstellt',
  'cm.details.trainingStarted': 'Training gestartet',
  'cm.details.trainingEnded': 'Training beendet',
  'cm.details.key': 'Schlüssel',
  'cm.details.copyKey': 'Schlüssel kopieren',
  'cm.details.copied': 'Kopiert',
  'cm.details.copyFailed': 'Der Schlüssel konnte nicht kopiert werden',

  'cm.details.meaning': 'Was das bedeutet',
  'cm.details.nextStep': 'Nächster Schritt',
  'cm.details.status.1.meaning':
    'Das Modell wurde erstellt, ist aber noch nicht trainiert. Für das Training sind Datensätze nötig: Audiodateien mit passenden Transkripten.',
  'cm.details.status.1.next':
    'Laden Sie unten Ihre Datensätze hoch und wählen Sie dann „Modell trainieren“, um das Training zu starten.',
  'cm.details.status.1.nextWithData':
    'Ihre Datensätze sind hochgeladen. Wählen Sie darunter „Modell trainieren“, um das Training zu starten, oder laden Sie zuerst weitere Dateien hoch.',
  'cm.details.status.2.meaning':
    'Die Datensätze sind hochgeladen und das Training steht in der Warteschlange. Es startet automatisch.',
  'cm.details.status.2.next':
    'Sie müssen nichts tun: Das Training lässt sich nicht manuell starten, und die Datensätze können erst nach dem Training geändert werden. Diese Seite aktualisiert sich von selbst.',
  'cm.details.status.3.meaning': 'Das Training läuft: Das System verarbeitet Ihre Daten.',
  'cm.details.status.3.next':
    'Das Training kann nicht unterbrochen werden, und das Modell lässt sich erst nach dem Training ändern. Diese Seite aktualisiert sich von selbst.',
  'cm.details.status.4.meaning':
    'Dieses Modell ist trainiert: Transkriptionen können es anstelle seiner Basissprache verwenden.',
  'cm.details.status.4.next':
    'Wählen Sie dieses Modell in der Sprachliste aus, wenn Sie Audiodateien zur Transkription hochladen. Es erscheint bei seiner Basissprache.',
  'cm.details.status.5.meaning':
    'Beim Training ist ein Fehler aufgetreten, daher kann das Modell nicht verwendet werden. Bitte kümmern Sie sich darum.',
  'cm.details.status.5.next':
    'Korrigieren Sie die Datensätze: Entfernen Sie leere oder fehlerhafte Dateien und laden Sie Audiodateien mit passenden Transkripten hoch. Wählen Sie dann „Modell trainieren“, um es erneut zu versuchen.',
  'cm.details.status.5.nextNoDelete':
    'Korrigieren Sie die Datensätze: Laden Sie Audiodateien mit passenden Transkripten hoch. Leere oder fehlerhafte Dateien können hier nicht entfernt werden; bitten Sie Ihre Administration oder den Support, sie zu entfernen. Wählen Sie dann „Modell trainieren“, um es erneut zu versuchen.',
  'cm.details.status.unknown.meaning': (code) =>
    `Der Dienst meldet einen Trainingsstatus, den diese Seite nicht kennt (${code}).`,
  'cm.details.status.unknown.next':
    'Schauen Sie später wieder vorbei oder wenden Sie sich an den Support, falls dies so bleibt.',
  'cm.details.serverMessage': 'Meldung des Dienstes',
  'cm.details.trainingLog': 'Trainingsprotokoll',
  'cm.details.progressLabel': 'Trainingsfortschritt',
  'cm.details.progress': (percent) => `${formatPercent('de', percent)} abgeschlossen`,
  'cm.details.progressUnknown': 'Wird gestartet…',

  'cm.details.train': 'Modell trainieren',
  'cm.details.confirmTitle': 'Training starten?',
  'cm.details.confirmCost': (credits) =>
    `Das Training dieses Modells kostet 1 Trainingscredit. Ihrer Organisation ${plural('de', credits, { one: 'bleibt noch # Trainingscredit', other: 'bleiben noch # Trainingscredits' })}.`,
  'cm.details.confirmNoCredits':
    'Ihre Organisation hat keine Trainingscredits mehr. Wenden Sie sich wegen Ihres Tarifs an Ihren Administrator.',
  'cm.details.confirmNote': 'Ein gestartetes Training kann nicht unterbrochen werden.',
  'cm.details.confirmStart': 'Training starten',
  'cm.details.retryTitle': 'Mit denselben Daten erneut trainieren?',
  'cm.details.retrySameData':
    'Das letzte Training ist fehlgeschlagen, und seitdem wurde kein Datensatz hinzugefügt oder entfernt. Ein erneutes Training mit denselben Daten schlägt höchstwahrscheinlich genauso fehl.',
  'cm.details.retryReason': 'Grund des Fehlers:',
  'cm.details.retryStart': 'Trotzdem erneut trainieren',
  'cm.details.useModel': 'Dieses Modell verwenden',
  'cm.details.goToAccuracy': 'Zur Genauigkeit',
  'cm.details.trainStarted': (name) => `Das Training von „${name}“ steht in der Warteschlange.`,

  'cm.details.liveError':
    'Der Status konnte nicht aktualisiert werden. In Kürze folgt ein neuer Versuch.',

  'cm.details.datasets': 'Datensätze',
  'cm.details.datasetsCount': (count) =>
    plural('de', count, { one: '# Datei', other: '# Dateien' }),
  'cm.details.datasetsEmpty':
    'Noch keine Datensätze. Laden Sie Audiodateien mit gleichnamigen Transkripten hoch.',
  'cm.details.datasetsError': 'Die Datensätze konnten nicht geladen werden.',
  'cm.details.uploadQueued':
    'Das Training steht in der Warteschlange und startet von selbst. Nach seinem Ende können Sie wieder Dateien hochladen.',
  'cm.details.uploadLocked': 'Nach dem Ende des Trainings können Sie wieder Dateien hochladen.',
  'cm.details.mark.culprit': 'Das Training ist an dieser Datei gescheitert',
  'cm.details.mark.unpaired': 'Kein Transkript',
  'cm.details.mark.empty': 'Leere Datei',
  'cm.details.totals.audio': (minutes, paired, unpaired) =>
    `Trainingsaudio: ${minutes} Min. (${paired} Min. mit Transkript, ${unpaired} Min. ohne)`,
  'cm.details.totals.audioUnknown': 'Trainingsaudio: Länge unbekannt',
  'cm.details.totals.unknown': (count) =>
    plural('de', count, {
      one: 'Länge unbekannt bei # Audiodatei',
      other: 'Länge unbekannt bei # Audiodateien',
    }),
  'cm.details.totals.words': (words) => `${words} Wörter in Transkripten`,
  'cm.details.confirmUnpaired': 'Audio ohne Transkript, wird beim Training nicht verwendet',
  'cm.details.confirmEmpty': 'Leere Dateien, das Training kann daran scheitern',
  'cm.details.col.name': 'Name',
  'cm.details.col.kind': 'Art',
  'cm.details.col.size': 'Größe',
  'cm.details.col.duration': 'Dauer',
  'cm.details.col.uploaded': 'Hochgeladen',
  'cm.details.col.actions': 'Aktionen',
  'cm.details.kind.audio': 'Audio',
  'cm.details.kind.transcript': 'Transkript',
  'cm.details.kind.manifest': 'Manifest',
  'cm.details.kind.test-set': 'Testdatensatz',
  'cm.details.kind.test-audio': 'Testaudio',
  'cm.details.kind.test-reference': 'Testreferenz',
  'cm.details.downloadHint': '(herunterladen, öffnet in einem neuen Tab)',
  'cm.details.deleteDataset': (name) => `${name} löschen`,
  'cm.details.deleteTitle': 'Datensatz löschen',
  'cm.details.deleteText': (name) =>
    `Möchten Sie „${name}“ wirklich aus diesem Modell löschen? Dies kann nicht rückgängig gemacht werden.`,
  'cm.details.delete': 'Löschen',
  'cm.details.deleted': (name) => `Datensatz „${name}“ gelöscht.`,
};
