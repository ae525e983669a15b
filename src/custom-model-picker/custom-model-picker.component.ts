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
import { CustomModelsApiError } from '../api/errors.js';
import {
  TrainingStatus,
  type AdapterCapabilities,
  type CustomModel,
  type Language,
  type ModelQuery,
} from '../api/types.js';
import { ResourceController } from '../controllers/resource-controller.js';
import { languagesResource } from '../controllers/store-resources.js';
import type { CustomModelsStore } from '../store/custom-models-store.js';
import { languageLabel } from '../store/language-label.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { hostStyles, visuallyHidden } from '../internal/styles.js';
import { pickerStyles } from './custom-model-picker.styles.js';
import { CustomModelPickerChangeEvent } from './events.js';
import { formatPickerValue, parsePickerValue, type CustomModelPickerSelection } from './value.js';

/** Models asked per `listModels` call, and the most pages read (100 × 100 models). */
const PAGE_SIZE = 100;
const MAX_PAGES = 100;

interface Group {
  language: Language;
  models: CustomModel[];
}

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** The query of the picker's pages: trained models, by name where the adapter can. */
function trainedQuery(capabilities: AdapterCapabilities | undefined): Omit<ModelQuery, 'page'> {
  const byStatus = !capabilities?.filters || capabilities.filters.includes('trainingStatus');
  const byName = !capabilities?.sort || capabilities.sort.includes('name');
  const query: Omit<ModelQuery, 'page'> = { pageSize: PAGE_SIZE };
  if (byStatus) query.filters = { trainingStatus: [TrainingStatus.Success] };
  if (byName) query.sort = { field: 'name', direction: 'asc' };
  return query;
}

/** Every model whose training succeeded, page by page, into the store. */
async function loadTrained(
  store: CustomModelsStore,
  query: Omit<ModelQuery, 'page'>,
  signal: AbortSignal,
): Promise<void> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await store.loadPage({ ...query, page }, { signal });
    if (!result.items.length || page * PAGE_SIZE >= result.total) break;
  }
}

/** The trained models of the loaded pages, as the store has them now; undefined until loaded. */
function readTrained(
  store: CustomModelsStore,
  query: Omit<ModelQuery, 'page'>,
): CustomModel[] | undefined {
  const models: CustomModel[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = store.page({ ...query, page });
    if (!result) return page === 1 ? undefined : models;
    // Filtered here too: an adapter without a status filter returns every model.
    models.push(...result.items.filter((m) => m.trainingStatus === TrainingStatus.Success));
    if (!result.items.length || page * PAGE_SIZE >= result.total) break;
  }
  return models;
}

/** Lower case without accents, for type-to-filter. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

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
 * filter field above the select. Languages come from the adapter's `listTrainableLanguages`, or
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
 * @csspart status - The line under the select: loading, number of matches, "no custom models".
 * @csspart error - The load error with its Retry button.
 *
 * @cssproperty --cm-picker-model-indent - Indent of custom-model options under their language.
 * Default: `--sl-spacing-x-large`.
 * @cssproperty --cm-picker-model-icon-color - Colour of the custom-model icon. Default:
 * `--sl-color-primary-600`.
 */
export class CustomModelPicker extends CustomModelsElement {
  static override styles = [hostStyles, visuallyHidden, pickerStyles];
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  /** Takes part in forms through ElementInternals. */
  static formAssociated = true;

  private readonly internals: ElementInternals;

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

  @query('sl-select') private select?: SlSelect;

  private customValidity = '';

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
      resources: () => ['lists'],
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
    this.internals = this.attachInternals();
  }

  // ---- form association ---------------------------------------------------------------------

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Sets a custom error message, as on native controls; '' clears it. */
  setCustomValidity(message: string): void {
    this.customValidity = message;
    this.syncForm();
  }

  /** The value a form reset returns to: the `value` attribute. */
  get defaultValue(): string {
    return this.getAttribute('value') ?? '';
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.filterText = '';
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  private syncForm(): void {
    this.internals.setFormValue(this.value);
    const anchor = this.select ?? undefined;
    if (this.customValidity) {
      this.internals.setValidity({ customError: true }, this.customValidity, anchor);
    } else if (this.required && !this.value) {
      this.internals.setValidity(
        { valueMissing: true },
        this.localize.term('cm.picker.required'),
        anchor,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  // ---- data ---------------------------------------------------------------------------------

  /** What is chosen, as objects; null when nothing is, or the value names nothing offered. */
  get selection(): CustomModelPickerSelection | null {
    const parsed = parsePickerValue(this.value);
    if (!parsed) return null;
    const group = this.groups.find((g) => g.language.id === parsed.languageId);
    if (!group) return null;
    if (parsed.modelId === undefined) return { language: group.language };
    const model = group.models.find((m) => m.id === parsed.modelId);
    return model ? { language: group.language, model } : null;
  }

  /** Loads the languages and models again. Changes made through the store show by themselves. */
  async reload(): Promise<void> {
    if (!this.languages) this.store?.reloadLanguages();
    await Promise.all([this.modelsState.refresh(), this.languagesState.refresh()]);
  }

  protected override updated(): void {
    this.syncForm();
  }

  private get languageList(): Language[] {
    return this.languages ?? this.languagesState.value ?? [];
  }

  /** Languages in their given order, each with its models by name; models on other languages get a group too. */
  private get groups(): Group[] {
    const groups: Group[] = this.languageList.map((language) => ({ language, models: [] }));
    const byId = new Map(groups.map((g) => [g.language.id, g]));
    const byKey = new Map(groups.map((g) => [g.language.key.toLowerCase(), g]));
    for (const model of this.models) {
      const base = model.baseLanguage;
      let group = byId.get(base.id) ?? (base.key ? byKey.get(base.key.toLowerCase()) : undefined);
      if (!group) {
        group = { language: base, models: [] };
        groups.push(group);
        byId.set(base.id, group);
        if (base.key) byKey.set(base.key.toLowerCase(), group);
      }
      group.models.push(model);
    }
    const collator = new Intl.Collator(this.localize.lang(), {
      sensitivity: 'base',
      numeric: true,
    });
    for (const group of groups) group.models.sort((a, b) => collator.compare(a.name, b.name));
    return groups;
  }

  /**
   * A host's own languages keep the names it gave them; the adapter's are named as every other
   * view names them, in the current locale.
   */
  private languageName(language: Language): string {
    if (this.languages && language.name) return language.name;
    return languageLabel(this.localize.lang(), language) || String(language.id ?? '');
  }

  private modelLabel(model: CustomModel, language: Language): string {
    return this.localize.term(
      'cm.picker.modelOption',
      model.name.trim() || this.localize.term('cm.picker.unnamedModel'),
      this.languageName(language),
    );
  }

  /** The groups narrowed by the filter; the chosen option always stays. */
  private visibleGroups(groups: Group[]): Group[] {
    const needle = fold(this.filterText.trim());
    if (!needle) return groups;
    const chosen = parsePickerValue(this.value);
    const out: Group[] = [];
    for (const group of groups) {
      const { language } = group;
      const languageMatches = fold(`${this.languageName(language)} ${language.key}`).includes(
        needle,
      );
      const models = languageMatches
        ? group.models
        : group.models.filter(
            (m) =>
              fold(this.modelLabel(m, language)).includes(needle) ||
              (chosen?.languageId === language.id && chosen.modelId === m.id),
          );
      const keepLanguage =
        languageMatches || models.length > 0 || chosen?.languageId === language.id;
      if (keepLanguage) out.push({ language, models });
    }
    return out;
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

  private renderChoices(groups: Group[]) {
    return groups.map(
      ({ language, models }, index) => html`
        <sl-option
          class=${index > 0 ? 'language group-start' : 'language'}
          value=${formatPickerValue(language.id)}
          >${this.languageName(language)}</sl-option
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
              ${this.modelLabel(model, language)}
            </sl-option>`,
        )}
      `,
    );
  }

  private renderStatus(total: number, shown: number, filtering: boolean) {
    if (this.loadState === 'loading') {
      return html`<sl-spinner aria-hidden="true"></sl-spinner
        >${this.localize.term('cm.picker.loading')}`;
    }
    if (this.loadState === 'idle' && !this.adapter && !this.languages)
      return this.localize.term('cm.noAdapter');
    if (this.loadState !== 'ready') return nothing;
    if (!total) return this.localize.term('cm.picker.empty');
    if (filtering) return this.localize.term('cm.picker.matches', shown);
    if (!this.models.length && this.adapter) return this.localize.term('cm.picker.noModels');
    return nothing;
  }

  private renderError() {
    if (this.loadState !== 'error') return nothing;
    const error = this.loadError;
    const reason =
      error instanceof CustomModelsApiError && error.kind !== 'network'
        ? error.message
        : error instanceof CustomModelsApiError
          ? this.localize.term('cm.error.network')
          : this.localize.term('cm.error.generic');
    return html`<div part="error" class="error" role="alert">
      <span>${this.localize.term('cm.picker.error')} ${reason}</span>
      <sl-button size="small" @click=${() => this.reload()}>
        <sl-icon
          slot="prefix"
          library=${ICON_LIBRARY}
          name="arrow-clockwise"
          aria-hidden="true"
        ></sl-icon>
        ${this.localize.term('cm.retry')}
      </sl-button>
    </div>`;
  }

  override render() {
    const groups = this.loadState === 'ready' || this.languages ? this.groups : [];
    const total = groups.reduce((n, g) => n + 1 + g.models.length, 0);
    const showFilter = this.loadState === 'ready' && total > this.filterThreshold;
    const filtering = showFilter && this.filterText.trim() !== '';
    const shownGroups = filtering ? this.visibleGroups(groups) : groups;
    const shown = shownGroups.reduce((n, g) => n + 1 + g.models.length, 0);
    const loading = this.loadState === 'loading';
    const disabled = this.disabled || this.formDisabled;

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
      <div part="status" class="status" role="status">
        ${this.renderStatus(total, shown, filtering)}
      </div>
      ${this.renderError()}
    </div>`;
  }
}
