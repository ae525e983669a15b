import { defineElement } from './internal/define.js';
import { CustomModelsProvider } from './custom-models-provider/custom-models-provider.component.js';

export { CustomModelsProvider };

defineElement('custom-models-provider', CustomModelsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'custom-models-provider': CustomModelsProvider;
  }
}
