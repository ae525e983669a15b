import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the form needs of its control at each update. */
export interface FormState {
  value: string;
  required: boolean;
  /** The message of a missing required value, in the current language. */
  requiredMessage: () => string;
  /** Where the browser shows a validation message: the inner select. */
  anchor?: HTMLElement;
}

/**
 * A form-associated element's part in its native form, through ElementInternals: after every
 * update it submits the value and states its validity (a custom message first, then `required`).
 * The element keeps the public members (`form`, `validity`, `checkValidity()`, …) and the form
 * callbacks; this keeps the internals.
 */
export class FormAssociation implements ReactiveController {
  readonly internals: ElementInternals;
  private customValidity = '';

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly state: () => FormState,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Sets a custom error message, as on native controls; '' clears it. */
  setCustomValidity(message: string): void {
    this.customValidity = message;
    this.sync();
  }

  private sync(): void {
    const { value, required, requiredMessage, anchor } = this.state();
    this.internals.setFormValue(value);
    if (this.customValidity) {
      this.internals.setValidity({ customError: true }, this.customValidity, anchor);
    } else if (required && !value) {
      this.internals.setValidity({ valueMissing: true }, requiredMessage(), anchor);
    } else {
      this.internals.setValidity({});
    }
  }
}
