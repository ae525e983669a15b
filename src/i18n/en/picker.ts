/** Strings of `<custom-model-picker>`. */
export const picker = {
  'cm.picker.label': 'Language',
  'cm.picker.placeholder': 'Choose a language or custom model',
  'cm.picker.loadingPlaceholder': 'Loading…',
  'cm.picker.loading': 'Loading languages and custom models…',
  /** A custom model's option: "Medical EN — English". */
  'cm.picker.modelOption': (model: string, language: string) => `${model} — ${language}`,
  'cm.picker.unnamedModel': 'Unnamed model',
  'cm.picker.filterLabel': 'Filter languages and custom models',
  'cm.picker.filterPlaceholder': 'Type to filter',
  'cm.picker.matches': (count: number) =>
    count === 0
      ? 'No language or custom model matches the filter.'
      : count === 1
        ? '1 match'
        : `${count} matches`,
  'cm.picker.empty': 'No languages are available.',
  'cm.picker.noModels': 'No custom model has finished training yet.',
  'cm.picker.error': 'The languages and custom models could not be loaded.',
  'cm.picker.required': 'Please choose a language.',
};
