import { CustomModelsApiError } from '../api/errors.js';
import type { LocalizeController } from '../i18n/localize.js';

/**
 * The sentence to show for a failure: the adapter's own message (adapters write them for users,
 * and a refusal by the plan is most useful in the server's own words: which limit, which plan),
 * else a sentence for the kind, and a generic sentence for anything that is not an adapter
 * error, so a stack trace or "[object Object]" never reaches the screen.
 */
export function errorMessage(localize: LocalizeController, error: unknown): string {
  if (CustomModelsApiError.is(error)) {
    const message = typeof error.message === 'string' ? error.message.trim() : '';
    if (message) return message;
    if (error.kind === 'payment-required') return localize.term('cm.error.paymentRequired');
    if (error.kind === 'network') return localize.term('cm.error.network');
    if (error.kind === 'forbidden') return localize.term('cm.error.forbidden');
    if (error.kind === 'unauthorized') return localize.term('cm.error.unauthorized');
  }
  return localize.term('cm.error.generic');
}
