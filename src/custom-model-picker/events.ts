import type { CustomModelPickerSelection } from './value.js';

export interface CustomModelPickerChangeDetail extends CustomModelPickerSelection {
  /** The new value: `<languageId>` or `<languageId>:<modelId>` (see `formatPickerValue`). */
  value: string;
}

/**
 * The user chose another language or custom model in `<custom-model-picker>`. Named `change` like
 * a native control's, so `form.addEventListener('change', …)` hears it too; its `detail` is typed.
 * Not listed in `HTMLElementEventMap` (its `change` is the DOM's `Event`): use
 * `picker.addEventListener('change', (e) => { if (e instanceof CustomModelPickerChangeEvent) … })`.
 */
export class CustomModelPickerChangeEvent extends CustomEvent<CustomModelPickerChangeDetail> {
  static readonly eventName = 'change';
  constructor(detail: CustomModelPickerChangeDetail) {
    super(CustomModelPickerChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}
