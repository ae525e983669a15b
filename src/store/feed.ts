import { Poller } from './poller.js';

/** A view's interest in fresh values, registered while it is connected. */
export interface Interest {
  /**
   * How often the view wants the values refreshed, in ms (a host's setting); the feed polls at the
   * smallest. Undefined: no preference, so the adapter's `pollIntervalMs` hint applies, else
   * `defaultInterval`.
   */
  interval?: () => number | undefined;
  /** The view's own default, used when neither a host nor the adapter says. */
  defaultInterval?: number;
  /** False while nobody can see the view (a grid hidden behind the details): skipped. */
  active?: () => boolean;
}

export interface FeedOptions<I extends Interest> {
  /** The interval when no view and no adapter says, in ms. */
  defaultInterval: number;
  /** The adapter's hint (`capabilities.pollIntervalMs`). */
  hint: () => number | undefined;
  /** What a tick would refresh for the active interests; undefined: nothing, so no poll. */
  due: (interests: readonly I[]) => (() => Promise<unknown>) | undefined;
  /**
   * Opens the adapter's push channel instead of polling, when it has one: called while any view is
   * interested, aborted when the last one leaves. Returns false when the adapter pushes nothing.
   */
  push?: (signal: AbortSignal) => boolean;
  /** Hears when the last refresh failed, or succeeded again after a failure. */
  onFailedChange?: (failed: boolean) => void;
}

/**
 * Keeps what connected views show fresh: one poll (or the adapter's push channel) for every
 * interest, at the smallest interval asked (a host's setting, then the adapter's hint, then the
 * views' defaults), slower after failures and paused while the page is hidden (`Poller`).
 */
export class Feed<I extends Interest> {
  private readonly interests = new Set<I>();
  private readonly poller: Poller;
  private push?: AbortController;
  /** The last refresh failed (the next ones back off). */
  failed = false;

  constructor(private readonly options: FeedOptions<I>) {
    this.poller = new Poller({
      interval: options.defaultInterval,
      backoff: { factor: 2, maxInterval: 60_000 },
      callback: () => this.tick(),
    });
  }

  /** Registers an interest; returns the unregister. */
  watch(interest: I): () => void {
    this.interests.add(interest);
    this.update();
    return () => {
      this.interests.delete(interest);
      this.update();
    };
  }

  /** Something changed (a value, an interval, a view's visibility): poll accordingly. */
  update(): void {
    if (this.push || (this.interests.size && this.options.push)) {
      if (this.interests.size && !this.push) {
        const channel = new AbortController();
        if (this.options.push?.(channel.signal)) this.push = channel;
      } else if (!this.interests.size && this.push) {
        this.push.abort();
        this.push = undefined;
      }
      if (this.push) return;
    }
    this.poller.interval = this.interval();
    this.poller.toggle(this.options.due(this.active()) !== undefined);
  }

  private active(): I[] {
    return [...this.interests].filter((interest) => !interest.active || interest.active());
  }

  /** A host's setting wins, then the adapter's hint, then the views' own defaults. */
  private interval(): number {
    const valid = (n: number | undefined): n is number => Number.isFinite(n) && n! > 0;
    const interests = [...this.interests];
    const asked = interests.map((i) => i.interval?.()).filter(valid);
    if (asked.length) return Math.min(...asked);
    const hint = this.options.hint();
    if (valid(hint)) return hint;
    const defaults = interests.map((i) => i.defaultInterval).filter(valid);
    return defaults.length ? Math.min(...defaults) : this.options.defaultInterval;
  }

  private async tick(): Promise<void> {
    const work = this.options.due(this.active());
    let failure: { reason: unknown } | undefined;
    try {
      await work?.();
    } catch (reason) {
      failure = { reason };
    }
    if (this.failed !== Boolean(failure)) {
      this.failed = Boolean(failure);
      this.options.onFailedChange?.(this.failed);
    }
    if (failure) throw failure.reason;
  }
}
