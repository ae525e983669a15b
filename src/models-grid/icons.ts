import { svg, type TemplateResult } from 'lit';
import { svg as staticSvg, unsafeStatic } from 'lit/static-html.js';
import type { IconNode } from '../icons/icon-node.js';
import { icons, type IconName } from '../icons/icons.js';

/*
 * The grid's chrome icons (header, toolbar, pager) as inline SVG templates built from our generated
 * icon module (their children are `<path>`s): one template per icon, cloned by Lit like any other markup. Not `<sl-icon>`s (a
 * component and a shadow root each, fetching and parsing their data: URL) and not CSS masks (each
 * distinct SVG image is an isolated SVG document, about a millisecond apiece on first render).
 * The row actions' icons are inline SVG too, cloned with their row (rows.ts).
 */

/**
 * Each icon's paths as static markup of its template (our generated icon module, never data): as
 * a list of path templates, each icon held a Lit marker comment per path and one for the list, 56
 * comment nodes in a grid's chrome.
 */
const pathMarkup = new Map<IconName, ReturnType<typeof unsafeStatic>>();
function paths(name: IconName) {
  let markup = pathMarkup.get(name);
  if (!markup) {
    markup = unsafeStatic(
      (icons[name].slice(2) as IconNode[])
        .map(
          ([, attributes]) =>
            `<path d="${attributes.d}"${attributes['fill-rule'] ? ` fill-rule="${attributes['fill-rule']}"` : ''}></path>`,
        )
        .join(''),
    );
    pathMarkup.set(name, markup);
  }
  return markup;
}

/** An icon the size of the text, in its colour, hidden from assistive technology. */
export function icon(name: IconName, className = ''): TemplateResult {
  return staticSvg`<svg
    class="icon ${className}"
    data-icon=${name}
    viewBox="0 0 16 16"
    fill="currentColor"
    aria-hidden="true"
    focusable="false"
  >${paths(name)}</svg>`;
}

/** Shoelace's system caret (a stroked chevron), as on `<sl-button caret>`. */
export const caretIcon = svg`<svg
  class="icon caret"
  viewBox="0 0 24 24"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
  stroke-linejoin="round"
  aria-hidden="true"
  focusable="false"
><polyline points="6 9 12 15 18 9"></polyline></svg>`;
