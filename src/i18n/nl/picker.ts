import type { picker as en } from '../en/picker.js';
import { plural, type SectionOf } from '../catalogue.js';

/** Dutch: strings of `<custom-model-picker>`. */
export const picker: SectionOf<typeof en> = {
  'cm.picker.label': 'Taal',
  'cm.picker.placeholder': 'Kies een taal of aangepast model',
  'cm.picker.loadingPlaceholder': 'Laden…',
  'cm.picker.loading': 'Talen en aangepaste modellen laden…',
  'cm.picker.modelOption': (model, language) => `${model} — ${language}`,
  'cm.picker.unnamedModel': 'Naamloos model',
  'cm.picker.filterLabel': 'Talen en aangepaste modellen filteren',
  'cm.picker.filterPlaceholder': 'Typ om te filteren',
  'cm.picker.matches': (count) =>
    count === 0
      ? 'Geen taal of aangepast model komt overeen met het filter.'
      : plural('nl', count, { one: '# resultaat', other: '# resultaten' }),
  'cm.picker.empty': 'Er zijn geen talen beschikbaar.',
  'cm.picker.noModels': 'Er is nog geen aangepast model klaar met trainen.',
  'cm.picker.error': 'De talen en aangepaste modellen konden niet worden geladen.',
  'cm.picker.required': 'Kies een taal.',
};
