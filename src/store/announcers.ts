/**
 * The subscribers to a fact the store reports (a training run ended, an evaluation ended). Each
 * fact is told once to the subscribers of the highest priority (all of them when none gives one),
 * after the write that revealed it is complete (they read the store), and only to those still
 * subscribed then (a view removed meanwhile is not told).
 */
export class Announcers<T> {
  private readonly handlers = new Map<(fact: T) => void, number>();

  /** Adds a subscriber; returns the removal. The same function added twice is told twice. */
  add(handler: (fact: T) => void, priority = 0): () => void {
    const entry = (fact: T) => handler(fact);
    this.handlers.set(entry, priority);
    return () => this.handlers.delete(entry);
  }

  /** Tells `fact` to the chosen subscribers, in a microtask (after the write completes). */
  tell(fact: T): void {
    const top = Math.max(...this.handlers.values());
    const chosen = [...this.handlers].filter(([, priority]) => priority === top);
    queueMicrotask(() => {
      for (const [handler] of chosen) if (this.handlers.has(handler)) handler(fact);
    });
  }
}
