import type { grid as en } from '../en/grid.js';
import type { SectionOf } from '../catalogue.js';

/** Column names in running text: "Trier par langue de base". */
const lower = (label: string) => label.toLocaleLowerCase('fr');

/** French: strings of `<models-grid>`. */
export const grid: SectionOf<typeof en> = {
  'cm.grid.label': 'Modèles personnalisés',
  'cm.grid.column.name': 'Nom',
  'cm.grid.column.key': 'Clé',
  'cm.grid.column.trainingStatus': 'Statut de l’entraînement',
  'cm.grid.column.baseLanguage': 'Langue de base',
  'cm.grid.column.lastModified': 'Dernière modification',
  'cm.grid.column.actions': 'Actions',
  'cm.grid.column.wordErrorRate': "Taux d'erreur de mots (plus bas = mieux)",
  'cm.grid.notMeasured': 'Non mesurée',
  'cm.grid.baseLanguageInfo':
    'La langue sur laquelle repose ce modèle personnalisé. C’est cette variante du modèle que vous choisirez lors de l’import de fichiers.',
  'cm.grid.edit': (name) => `Modifier ${name}`,
  'cm.grid.delete': (name) => `Supprimer ${name}`,
  /** Beside "Ready to Run" in the grid: what the status means. */
  'cm.grid.queued': 'en file d’attente',
  /** After the name of the model just created (its row is marked). */
  'cm.grid.newMark': 'Nouveau',
  'cm.grid.sortBy': (column) => `Trier par ${lower(column)}`,
  'cm.grid.filterColumn': (column) => `Filtrer par ${lower(column)}`,
  'cm.grid.filterColumnActive': (column) => `Filtrer par ${lower(column)} (actif)`,
  'cm.grid.filter.contains': (column) => `${column} contient`,
  'cm.grid.filter.statuses': 'Afficher les modèles au statut',
  'cm.grid.filter.language': 'Langue de base',
  'cm.grid.filter.anyLanguage': 'Toutes les langues',
  'cm.grid.filter.clear': 'Effacer',
  'cm.grid.filter.active': (column, value) => `${column}\u00a0: ${value}`,
  'cm.grid.filter.remove': (filter) => `Retirer le filtre\u00a0: ${filter}`,
  'cm.grid.activeFilters': 'Filtres actifs',
  'cm.grid.search': 'Rechercher par nom',
  'cm.grid.searchPlaceholder': 'Rechercher des modèles…',
  'cm.grid.clearFilters': 'Effacer les filtres',
  'cm.grid.columns': 'Colonnes',
  'cm.grid.refresh': 'Actualiser',
  'cm.grid.rowsPerPage': 'Lignes par page',
  'cm.grid.range': (from, to, total) => `${from}–${to} sur ${total}`,
  'cm.grid.rangeEmpty': '0 sur 0',
  'cm.grid.pageOf': (page, pages) => `Page ${page} sur ${pages}`,
  'cm.grid.pagination': 'Navigation entre les pages',
  'cm.grid.firstPage': 'Première page',
  'cm.grid.previousPage': 'Page précédente',
  'cm.grid.nextPage': 'Page suivante',
  'cm.grid.lastPage': 'Dernière page',
  'cm.grid.loadingModels': 'Chargement des modèles personnalisés',
  'cm.grid.empty.title': 'Aucun modèle personnalisé pour l’instant',
  'cm.grid.empty.text':
    'Entraînez un modèle sur vos propres fichiers audio et transcriptions pour que vos termes soient reconnus avec précision.',
  'cm.grid.empty.create': 'Nouveau modèle personnalisé',
  'cm.grid.filteredEmpty.title': 'Aucun modèle personnalisé ne correspond à vos filtres',
  'cm.grid.filteredEmpty.text':
    'Essayez d’autres filtres ou effacez-les pour voir tous les modèles.',
  'cm.grid.error.title': 'Impossible de charger les modèles personnalisés.',
};
