/**
 * Defines a tag once. A page may load the library twice (two bundles, a micro-frontend); the second
 * definition is skipped instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
