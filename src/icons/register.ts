import { registerIconLibrary } from '@shoelace-style/shoelace/dist/utilities/icon-library.js';
import { icons, type IconName } from './icons.js';

/** Name of our Shoelace icon library. Not "default": the registry is page-global and the host's. */
export const ICON_LIBRARY = 'custom-models';

let registered = false;

/** Registers the bundled icons once; `<sl-icon library="custom-models">` then never hits the network. */
export function registerIcons(): void {
  if (registered) return;
  registered = true;
  registerIconLibrary(ICON_LIBRARY, {
    resolver: (name) => `data:image/svg+xml,${encodeURIComponent(icons[name as IconName] ?? '')}`,
    mutator: (svg) => svg.setAttribute('fill', 'currentColor'),
  });
}

export type { IconName };
