import { LazyModule } from './lazy-module.js';

/**
 * Defines tags whose modules load on demand: each tag's define module is imported the first time
 * an element with that tag is in the document (there already, or added later), so a host's bundler
 * keeps it in a chunk of its own that loads only when it is used. Elements of ours that render such
 * a tag in their shadow roots load it themselves (the page its details and dialogs).
 *
 * Used by the root entry only (a define module): a host that builds a tag in its own shadow root,
 * or constructs it with `new` before one is in the document, imports its define module instead.
 * A module that failed to load (offline, a deploy that removed the chunk) is tried again when
 * another element with its tag is added.
 */
export function defineOnDemand(modules: readonly LazyModule[]): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  let waiting = modules.filter((module) => !customElements.get(module.tag));
  if (!waiting.length) return;
  const load = (module: LazyModule) =>
    module.load(customElements).catch((error: unknown) => {
      console.error(
        `@scriptix/custom-models-elements: <${module.tag}> could not be loaded; it is tried again when another one is added.`,
        error,
      );
      if (!waiting.includes(module)) waiting.push(module);
      observer.observe(document, { childList: true, subtree: true });
    });
  const found = (root: Element | Document) => {
    const seen = waiting.filter(
      (module) =>
        (root.nodeType === Node.ELEMENT_NODE && (root as Element).localName === module.tag) ||
        root.querySelector(module.tag) !== null,
    );
    if (!seen.length) return;
    waiting = waiting.filter((module) => !seen.includes(module));
    if (!waiting.length) observer.disconnect();
    for (const module of seen) void load(module);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) found(node as Element);
        if (!waiting.length) return;
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  found(document);
}
