import type { CustomModelsApi } from '../api/types.js';

/**
 * Whether an adapter serves evaluations: `capabilities.evaluations` declared and both methods
 * there. Internal (not in the contract's module): the adapters' entry does not carry it.
 */
export function servesEvaluations(api: CustomModelsApi | undefined): boolean {
  return Boolean(
    api?.capabilities?.evaluations &&
    typeof api.startEvaluation === 'function' &&
    typeof api.getEvaluation === 'function',
  );
}
