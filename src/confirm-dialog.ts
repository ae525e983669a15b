import { defineElement } from './internal/define.js';
import { registerLibrary } from './internal/register.js';
import { ConfirmDialog } from './confirm-dialog/confirm-dialog.component.js';

export { ConfirmDialog };

registerLibrary();
defineElement('custom-models-confirm-dialog', ConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'custom-models-confirm-dialog': ConfirmDialog;
  }
}
