import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How a change ended (an aborted one has no outcome). */
export type MutationOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * The changes an element started, each with its own `AbortSignal`: removing the element (or
 * closing the dialog that owns them, with `abort()`) aborts them, and an aborted change neither
 * resolves nor shows anything afterwards.
 */
export class MutationController implements ReactiveController {
  private readonly running = new Set<AbortController>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while a change runs. */
  get busy(): boolean {
    return this.running.size > 0;
  }

  /**
   * Runs `change` with a signal. Resolves with `{ ok: true, value }`, or `{ ok: false, error }` when it failed, or
   * `undefined` when it was aborted (the owner went away: show nothing).
   */
  async run<T>(
    change: (signal: AbortSignal) => Promise<T>,
  ): Promise<MutationOutcome<T> | undefined> {
    const controller = new AbortController();
    this.running.add(controller);
    // `busy` changed: the host shows it (a spinner, disabled fields), and again when it ends.
    this.host.requestUpdate();
    try {
      const value = await change(controller.signal);
      return controller.signal.aborted ? undefined : { ok: true, value };
    } catch (error) {
      // Only our own abort is quiet: an adapter that reports "aborted" by itself has failed.
      if (controller.signal.aborted) return undefined;
      return { ok: false, error };
    } finally {
      this.running.delete(controller);
      this.host.requestUpdate();
    }
  }

  /** Aborts every change in flight. */
  abort(): void {
    for (const controller of this.running) controller.abort();
    this.running.clear();
  }

  hostDisconnected(): void {
    this.abort();
  }
}
