import './model-status-badge.js';
import './dataset-upload.js';
import './confirm-dialog.js';
import { details } from './i18n/en/details.js';
import { defineElement } from './internal/define.js';
import { registerLibrary } from './internal/register.js';
import { CustomModelDetails } from './custom-model-details/custom-model-details.component.js';

export { CustomModelDetails };

// The details' English loads with the details (the page loads them on demand), not with every entry.
registerLibrary(details);
defineElement('custom-model-details', CustomModelDetails);

declare global {
  interface HTMLElementTagNameMap {
    'custom-model-details': CustomModelDetails;
  }
}
