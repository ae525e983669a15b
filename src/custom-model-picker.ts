import { CustomModelPicker } from './custom-model-picker/custom-model-picker.component.js';
import { defineElement } from './internal/define.js';
import { registerLibrary } from './internal/register.js';

export { CustomModelPicker };
export {
  CustomModelPickerChangeEvent,
  type CustomModelPickerChangeDetail,
} from './custom-model-picker/events.js';
export {
  formatPickerValue,
  parsePickerValue,
  type CustomModelPickerSelection,
} from './custom-model-picker/value.js';

registerLibrary();
defineElement('custom-model-picker', CustomModelPicker);

declare global {
  interface HTMLElementTagNameMap {
    'custom-model-picker': CustomModelPicker;
  }
}
