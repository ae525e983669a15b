/** How a {@link Poller} slows down after failed ticks. */
export interface PollingBackoff {
  /** Each consecutive failure multiplies the delay by this. Default 2. */
  factor?: number;
  /** The delay never grows beyond this, in ms. Default 5 minutes. */
  maxInterval?: number;
}

export interface PollingOptions {
  /**
   * The work to repeat. May return a promise: the next tick is only scheduled once it settles, so
   * ticks never overlap. A rejection (or throw) counts as a failure for `backoff`.
   */
  callback: () => unknown;
  /** Time between the end of one tick and the start of the next, in ms. Default 10,000. */
  interval?: number;
  /** Slow down after failures (`true` for the defaults). Off by default. */
  backoff?: boolean | PollingBackoff;
  /** Skip ticks while `document.visibilityState` is `hidden`. Default true. */
  pauseWhenHidden?: boolean;
}

const DEFAULT_INTERVAL = 10_000;
const DEFAULT_MAX_INTERVAL = 5 * 60_000;

/**
 * Repeats a callback on an interval: the store's feeds (live status, running evaluations) poll
 * with it when the adapter pushes nothing.
 *
 * - `start()` / `stop()` switch it on and off; `running` tells which. Starting twice is harmless and
 *   does not reset the timer.
 * - The first tick comes one `interval` after `start()`; ticks never overlap (the next one is
 *   scheduled when the callback's promise settles).
 * - While the document is hidden no tick runs; when it becomes visible again a tick runs at once if
 *   one was due, otherwise the timer resumes.
 * - With `backoff`, each failed tick (the callback threw or its promise rejected) multiplies the
 *   delay by `factor`, up to `maxInterval`; a successful tick goes back to `interval`.
 *
 * ```ts
 * const poller = new Poller({ interval: 5000, backoff: true, callback: () => refreshBusyModels() });
 * poller.toggle(anyModelBusy);
 * ```
 */
export class Poller {
  private readonly options: PollingOptions;
  private _interval: number;
  private wanted = false;
  private ticking = false;
  private failures = 0;
  private timer?: ReturnType<typeof setTimeout>;
  /** When the next tick is due (ms since epoch); kept while hidden so a due tick runs on return. */
  private dueAt = 0;

  constructor(options: PollingOptions) {
    this.options = options;
    this._interval = sanitizeInterval(options.interval);
  }

  /** Time between ticks, in ms. Changing it reschedules the pending tick. */
  get interval(): number {
    return this._interval;
  }
  set interval(value: number) {
    const next = sanitizeInterval(value);
    if (next === this._interval) return;
    this._interval = next;
    if (this.wanted && !this.ticking) this.schedule(this.currentDelay());
  }

  /** True between `start()` and `stop()` (also while paused because the document is hidden). */
  get running(): boolean {
    return this.wanted;
  }

  /** Consecutive failed ticks (0 after a success). */
  get failureCount(): number {
    return this.failures;
  }

  /** Starts polling; the first tick comes after one interval. No-op when already running. */
  start(): void {
    if (this.wanted) return;
    this.wanted = true;
    this.failures = 0;
    this.listen();
    this.schedule(this._interval);
  }

  /** Stops polling. A tick already running finishes, but no new one is scheduled. */
  stop(): void {
    this.wanted = false;
    this.clear();
    this.unlisten();
  }

  /** `start()` when `on`, else `stop()`. */
  toggle(on: boolean): void {
    if (on) this.start();
    else this.stop();
  }

  private currentDelay(): number {
    const backoff = this.options.backoff;
    if (!backoff || this.failures === 0) return this._interval;
    const { factor = 2, maxInterval = DEFAULT_MAX_INTERVAL } = backoff === true ? {} : backoff;
    return Math.min(
      this._interval * factor ** this.failures,
      Math.max(maxInterval, this._interval),
    );
  }

  private get pauseWhenHidden(): boolean {
    return this.options.pauseWhenHidden !== false;
  }

  private isHidden(): boolean {
    return (
      this.pauseWhenHidden &&
      typeof document !== 'undefined' &&
      document.visibilityState === 'hidden'
    );
  }

  private schedule(delay: number): void {
    this.clear();
    if (!this.wanted) return;
    this.dueAt = Date.now() + delay;
    if (this.isHidden()) return; // resumed by the visibility listener
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    if (!this.wanted || this.ticking) return;
    if (this.isHidden()) return;
    this.ticking = true;
    try {
      await this.options.callback();
      this.failures = 0;
    } catch {
      this.failures++;
    } finally {
      this.ticking = false;
    }
    this.schedule(this.currentDelay());
  }

  private readonly onVisibilityChange = () => {
    if (!this.wanted || this.ticking) return;
    if (this.isHidden()) {
      this.clear();
      return;
    }
    const remaining = this.dueAt - Date.now();
    if (remaining <= 0) void this.tick();
    else {
      this.clear();
      this.timer = setTimeout(() => void this.tick(), remaining);
    }
  };

  private listen(): void {
    if (typeof document === 'undefined') return;
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  private unlisten(): void {
    if (typeof document === 'undefined') return;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }
}

function sanitizeInterval(value: number | undefined): number {
  const n = Number(value ?? DEFAULT_INTERVAL);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_INTERVAL;
}
