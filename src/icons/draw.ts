import type { IconNode } from './icon-node.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What `drawIcon` put on an `<svg>`, so the next icon drawn there replaces it. */
const drawn = new WeakMap<SVGElement, { attributes: string[]; nodes: Element[] }>();

/** `icon` as new SVG elements of `document`, with DOM calls (the icon's `<svg>` and its children). */
export function buildIcon(document: Document, [tag, attributes, ...children]: IconNode): Element {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.map((child) => buildIcon(document, child)));
  return element;
}

/**
 * Draws `icon` into `svg` with DOM calls: no fetch, no markup parsed (so nothing for a strict
 * `connect-src` or for Trusted Types to refuse). What an earlier call drew there goes first; other
 * children (Shoelace's `<use>`) stay.
 */
export function drawIcon(svg: SVGElement, icon: IconNode | undefined): void {
  const previous = drawn.get(svg);
  if (previous) {
    for (const name of previous.attributes) svg.removeAttribute(name);
    for (const node of previous.nodes) node.remove();
    drawn.delete(svg);
  }
  if (!icon) return;
  const [, attributes, ...children] = icon;
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value);
  const nodes = children.map((child) => buildIcon(svg.ownerDocument, child));
  svg.append(...nodes);
  drawn.set(svg, { attributes: Object.keys(attributes), nodes });
}
