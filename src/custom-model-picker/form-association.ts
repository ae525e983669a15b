import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the form needs of its control at each update. */
export interface FormState {
  value: string;
  required: boolean;
  /** The message of a missing required value, in the current language. */
  requiredMessage: () => string;
  /**
   * Where the browser shows its message and moves focus on a blocked submit: a focusable element
   * of the shadow tree (the select's own input; its host is not focusable).
   */
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

  /** Why the value is not valid now, '' when it is: the custom message first, then `required`. */
  message(): string {
    const { value, required, requiredMessage } = this.state();
    if (this.customValidity) return this.customValidity;
    return required && !value ? requiredMessage() : '';
  }

  /** Gives the form the value and the validity as they are now. */
  sync(): void {
    const { value, anchor } = this.state();
    this.internals.setFormValue(value);
    const message = this.message();
    if (!message) this.internals.setValidity({});
    else if (this.customValidity)
      this.internals.setValidity({ customError: true }, message, anchor);
    else this.internals.setValidity({ valueMissing: true }, message, anchor);
  }
}
