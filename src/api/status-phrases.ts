/*
 * HTTP reason phrases and the generic labels servers put where a sentence belongs. Neither tells a
 * user what went wrong: the Scriptix adapter looks past them for the server's own sentence, and the
 * conformance kit fails an adapter whose error message is only one of them. Not public API.
 */
const PHRASES = [
  'bad request',
  'unauthorized',
  'unauthorised',
  'payment required',
  'forbidden',
  'not found',
  'method not allowed',
  'not acceptable',
  'request timeout',
  'conflict',
  'gone',
  'precondition failed',
  'payload too large',
  'request entity too large',
  'unsupported media type',
  'unprocessable entity',
  'unprocessable content',
  'too many requests',
  'internal server error',
  'not implemented',
  'bad gateway',
  'service unavailable',
  'gateway timeout',
  // Generic labels, not sentences.
  'error',
  'unknown error',
  'validation error',
  'validation failed',
  'server error',
  'request failed',
];

const PHRASE_SET = new Set(PHRASES);

/** `"Not Found"`, `"NOT FOUND."`, `"404 Not Found"` → true: a status phrase, not a sentence. */
export function isStatusPhrase(text: string): boolean {
  const normalized = text
    .trim()
    .toLowerCase()
    .replace(/^\d{3}\s+/, '')
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ');
  return PHRASE_SET.has(normalized) || /^\d{3}$/.test(normalized);
}

/** A code like `invalid_token`, `NOT_FOUND` or `model.missing`: one token, not a sentence. */
export function isErrorCode(text: string): boolean {
  return /^[\w.:-]+$/.test(text.trim());
}
