import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NotifyVariant } from '../events/events.js';

export interface Toast {
  id: number;
  variant: NotifyVariant;
  message: string;
  /** One action the toast offers (e.g. open the model it is about); such a toast stays until closed. */
  action?: { label: string; run: () => void };
}

/** How long a success toast stays once shown, in ms. Errors stay until closed. */
export const TOAST_DURATION_MS = 6000;

/**
 * At most this many toasts show at once: a taller stack reached the grid's rows and pager (the
 * toasts sit at the top of the window, above the grid's box; issue 24 #17).
 */
export const MAX_VISIBLE_TOASTS = 2;

/**
 * The page's one stack of toasts. Success and information toasts dismiss themselves; errors and
 * toasts with an action stay until the user closes them, so nobody misses why something failed.
 *
 * At most `MAX_VISIBLE_TOASTS` show. A new notice replaces the oldest one shown that would have
 * gone by itself (it has been read out; the newer one says where things are now); when every toast
 * shown stays until closed, the new one waits for a place, and its time starts when it shows.
 */
export class ToastController implements ReactiveController {
  toasts: Toast[] = [];
  private nextId = 1;
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly durationMs = TOAST_DURATION_MS,
    private readonly maxVisible = MAX_VISIBLE_TOASTS,
  ) {
    host.addController(this);
  }

  /** The toasts on screen (and in the live region), oldest first. */
  get visible(): Toast[] {
    return this.toasts.slice(0, this.maxVisible);
  }

  hostDisconnected(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.toasts = [];
  }

  show(variant: NotifyVariant, message: string, action?: Toast['action']): Toast {
    const toast: Toast = { id: this.nextId++, variant, message, ...(action ? { action } : {}) };
    if (this.toasts.length >= this.maxVisible) {
      const passing = this.visible.find((shown) => this.passes(shown));
      if (passing) this.remove(passing.id);
    }
    this.toasts = [...this.toasts, toast];
    this.startTimers();
    this.host.requestUpdate();
    return toast;
  }

  dismiss(id: number): void {
    this.remove(id);
    this.startTimers();
    this.host.requestUpdate();
  }

  /** Whether a toast goes by itself: not an error, a warning or one with an action to take. */
  private passes(toast: Toast): boolean {
    return toast.variant !== 'danger' && toast.variant !== 'warning' && !toast.action;
  }

  private remove(id: number): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
  }

  /** A passing toast's time runs from when it shows, not while it waits for a place. */
  private startTimers(): void {
    for (const toast of this.visible) {
      if (this.passes(toast) && !this.timers.has(toast.id)) {
        this.timers.set(
          toast.id,
          setTimeout(() => this.dismiss(toast.id), this.durationMs),
        );
      }
    }
  }
}
