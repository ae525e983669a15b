import type { grid as en } from '../en/grid.js';
import type { SectionOf } from '../catalogue.js';

/** Column names in running text: "Sorteren op trainingsstatus". */
const lower = (label: string) => label.toLocaleLowerCase('nl');

/** Dutch: strings of `<models-grid>`. */
export const grid: SectionOf<typeof en> = {
  'cm.grid.label': 'Aangepaste modellen',
  'cm.grid.column.name': 'Naam',
  'cm.grid.column.key': 'Sleutel',
  'cm.grid.column.trainingStatus': 'Trainingsstatus',
  'cm.grid.column.baseLanguage': 'Basistaal',
  'cm.grid.column.lastModified': 'Laatst gewijzigd',
  'cm.grid.column.actions': 'Acties',
  'cm.grid.column.wordErrorRate': 'Woordfoutpercentage (lager is beter)',
  'cm.grid.notMeasured': 'Niet gemeten',
  'cm.grid.baseLanguageInfo':
    'De taal waarop dit aangepaste model is gebaseerd. Je kiest deze modelvariant bij het uploaden.',
  'cm.grid.edit': (name) => `${name} bewerken`,
  'cm.grid.delete': (name) => `${name} verwijderen`,
  /** Beside "Ready to Run" in the grid: what the status means. */
  'cm.grid.queued': 'in de wachtrij',
  /** After the name of the model just created (its row is marked). */
  'cm.grid.newMark': 'Nieuw',
  'cm.grid.sortBy': (column) => `Sorteren op ${lower(column)}`,
  'cm.grid.filterColumn': (column) => `Filteren op ${lower(column)}`,
  'cm.grid.filterColumnActive': (column) => `Filteren op ${lower(column)} (actief)`,
  'cm.grid.filter.contains': (column) => `${column} bevat`,
  'cm.grid.filter.statuses': 'Modellen tonen met status',
  'cm.grid.filter.language': 'Basistaal',
  'cm.grid.filter.anyLanguage': 'Alle talen',
  'cm.grid.filter.clear': 'Wissen',
  'cm.grid.filter.active': (column, value) => `${column}: ${value}`,
  'cm.grid.filter.remove': (filter) => `Filter verwijderen: ${filter}`,
  'cm.grid.activeFilters': 'Actieve filters',
  'cm.grid.search': 'Zoeken op naam',
  'cm.grid.searchPlaceholder': 'Modellen zoeken…',
  'cm.grid.clearFilters': 'Filters wissen',
  'cm.grid.columns': 'Kolommen',
  'cm.grid.refresh': 'Vernieuwen',
  'cm.grid.rowsPerPage': 'Rijen per pagina',
  'cm.grid.range': (from, to, total) => `${from}–${to} van ${total}`,
  'cm.grid.rangeEmpty': '0 van 0',
  'cm.grid.pageOf': (page, pages) => `Pagina ${page} van ${pages}`,
  'cm.grid.pagination': 'Paginering',
  'cm.grid.firstPage': 'Eerste pagina',
  'cm.grid.previousPage': 'Vorige pagina',
  'cm.grid.nextPage': 'Volgende pagina',
  'cm.grid.lastPage': 'Laatste pagina',
  'cm.grid.loadingModels': 'Aangepaste modellen laden',
  'cm.grid.empty.title': 'Nog geen aangepaste modellen',
  'cm.grid.empty.text':
    'Train een model met je eigen audio en transcripties, zodat jouw vaktermen nauwkeurig worden herkend.',
  'cm.grid.empty.create': 'Nieuw aangepast model',
  'cm.grid.filteredEmpty.title': 'Geen aangepaste modellen gevonden met deze filters',
  'cm.grid.filteredEmpty.text': 'Probeer andere filters, of wis ze om alle modellen te zien.',
  'cm.grid.error.title': 'De aangepaste modellen konden niet worden geladen.',
};
