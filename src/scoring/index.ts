/*
 * The accuracy engine: word error rates from texts (alignment, normalisation profiles), test items
 * from file names, and a verdict with its confidence. No DOM; exported from `adapters.js`.
 */
export * from './align.js';
export * from './score.js';
export * from './profiles.js';
export { spellNumber, MAX_SPELLED_NUMBER, type NumberLanguage } from './numbers.js';
export * from './verdict.js';
export * from './test-items.js';
export * from './report.js';
export * from './report-export.js';
