import { CustomModelPicker } from './custom-model-picker/custom-model-picker.component.js';
import { defineElement } from './internal/define.js';

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

defineElement('custom-model-picker', CustomModelPicker);

declare global {
  interface HTMLElementTagNameMap {
    'custom-model-picker': CustomModelPicker;
  }
}
