import { ContextRoot } from '@lit/context';

let attached = false;

/**
 * Buffers context requests from elements upgraded before their provider is, and replays them when
 * the provider appears: hosts may import the element modules in any order.
 */
export function attachContextRoot(): void {
  if (attached || typeof document === 'undefined') return;
  attached = true;
  new ContextRoot().attach(document.documentElement);
}
