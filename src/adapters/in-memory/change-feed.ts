import type { ModelsChange } from '../../api/types.js';

/** The push channel: who listens to the adapter's changes, and telling them. */
export class ChangeFeed {
  private readonly watchers = new Set<(change: ModelsChange) => void>();

  /** `onChange` hears every change until `signal` aborts. */
  watch(onChange: (change: ModelsChange) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.watchers.add(onChange);
    signal.addEventListener('abort', () => this.watchers.delete(onChange), { once: true });
  }

  /** Tells the watchers, after the call that made the change has answered. */
  emit(change: ModelsChange): void {
    if (!this.watchers.size) return;
    setTimeout(() => {
      for (const watcher of [...this.watchers]) watcher(change);
    });
  }

  clear(): void {
    this.watchers.clear();
  }
}
