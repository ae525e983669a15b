import type { CustomModelPickerSelection } from './value.js';
import { CustomModelsEvent } from '../events/custom-models-event.js';

export interface CustomModelPickerChangeDetail extends CustomModelPickerSelection {
  /** The new value: `<languageId>` or `<languageId>:<modelId>` (see `formatPickerValue`). */
  value: string;
}

/**
 * The user chose another language or custom model in `<custom-model-picker>`. Named `change` like
 * a native control's, so `form.addEventListener('change', …)` hears it too; its `detail` is typed.
 * Not listed in `HTMLElementEventMap` (its `change` is the DOM's `Event`): use
 * `picker.addEventListener('change', (e) => { if (CustomModelPickerChangeEvent.is(e)) … })`, which
 * also recognises the event of another copy of the package on the page.
 */
export class CustomModelPickerChangeEvent extends CustomModelsEvent<CustomModelPickerChangeDetail> {
  static override readonly eventName = 'change';
  /** `change` is the DOM's too: the brand names the picker's. */
  static override get brand(): string {
    return 'custom-model-picker-change';
  }
  constructor(detail: CustomModelPickerChangeDetail) {
    super(CustomModelPickerChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}
