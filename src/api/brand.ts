/*
 * Recognising our own objects across copies of the package. A page may load two copies (two
 * micro-frontends, two versions): each has its own classes, so `instanceof` fails for an error or
 * an event made by the other copy. Every copy reads the same key from the realm's symbol registry,
 * and each class marks its instances with its name under it; `hasBrand` is the check that works
 * across copies (the classes' static `is()` use it).
 */

/** The one key every copy shares: `Symbol.for` answers the same symbol in the whole realm. */
export const BRAND: unique symbol = Symbol.for('@scriptix/custom-models-elements/brand');

/** Anything branded: its `BRAND` names its class. */
export interface Branded {
  readonly [BRAND]: string;
}

/** True when `value` carries the brand `name`, whichever copy of the package made it. */
export function hasBrand(value: unknown, name: string): boolean {
  return typeof value === 'object' && value !== null && (value as Partial<Branded>)[BRAND] === name;
}
