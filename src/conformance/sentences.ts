/*
 * How the kit says what it saw: failures as sentences, values and errors quoted so a developer
 * recognises them, and the rule for a message fit to show a user.
 */
import { API_ERROR_KINDS, CustomModelsApiError } from '../api/errors.js';
import { isErrorCode, isStatusPhrase } from '../api/status-phrases.js';

/** Thrown inside a check: its message is the check's failure sentence. */
export class CheckFailure extends Error {
  override readonly name = 'CheckFailure';
}

/** Fails the running check with `message`. */
export function fail(message: string): never {
  throw new CheckFailure(message);
}

/** A value as a developer would write it, shortened: `"Legal NL"`, `3`, `{ page: 1 }`. */
export function quote(value: unknown, max = 80): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'undefined';
  else if (typeof value === 'function') text = 'a function';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * An error as a developer needs to read it: kind, status and message of an adapter error, else
 * its class and message, else the rejected value itself.
 */
export function describeError(error: unknown): string {
  if (CustomModelsApiError.is(error)) {
    const status = error.status !== undefined ? `, status ${error.status}` : '';
    return `CustomModelsApiError of kind ${quote(error.kind)}${status} (${quote(error.message, 160)})`;
  }
  if (looksLikeForeignApiError(error)) {
    return `an error named CustomModelsApiError of kind ${quote(error.kind)} that is not an instance of the class this kit imports (two copies of the package are loaded: import the error and the kit from the same one)`;
  }
  if (error instanceof Error) return `${error.name}: ${quote(error.message, 160)}`;
  return `the non-error value ${quote(error)}`;
}

function looksLikeForeignApiError(error: unknown): error is { kind: unknown } {
  return (
    typeof error === 'object' &&
    error !== null &&
    !CustomModelsApiError.is(error) &&
    (error as { name?: unknown }).name === 'CustomModelsApiError' &&
    'kind' in error
  );
}

/**
 * Why `message` is not fit to show a user as it is, or undefined when it is: empty, a status
 * phrase or a code, raw JSON, `[object Object]`, a stack trace, a programming or fetch error.
 */
export function unfitMessage(message: unknown): string | undefined {
  if (typeof message !== 'string') return `its message is ${quote(message)}, not text`;
  const text = message.trim();
  if (!text) return 'its message is empty';
  if (/\[object \w+\]|\bundefined\b|\bNaN\b/.test(text))
    return `its message ${quote(text)} shows a value a program printed, not a sentence`;
  if (/^[[{]/.test(text)) return `its message ${quote(text)} is raw data, not a sentence`;
  if (/\n\s*at\s|\bat\s+\S+\s+\(\S+:\d+:\d+\)|\.(?:js|ts|mjs):\d+/.test(text))
    return `its message ${quote(text)} contains a stack trace`;
  if (isStatusPhrase(text))
    return `its message ${quote(text)} is only a status phrase: say what went wrong`;
  if (isErrorCode(text))
    return `its message ${quote(text)} is only a code: put it in \`code\` and say what went wrong`;
  if (/^(?:\w*Error|Uncaught|Exception)\b:?/.test(text))
    return `its message ${quote(text)} reads as a programming error`;
  if (/failed to fetch|networkerror when attempting|load failed|fetch failed/i.test(text))
    return `its message ${quote(text)} is the browser's raw fetch error: say the service could not be reached`;
  if (text.length > 400)
    return `its message is ${text.length} characters long: keep it to a sentence or two`;
  return undefined;
}

/**
 * Why `error` breaks the contract's error rules, or undefined: it must be a CustomModelsApiError
 * with a known kind, a numeric status where it has one, text field errors, and a fit message.
 */
export function errorProblem(error: unknown): string | undefined {
  if (!CustomModelsApiError.is(error))
    return `it is ${describeError(error)}, not a CustomModelsApiError`;
  if (!(API_ERROR_KINDS as readonly string[]).includes(error.kind))
    return `its kind ${quote(error.kind)} is not one of ${API_ERROR_KINDS.join(', ')}`;
  if (error.status !== undefined && !Number.isInteger(error.status))
    return `its status ${quote(error.status)} is not an HTTP status number`;
  if (error.fieldErrors !== undefined) {
    const entries =
      typeof error.fieldErrors === 'object' && error.fieldErrors !== null
        ? Object.entries(error.fieldErrors)
        : undefined;
    if (!entries) return `its fieldErrors ${quote(error.fieldErrors)} is not an object`;
    const bad = entries.find(([, message]) => unfitMessage(message));
    if (bad) return `its field error for ${quote(bad[0])}: ${unfitMessage(bad[1])}`;
  }
  return unfitMessage(error.message);
}

/** `2024-05-01T10:00:00.000Z`, `2024-05-01T10:00:00+02:00`, `2024-05-01`: ISO-8601 and a real date. */
export function isIsoDate(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(
      value,
    ) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** `listModels({ page: 1, pageSize: 3 })`: a call as a developer would type it. */
export function callText(method: string, ...args: unknown[]): string {
  return `${method}(${args.map((arg) => quote(arg, 60)).join(', ')})`;
}
