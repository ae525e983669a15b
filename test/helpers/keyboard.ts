import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, textOf } from './shoelace.js';

/** True when `element` is the focused element or holds it (through shadow roots). */
export function holdsFocus(element: Element): boolean {
  let active: Element | null = deepActiveElement();
  while (active) {
    if (active === element || element.contains(active)) return true;
    const root = active.getRootNode();
    active = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/** Presses Tab until focus is on `element` (as a keyboard user gets there), at most `max` times. */
export async function tabTo(element: Element, max = 60): Promise<void> {
  for (let i = 0; i < max && !holdsFocus(element); i++) await sendKeys({ press: 'Tab' });
  expect(holdsFocus(element), `reached by Tab: ${textOf(element)}`).to.equal(true);
}
