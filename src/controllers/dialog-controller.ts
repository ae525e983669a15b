import type { ReactiveController, ReactiveElement } from 'lit';

/** Shoelace's show/hide events: a dialog's own mean "opened"/"closed"; its children's stay inside. */
const OVERLAY_EVENTS = ['sl-show', 'sl-after-show', 'sl-hide', 'sl-after-hide'] as const;

/** The element that has focus, through open shadow roots. */
export function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/** True when `node` is `container` or inside it, through shadow roots. */
export function isInside(node: Node | undefined, container: Node | null | undefined): boolean {
  let current: Node | null | undefined = node;
  while (current && container) {
    if (current === container || container.contains(current)) return true;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

export interface DialogControllerOptions {
  /** The dialog (an `<sl-dialog>` in the host's render root). */
  dialog: () => HTMLElement | null | undefined;
  /** Called when the dialog has closed (its own `sl-after-hide`). */
  onClosed?: () => void;
}

/**
 * What every modal of the library does the same way:
 *
 * - `opened()` remembers the control that had focus (its own opener, one per dialog), and focus
 *   goes back there when this dialog closes, but only if focus is still in the dialog or lost to
 *   the page: a dialog that finishes closing late never pulls focus out of the next one;
 * - the `sl-show`/`sl-hide`/`sl-after-*` events of controls inside the dialog (a select's list)
 *   stay inside; only the dialog's own reach the host, so `sl-after-hide` means "closed".
 */
export class DialogController implements ReactiveController {
  private opener?: HTMLElement;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: DialogControllerOptions,
  ) {
    host.addController(this);
  }

  /** Call when the dialog opens: the control with focus now gets it back on close. */
  opened(opener: HTMLElement | undefined = deepActiveElement()): void {
    // Reopened while open (a second show()): keep the first opener.
    if (this.opener?.isConnected && isInside(deepActiveElement(), this.host)) return;
    this.opener = opener && !isInside(opener, this.host) ? opener : undefined;
  }

  hostConnected(): void {
    const root = this.host.renderRoot ?? this.host.shadowRoot;
    // The render root exists from the first connection on (Lit creates it in connectedCallback).
    for (const type of OVERLAY_EVENTS) root?.addEventListener(type, this.onOverlayEvent);
  }

  hostDisconnected(): void {
    const root = this.host.renderRoot ?? this.host.shadowRoot;
    for (const type of OVERLAY_EVENTS) root?.removeEventListener(type, this.onOverlayEvent);
  }

  private readonly onOverlayEvent = (event: Event) => {
    const dialog = this.options.dialog();
    if (event.target !== dialog) {
      event.stopPropagation();
      return;
    }
    if (event.type === 'sl-after-hide') this.closed();
  };

  private closed(): void {
    const opener = this.opener;
    this.opener = undefined;
    this.options.onClosed?.();
    const active = deepActiveElement();
    // Focus elsewhere (the next dialog already opened, the user moved on): leave it there.
    if (opener?.isConnected && (!active || isInside(active, this.host))) opener.focus();
  }
}
