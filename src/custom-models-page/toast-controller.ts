import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NotifyVariant } from '../events/events.js';

export interface Toast {
  id: number;
  variant: NotifyVariant;
  message: string;
  /** One action the toast offers (e.g. open the model it is about); such a toast stays until closed. */
  action?: { label: string; run: () => void };
}

/** How long a success toast stays, in ms. Errors stay until closed. */
export const TOAST_DURATION_MS = 6000;

/**
 * The page's one stack of toasts. Success and information toasts dismiss themselves; errors stay
 * until the user closes them, so nobody misses why something failed.
 */
export class ToastController implements ReactiveController {
  toasts: Toast[] = [];
  private nextId = 1;
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly durationMs = TOAST_DURATION_MS,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.toasts = [];
  }

  show(variant: NotifyVariant, message: string, action?: Toast['action']): Toast {
    const toast: Toast = { id: this.nextId++, variant, message, ...(action ? { action } : {}) };
    this.toasts = [...this.toasts, toast];
    // A toast with an action stays: nobody should have to catch a button before it goes.
    if (variant !== 'danger' && variant !== 'warning' && !action) {
      this.timers.set(
        toast.id,
        setTimeout(() => this.dismiss(toast.id), this.durationMs),
      );
    }
    this.host.requestUpdate();
    return toast;
  }

  dismiss(id: number): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
    this.host.requestUpdate();
  }
}
