import { VERSION } from './version.js';

/** Where a defined class keeps the version of the copy that defined it, read by every copy. */
const DEFINED_BY = Symbol.for('@scriptix/custom-models-elements/version');

/** Whether this copy has said that another copy owns the tags (said once per copy). */
let warned = false;

/**
 * Defines a tag once. A page may load the library twice (two bundles, a micro-frontend): a tag
 * already defined is left as it is, and the first one this copy finds taken is told once in the
 * console, with both versions, since the page then runs the other copy's elements. Two versions
 * side by side each define their elements in a scoped registry instead (`scoped.ts`).
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    Object.defineProperty(constructor, DEFINED_BY, { value: VERSION, configurable: true });
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || warned) return;
  warned = true;
  const other = (existing as unknown as Record<symbol, unknown>)[DEFINED_BY];
  const by = typeof other === 'string' ? `another copy, version ${other}` : 'another script';
  console.warn(
    `@scriptix/custom-models-elements ${VERSION}: <${tag}> is already defined by ${by}; this ` +
      `copy's tags are left to it (README: "Two copies in one page").`,
  );
}
