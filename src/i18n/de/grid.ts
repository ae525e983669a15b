import type { grid as en } from '../en/grid.js';
import type { SectionOf } from '../catalogue.js';

/** German: strings of `<models-grid>` (column names keep their capital: they are nouns). */
export const grid: SectionOf<typeof en> = {
  'cm.grid.label': 'Benutzerdefinierte Modelle',
  'cm.grid.column.name': 'Name',
  'cm.grid.column.key': 'Schlüssel',
  'cm.grid.column.trainingStatus': 'Trainingsstatus',
  'cm.grid.column.baseLanguage': 'Basissprache',
  'cm.grid.column.lastModified': 'Zuletzt geändert',
  'cm.grid.column.actions': 'Aktionen',
  'cm.grid.column.wordErrorRate': 'Wortfehlerrate (niedriger ist besser)',
  'cm.grid.notMeasured': 'Nicht gemessen',
  'cm.grid.baseLanguageInfo':
    'Die Sprache, auf der dieses benutzerdefinierte Modell basiert. Beim Hochladen wählen Sie diese Modellvariante aus.',
  'cm.grid.edit': (name) => `${name} bearbeiten`,
  'cm.grid.delete': (name) => `${name} löschen`,
  /** Beside "Ready to Run" in the grid: what the status means. */
  'cm.grid.queued': 'in der Warteschlange',
  /** After the name of the model just created (its row is marked). */
  'cm.grid.newMark': 'Neu',
  'cm.grid.sortBy': (column) => `Nach ${column} sortieren`,
  'cm.grid.filterColumn': (column) => `Nach ${column} filtern`,
  'cm.grid.filterColumnActive': (column) => `Nach ${column} filtern (aktiv)`,
  'cm.grid.filter.contains': (column) => `${column} enthält`,
  'cm.grid.filter.statuses': 'Modelle mit diesem Status anzeigen',
  'cm.grid.filter.language': 'Basissprache',
  'cm.grid.filter.anyLanguage': 'Alle Sprachen',
  'cm.grid.filter.clear': 'Zurücksetzen',
  'cm.grid.filter.active': (column, value) => `${column}: ${value}`,
  'cm.grid.filter.remove': (filter) => `Filter entfernen: ${filter}`,
  'cm.grid.activeFilters': 'Aktive Filter',
  'cm.grid.search': 'Nach Name suchen',
  'cm.grid.searchPlaceholder': 'Modelle suchen…',
  'cm.grid.clearFilters': 'Filter zurücksetzen',
  'cm.grid.columns': 'Spalten',
  'cm.grid.refresh': 'Aktualisieren',
  'cm.grid.rowsPerPage': 'Zeilen pro Seite',
  'cm.grid.range': (from, to, total) => `${from}–${to} von ${total}`,
  'cm.grid.rangeEmpty': '0 von 0',
  'cm.grid.pageOf': (page, pages) => `Seite ${page} von ${pages}`,
  'cm.grid.pagination': 'Seitennavigation',
  'cm.grid.firstPage': 'Erste Seite',
  'cm.grid.previousPage': 'Vorherige Seite',
  'cm.grid.nextPage': 'Nächste Seite',
  'cm.grid.lastPage': 'Letzte Seite',
  'cm.grid.loadingModels': 'Benutzerdefinierte Modelle werden geladen',
  'cm.grid.empty.title': 'Noch keine benutzerdefinierten Modelle',
  'cm.grid.empty.text':
    'Trainieren Sie ein Modell mit Ihren eigenen Audiodateien und Transkripten, damit Ihre Fachbegriffe zuverlässig erkannt werden.',
  'cm.grid.empty.create': 'Neues benutzerdefiniertes Modell',
  'cm.grid.filteredEmpty.title': 'Keine benutzerdefinierten Modelle entsprechen Ihren Filtern',
  'cm.grid.filteredEmpty.text':
    'Versuchen Sie andere Filter oder setzen Sie sie zurück, um alle Modelle zu sehen.',
  'cm.grid.error.title': 'Die benutzerdefinierten Modelle konnten nicht geladen werden.',
};
