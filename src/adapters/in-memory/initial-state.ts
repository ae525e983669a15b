import type { Language, Organization } from '../../api/types.js';
import { DEMO_ORGANIZATION, createDemoData, generateModels } from './demo-data.js';
import type { InMemoryOptions } from './in-memory-api.js';
import type { PersistedState } from './storage.js';

/** The state to start from when nothing is stored: the demo organisation, or the caller's data. */
export function initialState(
  options: InMemoryOptions,
  languages: Language[],
): Omit<PersistedState, 'v'> {
  const { models, datasets, organization } = options;
  if (models === undefined) {
    const demo = createDemoData();
    return {
      models: demo.models,
      datasets: datasets ?? demo.datasets,
      organization: { ...DEMO_ORGANIZATION, ...organization },
      training: [],
    };
  }
  // The demo's plan limit fits the demo's dozen models, not a caller's own data.
  const unlimited: Organization = { ...DEMO_ORGANIZATION };
  delete unlimited.customModelLimit;
  return {
    models: typeof models === 'number' ? generateModels(models, undefined, languages) : models,
    datasets: datasets ?? {},
    organization: { ...unlimited, ...organization },
    training: [],
  };
}
