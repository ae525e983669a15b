/**
 * The adapter conformance kit: `checkAdapter(api)` runs the contract's checks against any
 * `CustomModelsApi` and reports each one with a sentence; `describeConformance` registers them as
 * tests in mocha (a browser runner), `node:test`, Vitest or Jest. Defines no element.
 * @packageDocumentation
 */
export * from './conformance/index.js';
