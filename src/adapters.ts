/**
 * The adapters and the contract, without defining any element.
 * @packageDocumentation
 */
export * from './api/index.js';
export {
  InMemoryCustomModelsApi,
  type InMemoryOptions,
} from './adapters/in-memory/in-memory-api.js';
export * from './adapters/scriptix/index.js';
// The accuracy engine (issue 26): word error rates, normalisation profiles, test items, verdicts.
export * from './scoring/index.js';
