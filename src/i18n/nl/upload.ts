import type { upload as en } from '../en/upload.js';
import { formatCount, formatPercent, plural, type SectionOf } from '../catalogue.js';

const files = (count: number) => plural('nl', count, { one: '# bestand', other: '# bestanden' });

/** Dutch: strings of `<dataset-upload>`. */
export const upload: SectionOf<typeof en> = {
  'cm.upload.drop': 'Sleep bestanden hierheen, of',
  'cm.upload.dropTestSet': 'Sleep bestanden voor de testset hierheen, of',
  'cm.upload.kindLabel': 'Uploaden als',
  'cm.upload.kind.training': 'Trainingsdata',
  'cm.upload.kind.test-set': 'Testset',
  'cm.upload.kindHelp':
    'Een testset wordt niet gebruikt om te trainen: ermee wordt gemeten hoe goed het getrainde model transcribeert.',
  'cm.upload.choose': 'Bestanden kiezen',
  'cm.upload.hint':
    'Audio (.wav, .mp3, .m4a, .flac), transcripties (.vtt, .srt, .txt) of een manifest (.jsonl). 1 tot 10 bestanden per upload, elk maximaal 10 GB.',
  'cm.upload.dropNow': 'Laat de bestanden los om ze te uploaden',
  'cm.upload.disabled': 'Uploaden is nu niet mogelijk.',
  'cm.upload.noModel': 'Kies een model om datasets naar te uploaden.',

  'cm.upload.refusedTitle': (count) =>
    plural('nl', count, {
      one: '# bestand is niet geüpload',
      other: '# bestanden zijn niet geüpload',
    }),
  'cm.upload.refused.type':
    'Dit bestandstype wordt niet geaccepteerd. Gebruik audio (.wav, .mp3, .m4a, .flac), een transcriptie (.vtt, .srt, .txt) of een manifest (.jsonl).',
  'cm.upload.refused.size': 'Het bestand is groter dan 10 GB.',
  'cm.upload.refused.count':
    'Maximaal 10 bestanden per upload. Upload dit bestand in een volgende ronde.',
  'cm.upload.refused.duplicate': 'Er staat al een bestand met deze naam in deze selectie.',

  'cm.upload.pairingTitle': 'Audio zonder bijpassende transcriptie',
  'cm.upload.pairingText':
    'Training werkt het best als elk audiobestand een transcriptie met dezelfde naam heeft (bijvoorbeeld gesprek.wav en gesprek.vtt). Deze audiobestanden hebben er nog geen:',

  'cm.upload.listLabel': 'Uploadlijst',
  'cm.upload.state.queued': 'In de wachtrij',
  'cm.upload.state.uploading': (percent) => `Bezig met uploaden, ${formatPercent('nl', percent)}`,
  'cm.upload.state.done': 'Geüpload',
  'cm.upload.error.emptyTranscript':
    'Deze transcriptie is leeg: voeg de tekst toe en upload haar opnieuw.',
  'cm.upload.state.failed': 'Mislukt',
  'cm.upload.state.cancelled': 'Geannuleerd',
  'cm.upload.progressLabel': (name) => `Uploadvoortgang van ${name}`,
  'cm.upload.cancelFile': (name) => `Upload van ${name} annuleren`,
  'cm.upload.retryFile': (name) => `Upload van ${name} opnieuw proberen`,
  'cm.upload.removeFile': (name) => `${name} uit de lijst verwijderen`,
  'cm.upload.cancelAll': 'Alles annuleren',
  'cm.upload.retryFailed': (count) => `Mislukte opnieuw proberen (${formatCount('nl', count)})`,
  'cm.upload.clear': 'Lijst wissen',
  'cm.upload.summary.busy': (done, total) =>
    `Bezig met uploaden: ${formatCount('nl', done)} van ${files(total)} klaar.`,
  'cm.upload.summary.settled': (done, failed, cancelled) =>
    [
      plural('nl', done, { one: '# bestand geüpload', other: '# bestanden geüpload' }),
      failed ? `${formatCount('nl', failed)} mislukt` : '',
      cancelled ? `${formatCount('nl', cancelled)} geannuleerd` : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
};
