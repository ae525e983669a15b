import { defineElement } from './internal/define.js';
import { registerLibrary } from './internal/register.js';
import { CustomModelsGuide } from './custom-models-guide/custom-models-guide.component.js';

export { CustomModelsGuide };

registerLibrary();
defineElement('custom-models-guide', CustomModelsGuide);

declare global {
  interface HTMLElementTagNameMap {
    'custom-models-guide': CustomModelsGuide;
  }
}
