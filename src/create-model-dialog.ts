import { defineElement } from './internal/define.js';
import { registerLibrary } from './internal/register.js';
import { CreateModelDialog } from './create-model-dialog/create-model-dialog.component.js';

export { CreateModelDialog };

registerLibrary();
defineElement('create-model-dialog', CreateModelDialog);

declare global {
  interface HTMLElementTagNameMap {
    'create-model-dialog': CreateModelDialog;
  }
}
