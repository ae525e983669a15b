import type { ReactiveControllerHost } from 'lit';
import type { ModelCreatedEvent } from '../events/events.js';
import type { ModelsGrid } from '../models-grid/models-grid.component.js';
import type { ToastController } from './toast-controller.js';

/**
 * The model just created, as the page follows it: the grid marks its row ("New") and brings it into
 * view (`new-model-id`), and once the create dialog has closed, focus goes to the row's Edit button,
 * one Enter from its details and upload. The mark stays through paging and sorting until the user
 * opens a model (this one or another) or creates the next.
 */
export class CreatedModel {
  /** Id of the model just created; empty when none is marked. */
  id = '';
  /** The dialog is still closing: focus goes to the new row when it has. */
  private focusPending = false;
  /** The "created" toast, whose Open action has done its job once a model is opened. */
  private toastId?: number;

  created(event: ModelCreatedEvent, host: ReactiveControllerHost): void {
    this.id = String(event.detail.model.id);
    this.focusPending = true;
    host.requestUpdate();
  }

  /**
   * The create dialog closed (its `sl-after-hide`, after it gave focus back to its opener): focus
   * moves on to the new model's row once the grid shows it. True when it takes over focus.
   */
  closed(grid: ModelsGrid | undefined): boolean {
    if (!this.focusPending || !grid) return false;
    this.focusPending = false;
    const id = this.id;
    void grid.updateComplete
      .then(() => grid.revealed)
      .then((row) => {
        if (row?.isConnected && this.id === id)
          row.querySelector<HTMLElement>('[data-action="edit"]')?.focus();
      });
    return true;
  }

  /** The "created" toast offering to open this model. */
  toast(id: number): void {
    this.toastId = id;
  }

  /** The user moved on (opened a model): the mark goes, and so does the toast offering to open it. */
  clear(grid: ModelsGrid | undefined, toasts: Pick<ToastController, 'dismiss'>): void {
    this.focusPending = false;
    if (this.toastId !== undefined) toasts.dismiss(this.toastId);
    this.toastId = undefined;
    if (!this.id) return;
    this.id = '';
    if (grid) grid.newModelId = '';
  }
}
