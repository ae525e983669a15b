import {
  TrainingStatus,
  type AdapterCapabilities,
  type CustomModel,
  type Language,
  type ModelQuery,
} from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import type { CustomModelsStore, ResourceName } from '../store/custom-models-store.js';
import { pageName } from '../store/model-cache.js';
import { languageLabel } from '../store/language-label.js';
import { parsePickerValue, type CustomModelPickerSelection } from './value.js';

/** Models asked per `listModels` call, and the most pages read (100 × 100 models). */
const PAGE_SIZE = 100;
const MAX_PAGES = 100;

/** A language option and, under it, the options of its custom models. */
export interface OptionGroup {
  language: Language;
  models: CustomModel[];
}

/** How options read: a language's name, and "Medical EN — English" for a model. */
export interface OptionLabels {
  languageName: (language: Language) => string;
  modelLabel: (model: CustomModel, language: Language) => string;
}

/** The query of the picker's pages: trained models, by name where the adapter can. */
export function trainedQuery(
  capabilities: AdapterCapabilities | undefined,
): Omit<ModelQuery, 'page'> {
  const byStatus = capabilities?.filters?.includes('trainingStatus') ?? false;
  const byName = capabilities?.sort?.includes('name') ?? false;
  const query: Omit<ModelQuery, 'page'> = { pageSize: PAGE_SIZE };
  if (byStatus) query.filters = { trainingStatus: [TrainingStatus.Success] };
  if (byName) query.sort = { field: 'name', direction: 'asc' };
  return query;
}

/** The names of the pages `loadTrained` may read: a status change re-reads them (`lists:…`). */
export function trainedPages(query: Omit<ModelQuery, 'page'>): ResourceName[] {
  return Array.from({ length: MAX_PAGES }, (_, i) => pageName({ ...query, page: i + 1 }));
}

/** Every model whose training succeeded, page by page, into the store. */
export async function loadTrained(
  store: CustomModelsStore,
  query: Omit<ModelQuery, 'page'>,
  signal: AbortSignal,
): Promise<void> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await store.loadPage({ ...query, page }, { signal });
    if (!result.items.length || page * PAGE_SIZE >= result.total) break;
  }
}

/** The trained models of the loaded pages, as the store has them now; undefined until loaded. */
export function readTrained(
  store: CustomModelsStore,
  query: Omit<ModelQuery, 'page'>,
): CustomModel[] | undefined {
  const models: CustomModel[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = store.page({ ...query, page });
    if (!result) return page === 1 ? undefined : models;
    // Filtered here too: an adapter without a status filter returns every model.
    models.push(...result.items.filter((m) => m.trainingStatus === TrainingStatus.Success));
    if (!result.items.length || page * PAGE_SIZE >= result.total) break;
  }
  return models;
}

/**
 * Languages in their given order, each with its models by name (in `locale`); models on other
 * languages get a group too.
 */
export function groupOptions(
  languages: Language[],
  trained: CustomModel[],
  locale: string,
): OptionGroup[] {
  const groups: OptionGroup[] = languages.map((language) => ({ language, models: [] }));
  const byId = new Map(groups.map((g) => [g.language.id, g]));
  const byKey = new Map(groups.map((g) => [g.language.key.toLowerCase(), g]));
  for (const model of trained) {
    const base = model.baseLanguage;
    let group = byId.get(base.id) ?? (base.key ? byKey.get(base.key.toLowerCase()) : undefined);
    if (!group) {
      group = { language: base, models: [] };
      groups.push(group);
      byId.set(base.id, group);
      if (base.key) byKey.set(base.key.toLowerCase(), group);
    }
    group.models.push(model);
  }
  const collator = new Intl.Collator(locale, {
    sensitivity: 'base',
    numeric: true,
  });
  for (const group of groups) group.models.sort((a, b) => collator.compare(a.name, b.name));
  return groups;
}

/** The option a picker value names, as objects; null when it names nothing offered. */
export function findSelection(
  groups: OptionGroup[],
  value: string,
): CustomModelPickerSelection | null {
  const parsed = parsePickerValue(value);
  if (!parsed) return null;
  const group = groups.find((g) => g.language.id === parsed.languageId);
  if (!group) return null;
  if (parsed.modelId === undefined) return { language: group.language };
  const model = group.models.find((m) => m.id === parsed.modelId);
  return model ? { language: group.language, model } : null;
}

/** How many options the groups make: one per language and one per model. */
export function optionCount(groups: OptionGroup[]): number {
  return groups.reduce((n, g) => n + 1 + g.models.length, 0);
}

/** Lower case without accents, for type-to-filter. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The groups narrowed by the filter text; the chosen option (`value`) always stays. */
export function visibleGroups(
  groups: OptionGroup[],
  filterText: string,
  value: string,
  labels: OptionLabels,
): OptionGroup[] {
  const needle = fold(filterText.trim());
  if (!needle) return groups;
  const chosen = parsePickerValue(value);
  const out: OptionGroup[] = [];
  for (const group of groups) {
    const { language } = group;
    const languageMatches = fold(`${labels.languageName(language)} ${language.key}`).includes(
      needle,
    );
    const models = languageMatches
      ? group.models
      : group.models.filter(
          (m) =>
            fold(labels.modelLabel(m, language)).includes(needle) ||
            (chosen?.languageId === language.id && chosen.modelId === m.id),
        );
    const keepLanguage = languageMatches || models.length > 0 || chosen?.languageId === language.id;
    if (keepLanguage) out.push({ language, models });
  }
  return out;
}

/**
 * The labels in `localize`'s language. A host's own languages (`hostLanguages`) keep the names it
 * gave them; the adapter's are named as every other view names them, in the current locale.
 */
export function optionLabels(localize: LocalizeController, hostLanguages: boolean): OptionLabels {
  const languageName = (language: Language) => {
    if (hostLanguages && language.name) return language.name;
    return languageLabel(localize.lang(), language) || String(language.id ?? '');
  };
  return {
    languageName,
    modelLabel: (model, language) =>
      localize.term(
        'cm.picker.modelOption',
        model.name.trim() || localize.term('cm.picker.unnamedModel'),
        languageName(language),
      ),
  };
}
