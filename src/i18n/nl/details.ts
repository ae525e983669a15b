import type { details as en } from '../en/details.js';
import { formatPercent, plural, type SectionOf } from '../catalogue.js';

/** Dutch: strings of `<custom-model-details>`. */
export const details: SectionOf<typeof en> = {
  'cm.details.back': 'Terug naar aangepaste modellen',
  'cm.details.noModelId': 'Er is geen aangepast model gekozen.',

  'cm.details.notFoundTitle': 'Aangepast model niet gevonden',
  'cm.details.notFound':
    'Dit aangepaste model bestaat niet of is verwijderd. Ga terug naar de lijst om een ander model te kiezen.',
  'cm.details.forbiddenTitle': 'Geen toegang tot dit aangepaste model',
  'cm.details.forbidden':
    'Je account heeft geen toegang tot dit aangepaste model. Vraag je beheerder om toegang, of ga terug naar de lijst.',
  'cm.details.networkTitle': 'De dienst is niet bereikbaar',
  'cm.details.network': 'Controleer je verbinding en probeer het opnieuw.',
  'cm.details.errorTitle': 'Het aangepaste model kon niet worden geladen',

  'cm.details.rename': 'Model hernoemen',
  'cm.details.nameLabel': 'Modelnaam',
  'cm.details.save': 'Opslaan',
  'cm.details.saving': 'Bezig met opslaan…',
  'cm.details.nameRequired': 'Vul een naam in voor het model.',
  'cm.details.nameTooLong': (max) =>
    `De naam mag maximaal ${plural('nl', max, { one: '# teken', other: '# tekens' })} lang zijn.`,
  'cm.details.nameHelp': 'Druk op Enter om op te slaan of op Escape om te annuleren.',
  'cm.details.renamed': 'Aangepast model hernoemd.',

  'cm.details.status': 'Trainingsstatus',
  'cm.details.baseLanguage': 'Basistaal',
  'cm.details.lastModified': 'Laatst gewijzigd',
  'cm.details.created': 'Aangemaakt',
  'cm.details.trainingStarted': 'Training gestart',
  'cm.details.trainingEnded': 'Training beëindigd',
  'cm.details.key': 'Sleutel',
  'cm.details.copyKey': 'Sleutel kopiëren',
  'cm.details.copied': 'Gekopieerd',
  'cm.details.copyFailed': 'De sleutel kon niet worden gekopieerd',

  'cm.details.meaning': 'Wat dit betekent',
  'cm.details.nextStep': 'Volgende stap',
  'cm.details.status.1.meaning':
    'Het model is aangemaakt, maar nog niet getraind. Voor de training zijn datasets nodig: audiobestanden met bijpassende transcripties.',
  'cm.details.status.1.next':
    'Upload hieronder je datasets en kies daarna “Model trainen” om de training te starten.',
  'cm.details.status.1.nextWithData':
    'Je datasets zijn geüpload. Kies “Model trainen” eronder om de training te starten, of upload eerst meer bestanden.',
  'cm.details.status.2.meaning':
    'De datasets zijn geüpload en de training staat in de wachtrij. De training start vanzelf.',
  'cm.details.status.2.next':
    'Je hoeft niets te doen: de training kan niet handmatig worden gestart en de datasets kunnen pas weer worden gewijzigd als de training klaar is. Deze pagina werkt zichzelf bij.',
  'cm.details.status.3.meaning': 'De training loopt: het systeem verwerkt je data.',
  'cm.details.status.3.next':
    'De training kan niet worden onderbroken en het model kan pas weer worden gewijzigd als de training klaar is. Deze pagina werkt zichzelf bij.',
  'cm.details.status.4.meaning':
    'Dit model is getraind: transcripties kunnen het gebruiken in plaats van de basistaal.',
  'cm.details.status.4.next':
    'Kies dit model in de talenlijst wanneer je audiobestanden uploadt om te laten transcriberen. Het staat bij de bijbehorende basistaal.',
  'cm.details.status.5.meaning':
    'Tijdens de training is een fout opgetreden, waardoor het model niet kan worden gebruikt. Het vraagt je aandacht.',
  'cm.details.status.5.next':
    'Verbeter de datasets: verwijder lege of onjuiste bestanden en upload audio met bijpassende transcripties. Kies daarna “Model trainen” om het opnieuw te proberen.',
  'cm.details.status.5.nextNoDelete':
    'Verbeter de datasets: upload audio met bijpassende transcripties. Lege of onjuiste bestanden kunnen hier niet worden verwijderd; vraag je beheerder of support om ze te verwijderen. Kies daarna “Model trainen” om het opnieuw te proberen.',
  'cm.details.status.unknown.meaning': (code) =>
    `De dienst meldt een trainingsstatus die deze pagina niet kent (${code}).`,
  'cm.details.status.unknown.next':
    'Kom later terug, of neem contact op met support als dit zo blijft.',
  'cm.details.serverMessage': 'Bericht van de dienst',
  'cm.details.trainingLog': 'Trainingslog',
  'cm.details.progressLabel': 'Trainingsvoortgang',
  'cm.details.progress': (percent) => `${formatPercent('nl', percent)} voltooid`,
  'cm.details.progressUnknown': 'Bezig met starten…',

  'cm.details.train': 'Model trainen',
  'cm.details.confirmTitle': 'Training starten?',
  'cm.details.confirmCost': (credits) =>
    `Het trainen van dit model kost 1 trainingscredit. Je organisatie heeft nog ${plural('nl', credits, { one: '# trainingscredit', other: '# trainingscredits' })}.`,
  'cm.details.confirmNoCredits':
    'Je organisatie heeft geen trainingscredits meer. Neem contact op met je beheerder over je abonnement.',
  'cm.details.confirmNote': 'Een gestarte training kan niet worden onderbroken.',
  'cm.details.confirmStart': 'Training starten',
  'cm.details.retryTitle': 'Opnieuw trainen met dezelfde data?',
  'cm.details.retrySameData':
    'De vorige training is mislukt en sindsdien is er geen dataset toegevoegd of verwijderd. Dezelfde data opnieuw trainen mislukt hoogstwaarschijnlijk op dezelfde manier.',
  'cm.details.retryReason': 'Waarom het mislukte:',
  'cm.details.retryStart': 'Toch opnieuw trainen',
  'cm.details.useModel': 'Dit model gebruiken',
  'cm.details.goToAccuracy': 'Naar Nauwkeurigheid',
  'cm.details.trainStarted': (name) => `De training van “${name}” staat in de wachtrij.`,

  'cm.details.liveError': 'De status kon niet worden vernieuwd. We proberen het zo opnieuw.',

  'cm.details.datasets': 'Datasets',
  'cm.details.datasetsCount': (count) =>
    plural('nl', count, { one: '# bestand', other: '# bestanden' }),
  'cm.details.datasetsEmpty':
    'Nog geen datasets. Upload audiobestanden met transcripties met dezelfde naam.',
  'cm.details.datasetsError': 'De datasets konden niet worden geladen.',
  'cm.details.uploadQueued':
    'De training staat in de wachtrij en start vanzelf. Je kunt weer bestanden uploaden als die klaar is.',
  'cm.details.uploadLocked': 'Je kunt weer bestanden uploaden als de training klaar is.',
  'cm.details.mark.culprit': 'Training mislukt op dit bestand',
  'cm.details.mark.unpaired': 'Geen transcriptie',
  'cm.details.mark.empty': 'Leeg bestand',
  'cm.details.totals.audio': (minutes, paired, unpaired) =>
    `Trainingsaudio: ${minutes} min (${paired} min met transcriptie, ${unpaired} min zonder)`,
  'cm.details.totals.audioUnknown': 'Trainingsaudio: lengte onbekend',
  'cm.details.totals.unknown': (count) =>
    plural('nl', count, {
      one: 'lengte onbekend van # audiobestand',
      other: 'lengte onbekend van # audiobestanden',
    }),
  'cm.details.totals.words': (words) => `${words} woorden in transcripties`,
  'cm.details.confirmUnpaired': 'Audio zonder transcriptie, niet gebruikt voor de training',
  'cm.details.confirmEmpty': 'Lege bestanden, de training kan hierop mislukken',
  'cm.details.col.name': 'Naam',
  'cm.details.col.kind': 'Soort',
  'cm.details.col.size': 'Grootte',
  'cm.details.col.duration': 'Duur',
  'cm.details.col.uploaded': 'Geüpload',
  'cm.details.col.actions': 'Acties',
  'cm.details.kind.audio': 'Audio',
  'cm.details.kind.transcript': 'Transcriptie',
  'cm.details.kind.manifest': 'Manifest',
  'cm.details.kind.test-set': 'Testset',
  'cm.details.kind.test-audio': 'Testaudio',
  'cm.details.kind.test-reference': 'Testreferentie',
  'cm.details.downloadHint': '(downloaden, opent in een nieuw tabblad)',
  'cm.details.deleteDataset': (name) => `${name} verwijderen`,
  'cm.details.deleteTitle': 'Dataset verwijderen',
  'cm.details.deleteText': (name) =>
    `Weet je zeker dat je “${name}” uit dit model wilt verwijderen? Dit kan niet ongedaan worden gemaakt.`,
  'cm.details.delete': 'Verwijderen',
  'cm.details.deleted': (name) => `Dataset “${name}” verwijderd.`,
};
