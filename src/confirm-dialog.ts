import { defineElement } from './internal/define.js';
import { ConfirmDialog } from './confirm-dialog/confirm-dialog.component.js';

export { ConfirmDialog };

defineElement('custom-models-confirm-dialog', ConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'custom-models-confirm-dialog': ConfirmDialog;
  }
}
