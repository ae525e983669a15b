let started = false;

/**
 * Gives Shoelace's design tokens the light theme's values as their *initial* values, so a host that
 * loads no theme still sees the elements (and the Shoelace parts they render: a menu's panel, a
 * dialog, a button) as designed instead of transparent and unstyled. Registered custom properties
 * (`CSS.registerProperty`, syntax `*`, inherited) lose to any declaration: a host's theme
 * (`themes/*.css`, Shoelace's light.css or dark.css, `sl-theme-dark`) and its own token overrides
 * win wherever they apply, whenever they load. Done once per page at the first connection of one
 * of our elements, and only when no theme reaches that element: the tokens (3.8 kB gzip) then load
 * on demand. A token already registered (by the host, or another copy) is left as it is.
 */
export function registerThemeFallback(element: Element): void {
  if (started) return;
  started = true;
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  if (getComputedStyle(element).getPropertyValue('--sl-panel-background-color').trim()) return;
  void import('./light-theme-tokens.js').then(({ lightThemeTokens }) => {
    for (const [name, initialValue] of lightThemeTokens) {
      try {
        CSS.registerProperty({ name, syntax: '*', inherits: true, initialValue });
      } catch {
        // Registered already: that registration stays.
      }
    }
  });
}
