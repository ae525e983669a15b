import type { picker as en } from '../en/picker.js';
import { plural, type SectionOf } from '../catalogue.js';

/** French: strings of `<custom-model-picker>`. */
export const picker: SectionOf<typeof en> = {
  'cm.picker.label': 'Langue',
  'cm.picker.placeholder': 'Choisissez une langue ou un modèle personnalisé',
  'cm.picker.loadingPlaceholder': 'Chargement…',
  'cm.picker.loading': 'Chargement des langues et des modèles personnalisés…',
  'cm.picker.modelOption': (model, language) => `${model} — ${language}`,
  'cm.picker.unnamedModel': 'Modèle sans nom',
  'cm.picker.filterLabel': 'Filtrer les langues et les modèles personnalisés',
  'cm.picker.filterPlaceholder': 'Saisissez pour filtrer',
  'cm.picker.matches': (count) =>
    count === 0
      ? 'Aucune langue ni aucun modèle personnalisé ne correspond au filtre.'
      : plural('fr', count, { one: '# résultat', other: '# résultats' }),
  'cm.picker.empty': 'Aucune langue n’est disponible.',
  'cm.picker.noModels': 'Aucun modèle personnalisé n’a encore terminé son entraînement.',
  'cm.picker.error': 'Impossible de charger les langues et les modèles personnalisés.',
  'cm.picker.required': 'Veuillez choisir une langue.',
};
