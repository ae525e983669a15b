import { getIconLibrary } from '@shoelace-style/shoelace/dist/components/icon/library.js';
import shoelaceSystemLibrary from '@shoelace-style/shoelace/dist/components/icon/library.system.js';
import { registerIconLibrary } from '@shoelace-style/shoelace/dist/utilities/icon-library.js';
import { drawIcon } from './draw.js';
import type { IconNode } from './icon-node.js';
import { icons, systemIcons, type IconName } from './icons.js';

/** Name of our Shoelace icon library. Not "default": the registry is page-global and the host's. */
export const ICON_LIBRARY = 'custom-models';

/**
 * A Shoelace icon library that never fetches. Shoelace fetches the URL a library's resolver gives,
 * `data:` URLs included, and a strict `connect-src` refuses that fetch (the icon stays blank). A
 * sprite-sheet library is not fetched: `<sl-icon>` renders `<svg><use href=…></svg>` and hands the
 * `<svg>` to the mutator. Our resolver gives a same-document fragment that points at nothing (no
 * request of any kind), and the mutator draws the icon into that `<svg>` (src/icons/draw.ts).
 */
function library(set: Readonly<Record<string, IconNode>>, prefix: string) {
  return {
    spriteSheet: true,
    resolver: (name: string) => (Object.hasOwn(set, name) ? `#${prefix}${name}` : ''),
    mutator: (svg: SVGElement) => {
      const href = svg.querySelector('use')?.getAttribute('href') ?? '';
      drawIcon(svg, set[href.slice(prefix.length + 1)]);
    },
  };
}

let registered = false;

/**
 * Registers our icons once, at the first connection of one of our elements (not on import):
 * `<sl-icon library="custom-models">` then never hits the network. Shoelace's own "system" library
 * (the icons inside its components: a dialog's close button, a select's caret) resolves to `data:`
 * URLs it fetches too; while it is still Shoelace's own, it is replaced by the same icons drawn
 * the same way. A host that registered its own "system" library keeps it.
 */
export function registerIcons(): void {
  if (registered) return;
  registered = true;
  registerIconLibrary(ICON_LIBRARY, library(icons, 'cm-icon-'));
  if (getIconLibrary('system') === shoelaceSystemLibrary) {
    registerIconLibrary('system', library(systemIcons, 'cm-system-icon-'));
  }
}

export type { IconName };
