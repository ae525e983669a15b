import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.js';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { CustomModel, Language, ModelQuery } from '../api/types.js';
import { ResourceController } from '../controllers/resource-controller.js';
import { languagesResource } from '../controllers/store-resources.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { hostStyles, visuallyHidden } from '../internal/styles.js';
import { describeWordErrorRate } from '../internal/word-error-rate.js';
import { pickerStyles } from './custom-model-picker.styles.js';
import { CustomModelPickerChangeEvent } from './events.js';
import { FormAssociation } from './form-association.js';
import {
  findSelection,
  groupOptions,
  loadTrained,
  optionCount,
  optionLabels,
  readTrained,
  trainedPages,
  trainedQuery,
  visibleGroups,
  type OptionGroup,
  type OptionLabels,
} from './picker-options.js';
import { renderError, renderStatus, type LoadState, type StatusView } from './picker-status.js';
import { formatPickerValue, type CustomModelPickerSelection } from './value.js';

/**
 * The language selection a host puts on its own upload form: every base language and, grouped
 * under each, the organisation's custom models whose training succeeded ("Medical EN — English").
 *
 * A form-associated element: inside a native `<form>` it submits its value under `name`, honours
 * `required` and `disabled` (also from a `<fieldset disabled>`), and goes back to its `value`
 * attribute on reset. The value is `<languageId>` for a language or `<languageId>:<modelId>` for a
 * custom model (see `parsePickerValue`); `selection` gives the same as objects.
 *
 * Models are read page by page through the adapter's `listModels`, asking for status 4 (Success)
 * when the adapter can filter by status and filtering on this side when it cannot. Long lists get a
 * filter field above the select. A model whose word error rate is known (`wordErrorRate`) shows it
 * beside its name. Languages come from the adapter's `listTrainableLanguages`, or
 * from the `languages` property when the host sets it.
 *
 * @tag custom-model-picker
 * @summary Form control to choose a base language or a successfully trained custom model.
 *
 * @event {CustomModelPickerChangeEvent} change - The user chose another option. `detail`:
 * `{ value, language, model? }`. Not fired when `value` is set by script.
 * @event input - Fired just before `change`, as native controls do.
 *
 * @csspart base - The wrapper of everything.
 * @csspart filter - The type-to-filter `<sl-input>`, shown for long lists.
 * @csspart select - The `<sl-select>`.
 * @csspart invalid - Why the value is not valid ("Please choose a language."), shown under the
 * select once a submit (or `checkValidity()`) found it so, until it is valid.
 * @csspart status - The line under the select: loading, number of matches, "no custom models".
 * @csspart error - The load error with its Retry button.
 * @csspart wer - A trained model's word error rate beside its name ("WER 8.4 %"), when measured.
 *
 * @cssproperty --cm-picker-model-indent - Indent of custom-model options under their language.
 * Default: `--sl-spacing-x-large`.
 * @cssproperty --cm-picker-model-icon-color - Colour of the custom-model icon. Default:
 * `--sl-color-primary-600`. The highlighted option's icon takes that option's text colour.
 */
export class CustomModelPicker extends CustomModelsElement {
  static override styles = [hostStyles, visuallyHidden, pickerStyles];
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  /** Takes part in forms through ElementInternals. */
  static formAssociated = true;

  /** The form field name the value is submitted under. */
  @property({ reflect: true }) name = '';

  /**
   * `<languageId>` or `<languageId>:<modelId>`; empty when nothing is chosen. The `value`
   * attribute is the default a form reset returns to.
   */
  @property() value = '';

  /** A choice is needed before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Not interactive, and left out of form submission. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The visible label. Default: "Language" in the current language. */
  @property() label = '';

  /** Help text under the select. */
  @property({ attribute: 'help-text' }) helpText = '';

  /** Placeholder when nothing is chosen. Default: "Choose a language or custom model". */
  @property() placeholder = '';

  /** Size of the select, as Shoelace's. */
  @property({ reflect: true }) size: 'small' | 'medium' | 'large' = 'medium';

  /** The filter field shows when there are more options than this. */
  @property({ type: Number, attribute: 'filter-threshold' }) filterThreshold = 10;

  /** The host's own languages. Absent: the adapter's trainable languages. */
  @property({ attribute: false }) languages?: Language[];

  @state() private filterText = '';
  @state() private formDisabled = false;
  /** Validation was asked for (a submit, `checkValidity()`): the message shows while it applies. */
  @state() private validated = false;

  @query('sl-select') private select?: SlSelect;

  /** The value submitted and the validity, through ElementInternals. */
  private readonly formAssociation = new FormAssociation(this, () => ({
    value: this.value,
    required: this.required,
    requiredMessage: () => this.localize.term('cm.picker.required'),
    anchor: this.select?.displayInput ?? undefined,
  }));

  /** The adapter's languages, unless the host gives its own. */
  private readonly languagesState = languagesResource(
    this,
    () => this.store,
    () => !this.languages,
  );

  /** Every trained model, read through the store's pages. */
  private readonly modelsState = new ResourceController<Omit<ModelQuery, 'page'>, CustomModel[]>(
    this,
    {
      store: () => this.store,
      key: () => trainedQuery(this.adapter?.capabilities),
      resources: (query) => trainedPages(query),
      fetch: (store, query, signal) => loadTrained(store, query, signal),
      read: (store, query) => readTrained(store, query),
    },
  );

  private get models(): CustomModel[] {
    return this.modelsState.value ?? [];
  }

  private get loadError(): unknown {
    return (this.languages ? undefined : this.languagesState.error) ?? this.modelsState.error;
  }

  /** Where the options stand: nothing to read, loading, an error, or ready. */
  private get loadState(): LoadState {
    if (!this.adapter) return this.languages ? 'ready' : 'idle';
    if (this.loadError) return 'error';
    const languagesReady = !!this.languages || this.languagesState.value !== undefined;
    return languagesReady && this.modelsState.value !== undefined ? 'ready' : 'loading';
  }

  constructor() {
    super();
    // Fired on a blocked submit (and by checkValidity/reportValidity): the message then shows
    // here, under the select, as well as in the browser's bubble at the focused input.
    this.addEventListener('invalid', () => {
      this.validated = true;
    });
  }

  protected override async firstUpdated(): Promise<void> {
    // The select renders its input after this element: the validity's anchor exists from then on.
    await this.select?.updateComplete;
    this.formAssociation.sync();
  }

  // ---- form association ---------------------------------------------------------------------

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.formAssociation.internals.form;
  }

  get validity(): ValidityState {
    return this.formAssociation.internals.validity;
  }

  get validationMessage(): string {
    return this.formAssociation.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.formAssociation.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.formAssociation.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.formAssociation.internals.reportValidity();
  }

  /** Sets a custom error message, as on native controls; '' clears it. */
  setCustomValidity(message: string): void {
    this.formAssociation.setCustomValidity(message);
  }

  /** The value a form reset returns to: the `value` attribute. */
  get defaultValue(): string {
    return this.getAttribute('value') ?? '';
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.filterText = '';
    this.validated = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  // ---- data ---------------------------------------------------------------------------------

  /** What is chosen, as objects; null when nothing is, or the value names nothing offered. */
  get selection(): CustomModelPickerSelection | null {
    return findSelection(this.groups, this.value);
  }

  /** Loads the languages and models again. Changes made through the store show by themselves. */
  async reload(): Promise<void> {
    if (!this.languages) this.store?.reloadLanguages();
    await Promise.all([this.modelsState.refresh(), this.languagesState.refresh()]);
  }

  private get languageList(): Language[] {
    return this.languages ?? this.languagesState.value ?? [];
  }

  /** Languages in their given order, each with its models by name; models on other languages get a group too. */
  private get groups(): OptionGroup[] {
    return groupOptions(this.languageList, this.models, this.localize.lang());
  }

  /** How options read, in the current language. */
  private get labels(): OptionLabels {
    return optionLabels(this.localize, !!this.languages);
  }

  // ---- interaction --------------------------------------------------------------------------

  private handleSelectChange(event: Event): void {
    this.choose(String((event.target as SlSelect).value ?? ''));
  }

  /** A choice by the user: updates the value and tells the host. */
  private choose(value: string): void {
    if (value === this.value) return;
    this.value = value;
    const selection = this.selection;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (selection) this.dispatchEvent(new CustomModelPickerChangeEvent({ value, ...selection }));
  }

  private handleFilterInput(event: Event): void {
    this.filterText = (event.target as HTMLInputElement).value ?? '';
  }

  private async handleFilterKeyDown(event: KeyboardEvent): Promise<void> {
    if (event.key !== 'ArrowDown' && event.key !== 'Enter') return;
    event.preventDefault();
    const options = [...(this.select?.querySelectorAll('sl-option') ?? [])];
    if (event.key === 'Enter' && options.length === 1) {
      this.choose(String(options[0]!.value));
      return;
    }
    this.select?.focus();
    await this.select?.show();
  }

  /**
   * Keeps the Shoelace events of the inner select and filter inside, so a host (or a dialog around
   * the picker) never hears an `sl-hide` or `sl-change` that is not its own. The picker's own
   * `input` and `change` are dispatched on the host, so they never pass here.
   */
  private stopInnerEvent = (event: Event) => {
    event.stopPropagation();
  };

  override focus(options?: FocusOptions): void {
    this.select?.focus(options);
  }

  // ---- rendering ----------------------------------------------------------------------------

  private renderChoices(groups: OptionGroup[]) {
    const { languageName, modelLabel } = this.labels;
    return groups.map(
      ({ language, models }, index) => html`
        <sl-option
          class=${index > 0 ? 'language group-start' : 'language'}
          value=${formatPickerValue(language.id)}
          >${languageName(language)}</sl-option
        >
        ${models.map(
          (model) =>
            html`<sl-option class="model" value=${formatPickerValue(language.id, model.id)}>
              <sl-icon
                slot="prefix"
                library=${ICON_LIBRARY}
                name="stars"
                aria-hidden="true"
              ></sl-icon>
              ${modelLabel(model, language)} ${this.renderWordErrorRate(model)}
            </sl-option>`,
        )}
      `,
    );
  }

  /**
   * The model's accuracy beside its name, in the grid's words, so a user picks the better of two:
   * its WER with the change against the base ("WER 8.4 % (−3.1 pts vs. base)"), or "Measuring…";
   * nothing when never measured. In the option's accessible text too, but not in the select's
   * display of the chosen option (a suffix).
   */
  private renderWordErrorRate(model: CustomModel) {
    const described = describeWordErrorRate(this.localize, model);
    return described.state === 'none'
      ? nothing
      : html`<span slot="suffix" class="wer" part="wer">${described.text}</span>`;
  }

  override render() {
    const groups = this.loadState === 'ready' || this.languages ? this.groups : [];
    const total = optionCount(groups);
    const showFilter = this.loadState === 'ready' && total > this.filterThreshold;
    const filtering = showFilter && this.filterText.trim() !== '';
    const shownGroups = filtering
      ? visibleGroups(groups, this.filterText, this.value, this.labels)
      : groups;
    const shown = optionCount(shownGroups);
    const loading = this.loadState === 'loading';
    const disabled = this.disabled || this.formDisabled;
    const invalid = this.validated && !disabled ? this.formAssociation.message() : '';
    const status: StatusView = {
      localize: this.localize,
      loadState: this.loadState,
      noModels: !this.models.length && !!this.adapter,
      error: this.loadError,
      onRetry: () => void this.reload(),
    };

    // Not formatted: prettier would join the status <div> and its content, but the white space
    // between them is in the DOM (it decides whether `.status:empty` matches).
    // prettier-ignore
    return html`<div
      part="base"
      class="picker"
      @sl-show=${this.stopInnerEvent}
      @sl-after-show=${this.stopInnerEvent}
      @sl-hide=${this.stopInnerEvent}
      @sl-after-hide=${this.stopInnerEvent}
      @sl-change=${this.stopInnerEvent}
      @sl-input=${this.stopInnerEvent}
      @sl-focus=${this.stopInnerEvent}
      @sl-blur=${this.stopInnerEvent}
      @sl-clear=${this.stopInnerEvent}
      @sl-invalid=${this.stopInnerEvent}
      @input=${this.stopInnerEvent}
    >
      ${
        showFilter
          ? html`<sl-input
              part="filter"
              class="filter"
              type="search"
              size=${this.size}
              autocomplete="off"
              clearable
              ?disabled=${disabled}
              label=${this.localize.term('cm.picker.filterLabel')}
              placeholder=${this.localize.term('cm.picker.filterPlaceholder')}
              .value=${this.filterText}
              @sl-input=${this.handleFilterInput}
              @sl-clear=${this.handleFilterInput}
              @keydown=${this.handleFilterKeyDown}
            >
              <sl-icon
                slot="prefix"
                library=${ICON_LIBRARY}
                name="search"
                aria-hidden="true"
              ></sl-icon>
            </sl-input>`
          : nothing
      }
      <sl-select
        part="select"
        class=${invalid ? 'user-invalid' : ''}
        hoist
        size=${this.size}
        label=${this.label || this.localize.term('cm.picker.label')}
        help-text=${this.helpText}
        placeholder=${
          loading
            ? this.localize.term('cm.picker.loadingPlaceholder')
            : this.placeholder || this.localize.term('cm.picker.placeholder')
        }
        ?required=${this.required}
        ?disabled=${disabled || loading || (this.loadState === 'ready' && total === 0)}
        .value=${live(this.value)}
        @sl-change=${this.handleSelectChange}
      >
        ${this.renderChoices(shownGroups)}
      </sl-select>
      ${invalid ? html`<div part="invalid" class="error" role="alert">${invalid}</div>` : nothing}
      <div part="status" class="status" role="status">
        ${renderStatus(status, total, shown, filtering)}
      </div>
      ${renderError(status)}
    </div>`;
  }
}
