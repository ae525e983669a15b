import { BRAND, hasBrand } from '../api/brand.js';

/**
 * The base of the library's events: each carries a brand that every copy of the package
 * recognises, so `ModelOpenEvent.is(event)` is true for an event fired by another copy on the same
 * page, where `instanceof` is not.
 */
export abstract class CustomModelsEvent<D = null> extends CustomEvent<D> {
  /** The event's type (`model-open`, …). */
  declare static readonly eventName: string;

  /** The name every copy gives this class: its event type, unless another of ours shares it. */
  static get brand(): string {
    return this.eventName;
  }

  get [BRAND](): string {
    return (this.constructor as typeof CustomModelsEvent).brand;
  }

  /** True for an event of this class from any copy of the package. */
  static is<T>(this: abstract new (...args: never[]) => T, event: unknown): event is T {
    return hasBrand(event, (this as unknown as typeof CustomModelsEvent).brand);
  }
}
