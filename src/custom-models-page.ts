import { defineElement } from './internal/define.js';
import './create-model-dialog.js';
import './custom-models-guide.js';
import './delete-model-dialog.js';
import './models-grid.js';
// `<custom-model-details>` is imported by the page when a model is first shown (code splitting).
import { CustomModelsPage } from './custom-models-page/custom-models-page.component.js';

export { CustomModelsPage };

defineElement('custom-models-page', CustomModelsPage);

declare global {
  interface HTMLElementTagNameMap {
    'custom-models-page': CustomModelsPage;
  }
}
