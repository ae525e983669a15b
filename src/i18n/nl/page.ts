import type { page as en } from '../en/page.js';
import { plural, type SectionOf } from '../catalogue.js';

/** Dutch: the list page, its banner, guide, create and delete dialogs and toasts. */
export const page: SectionOf<typeof en> = {
  'cm.page.title': 'Aangepaste modellen',
  'cm.page.caption': 'Aangepaste modellen maken',
  'cm.page.gettingStarted': 'Aan de slag',
  'cm.page.newModel': 'Nieuw aangepast model',
  'cm.page.limitReached': (limit) =>
    `Je organisatie heeft de limiet van haar abonnement bereikt: ${plural('nl', limit, { one: '# aangepast model', other: '# aangepaste modellen' })}. Verwijder een model of neem contact op met je beheerder om het abonnement uit te breiden.`,
  'cm.page.sessionError': 'Je organisatie kon niet worden geladen.',
  'cm.page.toasts': 'Meldingen',
  'cm.page.dismiss': 'Sluiten',
  /** The action of the "created" toast: opens the new model, its upload there. */
  'cm.page.openCreated': (name) => `“${name}” openen`,

  'cm.banner.title': 'Over aangepaste modellen',
  'cm.banner.intro':
    'Maak aangepaste modellen! Train gespecialiseerde modellen voor nauwkeurigere transcripties.',
  'cm.banner.fineTuning':
    'Met aangepaste modellen stem je de herkenning af op jouw specifieke toepassing.',
  'cm.banner.training': 'Trainen is eenvoudig met audiobestanden en bijpassende transcripties.',
  'cm.banner.forceAlignmentBefore': 'Geen tijdcodes in je transcripties? Gebruik ',
  'cm.banner.forceAlignmentLink': 'Force Alignment',
  'cm.banner.forceAlignmentAfter': ' om ze toe te voegen.',
  'cm.banner.accuracy': 'Getrainde modellen herkennen jouw vaktermen nauwkeurig.',
  'cm.banner.select': 'Is de training geslaagd? Kies het model dan in de talenlijst.',
  'cm.banner.note':
    'Let op: de functies en beschikbaarheid van aangepaste modellen kunnen per abonnement verschillen. Trainingscapaciteit, modellimieten en geavanceerde functies hangen af van het abonnement van je organisatie. Neem contact op met je beheerder voor meer informatie over toegang tot aangepaste modellen.',
  'cm.banner.more': 'Meer lezen',
  'cm.banner.less': 'Minder tonen',

  'cm.guide.title': 'Aan de slag met aangepaste modellen',
  'cm.guide.whatTitle': 'Wat zijn aangepaste modellen?',
  'cm.guide.what1': 'Train aangepaste taalmodellen met je eigen data',
  'cm.guide.what2': 'Verbeter de nauwkeurigheid voor specifieke termen en vakjargon',
  'cm.guide.needTitle': 'Wat heb je nodig?',
  'cm.guide.need1': 'Audiobestanden met nauwkeurige transcripties',
  'cm.guide.need2': 'Nauwkeurigere data = betere resultaten',
  'cm.guide.audioTitle': 'Alleen audiobestanden?',
  'cm.guide.audio1Before': 'Gebruik ',
  'cm.guide.audio1After': ' om tijdcodes toe te voegen',
  'cm.guide.audio2': 'Beschikbaar in de werkruimte',
  'cm.guide.afterTitle': 'Na de training',
  'cm.guide.after1': 'Kies het aangepaste model in de taalkeuzelijst',
  'cm.guide.after2': 'Gebruik het bij het uploaden van nieuwe bestanden',
  'cm.guide.gotIt': 'Begrepen',

  'cm.create.title': 'Nieuw aangepast model',
  'cm.create.name': 'Naam',
  'cm.create.namePlaceholder': 'Naam',
  'cm.create.nameHelp': 'Een beschrijvende naam, bijvoorbeeld “Medisch NL” of “Juridisch EN”.',
  'cm.create.nameRequired': 'Naam is verplicht.',
  'cm.create.nameTooLong': (max) =>
    `De naam mag maximaal ${plural('nl', max, { one: '# teken', other: '# tekens' })} lang zijn.`,
  'cm.create.language': 'Taal',
  'cm.create.languagePlaceholder': 'Kies een taal',
  'cm.create.languageRequired': 'Kies de basistaal.',
  'cm.create.languagesError': 'De talen konden niet worden geladen.',
  'cm.create.languagesEmpty': 'Er zijn geen trainbare talen beschikbaar voor je organisatie.',
  'cm.create.close': 'Sluiten',
  'cm.create.create': 'Maken',
  'cm.create.waitingForOrganization': 'Je organisatie wordt geladen…',
  'cm.create.failed': 'Het aangepaste model kon niet worden gemaakt.',
  'cm.create.success': 'Aangepast model gemaakt.',

  'cm.delete.title': 'Verwijderen bevestigen',
  'cm.delete.message': 'Weet je zeker dat je dit model wilt verwijderen?',
  'cm.delete.irreversible': 'Dit kan niet ongedaan worden gemaakt.',
  'cm.delete.confirm': 'Verwijderen',
  'cm.delete.cancel': 'Annuleren',
  'cm.delete.success': 'Aangepast model verwijderd.',
  'cm.delete.failed': (name, reason) => `“${name}” kon niet worden verwijderd. ${reason}`,

  'cm.error.paymentRequired':
    'Het abonnement van je organisatie omvat dit niet. Neem contact op met je beheerder om het abonnement uit te breiden.',
  'cm.error.forbidden': 'Je hebt geen toestemming om dit te doen.',
  'cm.error.unauthorized': 'Je sessie is verlopen. Meld je opnieuw aan en probeer het nog eens.',
  // Shown by views that load with the page, though named for the details (which load on demand).
  'cm.details.loading': 'Het aangepaste model wordt geladen…',
  'cm.details.outcomeSuccess': (name) =>
    `De training van “${name}” is geslaagd. Het model is klaar voor gebruik.`,
  'cm.details.outcomeFailed': (name) => `De training van “${name}” is mislukt.`,
  'cm.details.unknownValue': '—',
};
