import type { common as en } from '../en/common.js';
import type { SectionOf } from '../catalogue.js';

/** Dutch: strings shared by several elements, and the status names. */
export const common: SectionOf<typeof en> = {
  'cm.status.1': 'Niet gestart',
  'cm.status.2': 'Klaar om te starten',
  'cm.status.3': 'Bezig',
  'cm.status.4': 'Geslaagd',
  'cm.status.5': 'Mislukt',
  'cm.status.unknown': 'Onbekend',
  'cm.status.prefix': 'Trainingsstatus:',
  'cm.noAdapter':
    'Er is geen API-adapter gekoppeld. Plaats dit element in <custom-models-provider> of stel de eigenschap api in.',
  'cm.retry': 'Opnieuw proberen',
  'cm.wer.value': (rate: string) => `WER ${rate}`,
  'cm.wer.withGain': (rate: string, points: string) => `WER ${rate} (${points} pt t.o.v. basis)`,
  'cm.wer.measuring': 'Wordt gemeten…',
  'cm.cancel': 'Annuleren',
  'cm.loading': 'Laden…',
  'cm.error.generic': 'Er is iets misgegaan. Probeer het opnieuw.',
  'cm.error.network':
    'De dienst is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  'cm.error.duplicateName':
    'Er bestaat al een aangepast model met deze naam. Kies een andere naam.',
  'cm.error.planLimit':
    'Het abonnement van je organisatie staat dit niet toe. Vraag je beheerder naar het abonnement.',
  'cm.error.modelBusy':
    'Dit model staat in de wachtrij of wordt getraind. Wacht tot de training klaar is.',
  'cm.error.emptyTranscript':
    'Een transcriptie is leeg. Verwijder haar, of upload haar opnieuw met de tekst.',
  'cm.error.noAudio':
    'Er is geen audio om op te trainen. Upload audiobestanden met hun transcripties.',
  'cm.error.unreadableAudio':
    'Dit bestand is geen audio die de dienst kan lezen. Upload WAV-, FLAC-, MP3- of M4A-audio.',
  'cm.error.unknownModel': 'Dit aangepaste model bestaat niet meer. Het is misschien verwijderd.',
  'cm.error.serviceSaid': 'De dienst meldde:',
  'cm.rules.renameTraining': 'Het model kan niet worden hernoemd zolang de training loopt.',
  'cm.rules.deleteTraining': 'Het model kan niet worden verwijderd zolang de training loopt.',
  'cm.rules.datasetsBusy':
    'Zolang het model in de wachtrij staat of wordt getraind, kun je geen datasets uploaden of verwijderen.',
  'cm.rules.trainStatus':
    'Je kunt alleen een training starten voor een model dat niet draait of dat is mislukt.',
  'cm.rules.trainNeedsData': 'Upload minstens één dataset voordat je gaat trainen.',
  'cm.rules.uploadTrained':
    'Dit model is getraind. Trainingsdata die je nu uploadt, wordt niet gebruikt: een getraind model kan niet opnieuw worden getraind.',
};
