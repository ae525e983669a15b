import type { ReactiveController, ReactiveElement } from 'lit';
import { deepActiveElement, isInside } from '../controllers/dialog-controller.js';

/**
 * Focus in the details when the control that had it goes away, so a keyboard user goes on from
 * where they are instead of from the top of the document (focus fallen to `<body>`):
 *
 * - the page opened these details from its list (the row that had focus is hidden with the list):
 *   focus goes to the model's name once it shows (or to the problem, when it does not load);
 * - "Train the Language" leaves once training starts (or its confirmation closes with it gone):
 *   focus goes to the status panel's title, which says the new state;
 * - a dataset's Delete leaves with its row: focus goes to the Datasets title.
 *
 * The targets take focus from script only (`tabindex="-1"`, no ring: they are headings).
 */
export class DetailsFocus implements ReactiveController {
  private nameWhenShown = false;
  private hadFocus = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The page opened these details: focus goes to the model's name once it shows. */
  toNameWhenShown(): void {
    this.nameWhenShown = true;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.hadFocus = isInside(deepActiveElement(), this.host);
  }

  hostUpdated(): void {
    if (this.nameWhenShown) {
      const name = this.find('.name, .problem-title');
      if (!name) return;
      this.nameWhenShown = false;
      if (!isInside(deepActiveElement(), this.host)) name.focus();
      return;
    }
    // The render removed the focused control (Train, once the status changed).
    if (this.hadFocus && !deepActiveElement()) this.find('#status-title')?.focus();
  }

  /**
   * A confirmation of the details closed (its `sl-after-hide`, after it gave focus back to its
   * opener): when that control is gone, focus goes to what replaced it.
   */
  readonly dialogClosed = (event: Event): void => {
    const path = event.composedPath();
    const dialog = path[0] as Element | undefined;
    if (dialog?.tagName !== 'SL-DIALOG') return;
    // Still on the hidden dialog's button is lost too: the browser moves it to <body> next frame.
    const active = deepActiveElement();
    if (active && !isInside(active, dialog)) return;
    const deleting = path.some(
      (node) => node instanceof Element && node.getAttribute('dialog-class') === 'delete-dialog',
    );
    this.find(deleting ? '#datasets-title' : '#status-title')?.focus();
  };

  private find(selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }
}
