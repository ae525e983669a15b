import type { picker as en } from '../en/picker.js';
import { plural, type SectionOf } from '../catalogue.js';

/** German: strings of `<custom-model-picker>`. */
export const picker: SectionOf<typeof en> = {
  'cm.picker.label': 'Sprache',
  'cm.picker.placeholder': 'Sprache oder benutzerdefiniertes Modell auswählen',
  'cm.picker.loadingPlaceholder': 'Wird geladen…',
  'cm.picker.loading': 'Sprachen und benutzerdefinierte Modelle werden geladen…',
  'cm.picker.modelOption': (model, language) => `${model} — ${language}`,
  'cm.picker.unnamedModel': 'Unbenanntes Modell',
  'cm.picker.filterLabel': 'Sprachen und benutzerdefinierte Modelle filtern',
  'cm.picker.filterPlaceholder': 'Zum Filtern tippen',
  'cm.picker.matches': (count) =>
    count === 0
      ? 'Keine Sprache und kein benutzerdefiniertes Modell entspricht dem Filter.'
      : plural('de', count, { one: '# Treffer', other: '# Treffer' }),
  'cm.picker.empty': 'Es sind keine Sprachen verfügbar.',
  'cm.picker.noModels':
    'Bisher hat noch kein benutzerdefiniertes Modell das Training abgeschlossen.',
  'cm.picker.error': 'Die Sprachen und benutzerdefinierten Modelle konnten nicht geladen werden.',
  'cm.picker.required': 'Bitte wählen Sie eine Sprache aus.',
};
