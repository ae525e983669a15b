/**
 * The store behind every element: `CustomModelsStore` (one per adapter), for a Lit host that
 * provides its own through `customModelsStoreContext`, or code that reads what the elements show.
 */
export * from './store/index.js';
export { customModelsStoreContext } from './internal/context.js';
