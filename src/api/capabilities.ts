import type { CustomModelsApi } from './types.js';

/**
 * Whether an adapter serves evaluations: `capabilities.evaluations` declared and both methods
 * there. Kept beside the contract, not in it: the adapters' entry does not carry it.
 */
export function servesEvaluations(api: CustomModelsApi | undefined): boolean {
  return Boolean(
    api?.capabilities?.evaluations &&
    typeof api.startEvaluation === 'function' &&
    typeof api.getEvaluation === 'function',
  );
}
