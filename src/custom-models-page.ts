import { defineElement } from './internal/define.js';
import './create-model-dialog.js';
import './custom-model-details.js';
import './custom-models-guide.js';
import './delete-model-dialog.js';
import './models-grid.js';
import { CustomModelsPage } from './custom-models-page/custom-models-page.component.js';

export { CustomModelsPage };

defineElement('custom-models-page', CustomModelsPage);

declare global {
  interface HTMLElementTagNameMap {
    'custom-models-page': CustomModelsPage;
  }
}
