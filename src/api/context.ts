import { createContext } from '@lit/context';
import type { CustomModelsApi, Session } from './types.js';

/** The API adapter every element uses; provided by `<custom-models-provider>` or the page. */
export const customModelsApiContext = createContext<CustomModelsApi | undefined>(
  Symbol.for('custom-models:api'),
);

/** The current session (role, organisation), when a provider already has it. */
export const customModelsSessionContext = createContext<Session | undefined>(
  Symbol.for('custom-models:session'),
);
