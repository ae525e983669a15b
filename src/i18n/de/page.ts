import type { page as en } from '../en/page.js';
import { plural, type SectionOf } from '../catalogue.js';

/** German: the list page, its banner, guide, create and delete dialogs and toasts. */
export const page: SectionOf<typeof en> = {
  'cm.page.title': 'Benutzerdefinierte Modelle',
  'cm.page.caption': 'Benutzerdefinierte Modelle erstellen',
  'cm.page.gettingStarted': 'Erste Schritte',
  'cm.page.newModel': 'Neues benutzerdefiniertes Modell',
  'cm.page.limitReached': (limit) =>
    `Ihre Organisation hat die Obergrenze ihres Tarifs erreicht: ${plural('de', limit, { one: '# benutzerdefiniertes Modell', other: '# benutzerdefinierte Modelle' })}. Löschen Sie ein Modell oder wenden Sie sich für ein Upgrade an Ihren Administrator.`,
  'cm.page.sessionError': 'Ihre Organisation konnte nicht geladen werden.',
  'cm.page.toasts': 'Benachrichtigungen',
  'cm.page.dismiss': 'Schließen',
  /** The action of the "created" toast: opens the new model, its upload there. */
  'cm.page.openCreated': (name) => `„${name}“ öffnen`,

  'cm.banner.title': 'Über benutzerdefinierte Modelle',
  'cm.banner.intro':
    'Erstellen Sie benutzerdefinierte Modelle! Trainieren Sie spezialisierte Modelle für genauere Transkriptionen.',
  'cm.banner.fineTuning':
    'Mit benutzerdefinierten Modellen passen Sie die Erkennung genau an Ihren Anwendungsfall an.',
  'cm.banner.training':
    'Das Training ist einfach: Sie brauchen Audiodateien und passende Transkripte.',
  'cm.banner.forceAlignmentBefore': 'Keine Zeitstempel in Ihren Transkripten? Nutzen Sie ',
  'cm.banner.forceAlignmentLink': 'Force Alignment',
  'cm.banner.forceAlignmentAfter': ', um sie hinzuzufügen.',
  'cm.banner.accuracy': 'Trainierte Modelle erkennen Ihre Fachbegriffe zuverlässig.',
  'cm.banner.select': 'Wählen Sie das Modell nach erfolgreichem Training in der Sprachliste aus.',
  'cm.banner.note':
    'Hinweis: Funktionen und Verfügbarkeit benutzerdefinierter Modelle können je nach Tarif variieren. Trainingskapazität, Modelllimits und erweiterte Funktionen hängen vom Tarif Ihrer Organisation ab. Einzelheiten zum Zugang zu benutzerdefinierten Modellen erfahren Sie von Ihrem Administrator.',
  'cm.banner.more': 'Mehr lesen',
  'cm.banner.less': 'Weniger anzeigen',

  'cm.guide.title': 'Erste Schritte mit benutzerdefinierten Modellen',
  'cm.guide.whatTitle': 'Was sind benutzerdefinierte Modelle?',
  'cm.guide.what1': 'Trainieren Sie eigene Sprachmodelle mit Ihren Daten',
  'cm.guide.what2': 'Verbessern Sie die Genauigkeit bei Fachbegriffen und Vokabular',
  'cm.guide.needTitle': 'Was Sie brauchen',
  'cm.guide.need1': 'Audiodateien mit genauen Transkripten',
  'cm.guide.need2': 'Genauere Daten = bessere Ergebnisse',
  'cm.guide.audioTitle': 'Nur Audiodateien vorhanden?',
  'cm.guide.audio1Before': 'Fügen Sie mit ',
  'cm.guide.audio1After': ' Zeitstempel hinzu',
  'cm.guide.audio2': 'Im Arbeitsbereich verfügbar',
  'cm.guide.afterTitle': 'Nach dem Training',
  'cm.guide.after1': 'Wählen Sie das benutzerdefinierte Modell in der Sprachauswahl',
  'cm.guide.after2': 'Verwenden Sie es beim Hochladen neuer Dateien',
  'cm.guide.gotIt': 'Verstanden',

  'cm.create.title': 'Neues benutzerdefiniertes Modell',
  'cm.create.name': 'Name',
  'cm.create.namePlaceholder': 'Name',
  'cm.create.nameHelp': 'Ein aussagekräftiger Name, zum Beispiel „Medizin DE“ oder „Recht NL“.',
  'cm.create.nameRequired': 'Der Name ist erforderlich.',
  'cm.create.nameTooLong': (max) =>
    `Der Name darf höchstens ${plural('de', max, { one: '# Zeichen', other: '# Zeichen' })} lang sein.`,
  'cm.create.language': 'Sprache',
  'cm.create.languagePlaceholder': 'Sprache auswählen',
  'cm.create.languageRequired': 'Wählen Sie die Basissprache aus.',
  'cm.create.languagesError': 'Die Sprachen konnten nicht geladen werden.',
  'cm.create.languagesEmpty': 'Für Ihre Organisation sind keine trainierbaren Sprachen verfügbar.',
  'cm.create.close': 'Schließen',
  'cm.create.create': 'Erstellen',
  'cm.create.waitingForOrganization': 'Ihre Organisation wird geladen…',
  'cm.create.failed': 'Das benutzerdefinierte Modell konnte nicht erstellt werden.',
  'cm.create.success': 'Benutzerdefiniertes Modell erfolgreich erstellt.',

  'cm.delete.title': 'Löschen bestätigen',
  'cm.delete.message': 'Möchten Sie dieses Modell wirklich löschen?',
  'cm.delete.irreversible': 'Dies kann nicht rückgängig gemacht werden.',
  'cm.delete.confirm': 'Löschen',
  'cm.delete.cancel': 'Abbrechen',
  'cm.delete.success': 'Benutzerdefiniertes Modell erfolgreich gelöscht.',
  'cm.delete.failed': (name, reason) => `„${name}“ konnte nicht gelöscht werden. ${reason}`,

  'cm.error.paymentRequired':
    'Der Tarif Ihrer Organisation umfasst diese Funktion nicht. Wenden Sie sich für ein Upgrade an Ihren Administrator.',
  'cm.error.forbidden': 'Sie sind dazu nicht berechtigt.',
  'cm.error.unauthorized':
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es noch einmal.',
  // Shown by views that load with the page, though named for the details (which load on demand).
  'cm.details.loading': 'Das benutzerdefinierte Modell wird geladen…',
  'cm.details.outcomeSuccess': (name) =>
    `Das Training von „${name}“ wurde erfolgreich abgeschlossen. Das Modell ist einsatzbereit.`,
  'cm.details.outcomeFailed': (name) => `Das Training von „${name}“ ist fehlgeschlagen.`,
  'cm.details.unknownValue': '—',
};
