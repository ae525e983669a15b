import { defineElement } from './internal/define.js';
import { registerLibrary } from './internal/register.js';
import './models-grid.js';
// `<custom-model-details>` is imported by the page when a model is first shown, and
// `<create-model-dialog>`, `<custom-models-guide>` and `<delete-model-dialog>` once the page has
// rendered (code splitting: none is needed to paint the list).
import { CustomModelsPage } from './custom-models-page/custom-models-page.component.js';

export { CustomModelsPage };

registerLibrary();
defineElement('custom-models-page', CustomModelsPage);

declare global {
  interface HTMLElementTagNameMap {
    'custom-models-page': CustomModelsPage;
  }
}
