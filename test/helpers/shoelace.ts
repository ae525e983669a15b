import { setDefaultAnimation } from '@shoelace-style/shoelace/dist/utilities/animation-registry.js';
import { waitUntil } from '@open-wc/testing';

/** Turns Shoelace's show/hide animations off, so tests wait for state rather than for motion. */
export function disableShoelaceAnimations(): void {
  for (const name of [
    'dialog.show',
    'dialog.hide',
    'dialog.denyClose',
    'dialog.overlay.show',
    'dialog.overlay.hide',
    'select.show',
    'select.hide',
    'dropdown.show',
    'dropdown.hide',
    'tooltip.show',
    'tooltip.hide',
    'alert.show',
    'alert.hide',
    'popup.show',
  ]) {
    setDefaultAnimation(name, null);
  }
}

/** The element focused deep inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until `predicate` holds, with a message that says what was awaited. */
export function until(predicate: () => unknown, message: string, timeout = 4000): Promise<void> {
  return waitUntil(predicate, message, { timeout });
}

/** Visible text of an element and its shadow tree, whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.shadowRoot) n.shadowRoot.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
