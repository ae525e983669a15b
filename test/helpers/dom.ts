/** DOM walks across shadow roots, for checks that must see inside every element. */

/** The node and every shadow root below it (depth first), open roots only. */
export function allRoots(node: Node): Array<Document | ShadowRoot | Element> {
  const roots: Array<Document | ShadowRoot | Element> = [];
  const visit = (root: Document | ShadowRoot | Element) => {
    roots.push(root);
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (node instanceof Element || node instanceof Document || node instanceof ShadowRoot) {
    visit(node);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
  }
  return roots;
}

/** Every element under `node`, shadow trees included. */
export function allElements(node: Node): Element[] {
  const out: Element[] = [];
  for (const root of allRoots(node)) {
    if (root instanceof Element) out.push(root);
    out.push(...root.querySelectorAll('*'));
  }
  return out;
}

/**
 * Elements that only exist when data was parsed as markup: scripts, frames, images, `<svg>` with
 * handlers, any `on…` attribute, `javascript:` links. Shoelace icons render their own (inert) SVG,
 * which is why a bare `<svg>` is not counted.
 */
export function injectedElements(node: Node): Element[] {
  return allElements(node).filter((element) => {
    const tag = element.localName;
    if (['script', 'iframe', 'object', 'embed', 'img', 'details', 'math', 'style'].includes(tag)) {
      // Lit adopts stylesheets; a <style> element in a shadow root would be injected markup.
      return true;
    }
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) return true;
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) &&
        /^\s*(javascript|data):/i.test(attribute.value)
      ) {
        return true;
      }
    }
    return false;
  });
}

/** Every text node's data under `node`, shadow trees included, concatenated without changes. */
export function rawText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push((n as Text).data);
    if (n instanceof Element && n.shadowRoot) n.shadowRoot.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join('\u0001');
}

/** Busy indicators left on screen: spinners, indeterminate bars, `aria-busy="true"`, loading buttons. */
export function busyIndicators(node: Node): Element[] {
  return allElements(node).filter((element) => {
    if (!isShown(element)) return false;
    if (element.localName === 'sl-spinner') return true;
    if (element.localName === 'progress' && !element.hasAttribute('value')) return true;
    // The grid's own indeterminate bar (role="progressbar" with no value) and skeleton placeholders.
    if (element.getAttribute('role') === 'progressbar' && !element.hasAttribute('aria-valuenow'))
      return true;
    if (element.localName === 'sl-skeleton' || element.classList.contains('skeleton')) return true;
    if (element.getAttribute('aria-busy') === 'true') return true;
    if (element.localName === 'sl-button' && element.hasAttribute('loading')) return true;
    return false;
  });
}

/** Whether an element takes up space (not `hidden`, not inside a closed dialog or display:none). */
export function isShown(element: Element): boolean {
  if (element.closest('[hidden]')) return false;
  const rects = element.getClientRects();
  return rects.length > 0;
}

/**
 * The training status a region shows: a `<model-status-badge>`'s `status`, or the `data-status` of
 * the badge a grid row draws in its own tree (rows.ts).
 */
export function statusIn(root: ParentNode | null | undefined): string | null | undefined {
  const badge = root?.querySelector('model-status-badge, .badge[data-status]');
  return badge?.getAttribute(badge.localName === 'model-status-badge' ? 'status' : 'data-status');
}
