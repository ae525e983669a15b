import { adoptStyles, type LitElement } from 'lit';

type WithRegistry = { customElementRegistry?: CustomElementRegistry | null };

/**
 * The scoped custom element registry `element` was created in, or undefined for the document's
 * own (and where the browser has no scoped registries). See `defineCustomModelsElements`.
 */
export function scopedRegistryOf(element: Element): CustomElementRegistry | undefined {
  const registry = (element as Element & WithRegistry).customElementRegistry;
  return registry && registry !== globalThis.customElements ? registry : undefined;
}

/** The registry whose definitions an element's shadow tree uses: its scoped one, else the page's. */
export function registryOf(element: Element): CustomElementRegistry {
  return scopedRegistryOf(element) ?? customElements;
}

/**
 * The render root of an element created in a scoped registry: a shadow root in that registry, and
 * Lit's templates cloned in its scope, so the tags the element renders are that registry's
 * (another copy's, or none, in the document's). Undefined for an element of the document's
 * registry, which keeps Lit's own render root.
 */
export function scopedRenderRoot(element: LitElement): ShadowRoot | undefined {
  const registry = scopedRegistryOf(element);
  if (!registry || element.shadowRoot) return undefined;
  const ctor = element.constructor as typeof LitElement;
  const root = element.attachShadow({
    ...ctor.shadowRootOptions,
    customElementRegistry: registry,
  } as ShadowRootInit);
  adoptStyles(root, ctor.elementStyles);
  const init = { customElementRegistry: registry } as unknown as boolean;
  element.renderOptions.creationScope = { importNode: (node) => document.importNode(node, init) };
  element.renderOptions.renderBefore ??= root.firstChild;
  return root;
}
