/*
 * The dataset pre-flight: what a chosen file holds, read in the browser before any byte is sent.
 * Loaded on demand (`import('./preflight/index.js')`) when files are chosen, so the page entry
 * does not carry it.
 */
export { preflightFile, preflightSelection, type PreflightFile } from './preflight.js';
export { DEFAULT_PREFLIGHT_RULES, LANGUAGE_PREFLIGHT_RULES, preflightRulesFor } from './rules.js';
export type * from './types.js';
