import { CustomModelsApiError, type KnownErrorCode } from '../api/errors.js';
import type { LocalizeController, TermKey } from '../i18n/localize.js';

/** The sentence of each known refusal, in the user's language. */
const CODE_TERMS: Record<KnownErrorCode, TermKey> = {
  'duplicate-name': 'cm.error.duplicateName',
  'plan-limit': 'cm.error.planLimit',
  'model-busy': 'cm.error.modelBusy',
  'empty-transcript': 'cm.error.emptyTranscript',
  'no-audio': 'cm.error.noAudio',
  'unreadable-audio': 'cm.error.unreadableAudio',
  'unknown-model': 'cm.error.unknownModel',
};

/** Our sentence for a known code, or undefined. */
function codeSentence(localize: LocalizeController, code: unknown): string | undefined {
  if (typeof code !== 'string' || !Object.hasOwn(CODE_TERMS, code)) return undefined;
  return localize.term(CODE_TERMS[code as KnownErrorCode]);
}

/**
 * The sentence to show for a failure: for a known refusal (`code`, see KNOWN_ERROR_CODES) our own
 * sentence in the user's language; else the adapter's own message (adapters write them for users,
 * and a refusal by the plan is most useful in the server's own words: which limit, which plan),
 * else a sentence for the kind, and a generic sentence for anything that is not an adapter
 * error, so a stack trace or "[object Object]" never reaches the screen.
 */
export function errorMessage(localize: LocalizeController, error: unknown): string {
  if (CustomModelsApiError.is(error)) {
    const known = codeSentence(localize, error.code);
    if (known) return known;
    const message = typeof error.message === 'string' ? error.message.trim() : '';
    if (message) return message;
    if (error.kind === 'payment-required') return localize.term('cm.error.paymentRequired');
    if (error.kind === 'network') return localize.term('cm.error.network');
    if (error.kind === 'forbidden') return localize.term('cm.error.forbidden');
    if (error.kind === 'unauthorized') return localize.term('cm.error.unauthorized');
  }
  return localize.term('cm.error.generic');
}

/**
 * The service's own words, when {@link errorMessage} said the failure in ours instead (a known
 * code): shown beside it as a secondary detail (which name, which file, which limit). Undefined
 * when the message itself is what is shown.
 */
export function errorDetail(localize: LocalizeController, error: unknown): string | undefined {
  if (!CustomModelsApiError.is(error) || !codeSentence(localize, error.code)) return;
  const message = typeof error.message === 'string' ? error.message.trim() : '';
  return message || undefined;
}

/** A failed model's reason as an error, so it is said by the same two functions. */
export function statusFailure(model: {
  statusMessage?: unknown;
  statusCode?: unknown;
}): CustomModelsApiError | undefined {
  const message = typeof model.statusMessage === 'string' ? model.statusMessage.trim() : '';
  const code = typeof model.statusCode === 'string' ? model.statusCode : undefined;
  if (!message && !code) return undefined;
  return new CustomModelsApiError('server', message, { code });
}
