import { svg, nothing, type TemplateResult } from 'lit';
import { icons, type IconName } from '../icons/icons.js';

/*
 * The grid's chrome icons (header, toolbar, pager) as inline SVG templates built from our generated
 * icon module: one template per icon, cloned by Lit like any other markup. Not `<sl-icon>`s (a
 * component and a shadow root each, fetching and parsing their data: URL) and not CSS masks (each
 * distinct SVG image is an isolated SVG document, about a millisecond apiece on first render).
 * The row actions keep their masks: two images shared by every row.
 */

interface IconPath {
  d: string;
  fillRule?: string;
}

const parsed = new Map<IconName, IconPath[]>();

function pathsOf(name: IconName): IconPath[] {
  let paths = parsed.get(name);
  if (!paths) {
    paths = [...icons[name].matchAll(/<path\b([^>]*)\/?>/g)].map(([, attributes = '']) => ({
      d: /\bd="([^"]*)"/.exec(attributes)?.[1] ?? '',
      fillRule: /\bfill-rule="([^"]*)"/.exec(attributes)?.[1],
    }));
    parsed.set(name, paths);
  }
  return paths;
}

/** An icon the size of the text, in its colour, hidden from assistive technology. */
export function icon(name: IconName, className = ''): TemplateResult {
  return svg`<svg
    class="icon ${className}"
    data-icon=${name}
    viewBox="0 0 16 16"
    fill="currentColor"
    aria-hidden="true"
    focusable="false"
  >${pathsOf(name).map(
    (path) => svg`<path d=${path.d} fill-rule=${path.fillRule ?? nothing}></path>`,
  )}</svg>`;
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
