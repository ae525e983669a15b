import { createContext } from '@lit/context';
import type { CustomModelsApi } from '../api/types.js';
import type { CustomModelsStore } from '../store/custom-models-store.js';

/** The API adapter every element uses; provided by `<custom-models-provider>` or the page. */
export const customModelsApiContext = createContext<CustomModelsApi | undefined>(
  Symbol.for('custom-models:api'),
);

/**
 * The store that owns what the adapter returned (`CustomModelsStore`), shared by every element
 * inside a provider or page. A Lit host may provide its own: `new CustomModelsStore(api)`.
 */
export const customModelsStoreContext = createContext<CustomModelsStore | undefined>(
  Symbol.for('custom-models:store'),
);
