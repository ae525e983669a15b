/**
 * The store behind every element: `CustomModelsStore` (one per adapter), for a Lit host that
 * provides its own through `customModelsStoreContext`, or code that reads what the elements show.
 * @packageDocumentation
 */
export {
  CustomModelsStore,
  type StoreListener,
  type TrainingEnded,
  type TrainingEndedHandler,
} from './store/index.js';
export { customModelsStoreContext } from './internal/context.js';
