import type { upload as en } from '../en/upload.js';
import { formatCount, formatPercent, plural, type SectionOf } from '../catalogue.js';

const files = (count: number) => plural('de', count, { one: '# Datei', other: '# Dateien' });

/** German: strings of `<dataset-upload>`. */
export const upload: SectionOf<typeof en> = {
  'cm.upload.drop': 'Dateien hierher ziehen oder',
  'cm.upload.dropTestSet': 'Dateien des Testdatensatzes hierher ziehen oder',
  'cm.upload.kindLabel': 'Hochladen als',
  'cm.upload.kind.training': 'Trainingsdaten',
  'cm.upload.kind.test-set': 'Testdatensatz',
  'cm.upload.kindHelp':
    'Ein Testdatensatz wird nicht zum Training verwendet: Mit ihm wird gemessen, wie gut das trainierte Modell transkribiert.',
  'cm.upload.choose': 'Dateien auswählen',
  'cm.upload.hint':
    'Audio (.wav, .mp3, .m4a, .flac), Transkripte (.vtt, .srt, .txt) oder ein Manifest (.jsonl). 1 bis 10 Dateien pro Upload, jeweils höchstens 10 GB.',
  'cm.upload.dropNow': 'Dateien zum Hochladen hier ablegen',
  'cm.upload.disabled': 'Hochladen ist gerade nicht möglich.',
  'cm.upload.noModel': 'Wählen Sie das Modell, für das Sie Datensätze hochladen möchten.',

  'cm.upload.refusedTitle': (count) =>
    plural('de', count, {
      one: '# Datei wurde nicht hochgeladen',
      other: '# Dateien wurden nicht hochgeladen',
    }),
  'cm.upload.refused.type':
    'Dieser Dateityp wird nicht akzeptiert. Verwenden Sie Audio (.wav, .mp3, .m4a, .flac), ein Transkript (.vtt, .srt, .txt) oder ein Manifest (.jsonl).',
  'cm.upload.refused.size': 'Die Datei ist größer als 10 GB.',
  'cm.upload.refused.count':
    'Höchstens 10 Dateien pro Upload. Laden Sie diese Datei in einem weiteren Durchgang hoch.',
  'cm.upload.refused.duplicate': 'Eine Datei mit diesem Namen ist bereits ausgewählt.',

  'cm.upload.pairingTitle': 'Audio ohne passendes Transkript',
  'cm.upload.pairingText':
    'Das Training gelingt am besten, wenn jede Audiodatei ein Transkript mit demselben Namen hat (zum Beispiel vortrag.wav und vortrag.vtt). Für diese Audiodateien fehlt es noch:',

  'cm.upload.listLabel': 'Upload-Liste',
  'cm.upload.state.queued': 'Wartet',
  'cm.upload.state.uploading': (percent) => `Wird hochgeladen, ${formatPercent('de', percent)}`,
  'cm.upload.state.done': 'Hochgeladen',
  'cm.upload.error.emptyTranscript':
    'Dieses Transkript ist leer: Ergänzen Sie den Text und laden Sie es erneut hoch.',
  'cm.upload.state.failed': 'Fehlgeschlagen',
  'cm.upload.state.cancelled': 'Abgebrochen',
  'cm.upload.progressLabel': (name) => `Upload-Fortschritt von ${name}`,
  'cm.upload.cancelFile': (name) => `Upload von ${name} abbrechen`,
  'cm.upload.retryFile': (name) => `Upload von ${name} erneut versuchen`,
  'cm.upload.removeFile': (name) => `${name} aus der Liste entfernen`,
  'cm.upload.cancelAll': 'Alle abbrechen',
  'cm.upload.retryFailed': (count) => `Fehlgeschlagene wiederholen (${formatCount('de', count)})`,
  'cm.upload.clear': 'Liste leeren',
  'cm.upload.summary.busy': (done, total) =>
    `Upload läuft: ${formatCount('de', done)} von ${files(total)} fertig.`,
  'cm.upload.summary.settled': (done, failed, cancelled) =>
    [
      plural('de', done, { one: '# Datei hochgeladen', other: '# Dateien hochgeladen' }),
      failed ? `${formatCount('de', failed)} fehlgeschlagen` : '',
      cancelled ? `${formatCount('de', cancelled)} abgebrochen` : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
};
