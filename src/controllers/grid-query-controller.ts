import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How one `load()` ended. */
export type GridLoadOutcome = 'done' | 'error' | 'superseded';

export interface GridLoadOptions {
  /**
   * A quiet refresh of what is on screen (live status): it sets no `loading` flag, never replaces
   * the rows with an error, and is skipped while a user-driven request is in flight.
   */
  background?: boolean;
}

export interface GridQueryControllerOptions<Q, R> {
  /** Asks the server for one result. Must honour `signal`. */
  fetch: (query: Q, signal: AbortSignal) => Promise<R>;
}

/**
 * Runs a server-driven list's requests for its host: one request at a time, each with its own
 * `AbortSignal`. A newer request aborts the older one, and an answer that arrives late is dropped,
 * so what is shown always belongs to the last query asked. The last good result stays in `value`
 * while the next one loads, so a grid never blanks its rows between pages.
 *
 * The host owns the query state (page, sort, filters as properties); it calls `load(query)` when
 * that state changes and renders from `value`, `loading` and `error`.
 */
export class GridQueryController<Q, R> implements ReactiveController {
  /** The last result that loaded, kept while the next query runs. */
  value?: R;
  /** The query `value` belongs to. */
  valueQuery?: Q;
  /** The error of the last user-driven request, cleared by the next one that succeeds. */
  error?: unknown;
  /** A user-driven request is in flight. */
  loading = false;
  /** The query of the request in flight or, when idle, of the last one. */
  query?: Q;

  private readonly host: ReactiveControllerHost;
  private readonly options: GridQueryControllerOptions<Q, R>;
  private controller?: AbortController;
  private inFlightBackground = false;
  private sequence = 0;

  constructor(host: ReactiveControllerHost, options: GridQueryControllerOptions<Q, R>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** True once a result has loaded (the first load shows skeleton rows, later ones keep the rows). */
  get hasValue(): boolean {
    return this.value !== undefined;
  }

  /** Asks for `query`, aborting whatever was in flight. Never rejects. */
  async load(query: Q, options: GridLoadOptions = {}): Promise<GridLoadOutcome> {
    const background = options.background === true;
    if (background && this.controller) return 'superseded';
    this.controller?.abort();
    const controller = new AbortController();
    const id = ++this.sequence;
    this.controller = controller;
    this.inFlightBackground = background;
    this.query = query;
    if (!background) {
      this.loading = true;
      this.host.requestUpdate();
    }
    try {
      const result = await this.options.fetch(query, controller.signal);
      if (id !== this.sequence || controller.signal.aborted) return 'superseded';
      this.value = result;
      this.valueQuery = query;
      this.error = undefined;
      return 'done';
    } catch (error) {
      // Only our own abort is quiet: an adapter that reports "aborted" by itself has failed, and
      // dropping it would leave the first load's skeleton rows up for ever.
      if (id !== this.sequence || controller.signal.aborted) return 'superseded';
      if (!background) {
        this.error = error;
        this.value = undefined;
        this.valueQuery = undefined;
      }
      return 'error';
    } finally {
      if (id === this.sequence) {
        this.controller = undefined;
        this.inFlightBackground = false;
        if (!background) this.loading = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Aborts the request in flight, if any. */
  abort(): void {
    if (!this.controller) return;
    this.controller.abort();
    this.controller = undefined;
    this.sequence++;
    if (!this.inFlightBackground) this.loading = false;
    this.inFlightBackground = false;
    this.host.requestUpdate();
  }

  /** Forgets the result and error (a new adapter). */
  reset(): void {
    this.abort();
    this.value = undefined;
    this.valueQuery = undefined;
    this.error = undefined;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort();
  }
}
