import './confirm-dialog.js';
import { defineElement } from './internal/define.js';
import { registerLibrary } from './internal/register.js';
import { DeleteModelDialog } from './delete-model-dialog/delete-model-dialog.component.js';

export { DeleteModelDialog };

registerLibrary();
defineElement('delete-model-dialog', DeleteModelDialog);

declare global {
  interface HTMLElementTagNameMap {
    'delete-model-dialog': DeleteModelDialog;
  }
}
