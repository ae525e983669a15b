/**
 * Opt-in for a page that runs two copies or versions of the package side by side (micro-frontends):
 * the elements of this copy, and the Shoelace elements they render, defined in a scoped custom
 * element registry the host gives instead of the page's one. Importing this module defines none of
 * our tags in the page's registry.
 *
 * ```js
 * import { defineCustomModelsElements } from '@scriptix/custom-models-elements/scoped.js';
 * const registry = new CustomElementRegistry();
 * defineCustomModelsElements(registry);
 * const root = container.attachShadow({ mode: 'open', customElementRegistry: registry });
 * root.innerHTML = '<custom-models-page></custom-models-page>';
 * ```
 * @packageDocumentation
 */
import SlAlert from '@shoelace-style/shoelace/dist/components/alert/alert.component.js';
import SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import SlCheckbox from '@shoelace-style/shoelace/dist/components/checkbox/checkbox.component.js';
import SlCopyButton from '@shoelace-style/shoelace/dist/components/copy-button/copy-button.component.js';
import SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.component.js';
import SlDropdown from '@shoelace-style/shoelace/dist/components/dropdown/dropdown.component.js';
import SlIcon from '@shoelace-style/shoelace/dist/components/icon/icon.component.js';
import SlIconButton from '@shoelace-style/shoelace/dist/components/icon-button/icon-button.component.js';
import SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import SlMenu from '@shoelace-style/shoelace/dist/components/menu/menu.component.js';
import SlMenuItem from '@shoelace-style/shoelace/dist/components/menu-item/menu-item.component.js';
import SlOption from '@shoelace-style/shoelace/dist/components/option/option.component.js';
import SlRadioButton from '@shoelace-style/shoelace/dist/components/radio-button/radio-button.component.js';
import SlRadioGroup from '@shoelace-style/shoelace/dist/components/radio-group/radio-group.component.js';
import SlSelect from '@shoelace-style/shoelace/dist/components/select/select.component.js';
import SlSpinner from '@shoelace-style/shoelace/dist/components/spinner/spinner.component.js';
import SlTooltip from '@shoelace-style/shoelace/dist/components/tooltip/tooltip.component.js';
import { ConfirmDialog } from './confirm-dialog/confirm-dialog.component.js';
import { CreateModelDialog } from './create-model-dialog/create-model-dialog.component.js';
import { CustomModelDetails } from './custom-model-details/custom-model-details.component.js';
import { CustomModelPicker } from './custom-model-picker/custom-model-picker.component.js';
import { CustomModelsGuide } from './custom-models-guide/custom-models-guide.component.js';
import { CustomModelsPage } from './custom-models-page/custom-models-page.component.js';
import { CustomModelsProvider } from './custom-models-provider/custom-models-provider.component.js';
import { DatasetUpload } from './dataset-upload/dataset-upload.component.js';
import { DeleteModelDialog } from './delete-model-dialog/delete-model-dialog.component.js';
import { ModelStatusBadge } from './model-status-badge/model-status-badge.component.js';
import { ModelsGrid } from './models-grid/models-grid.component.js';

/** Every tag of ours, the provider first (it answers the others' context requests). */
const ELEMENTS: readonly (readonly [string, CustomElementConstructor])[] = [
  ['custom-models-provider', CustomModelsProvider],
  ['model-status-badge', ModelStatusBadge],
  ['models-grid', ModelsGrid],
  ['custom-models-confirm-dialog', ConfirmDialog],
  ['create-model-dialog', CreateModelDialog],
  ['delete-model-dialog', DeleteModelDialog],
  ['custom-models-guide', CustomModelsGuide],
  ['custom-models-page', CustomModelsPage],
  ['dataset-upload', DatasetUpload],
  ['custom-model-details', CustomModelDetails],
  ['custom-model-picker', CustomModelPicker],
];

/**
 * The Shoelace elements our shadow trees render. (Shoelace's own shadow trees, such as the dialog's
 * close button, resolve their tags in the page's registry, where Shoelace defines them itself.)
 */
const SHOELACE: readonly (readonly [string, CustomElementConstructor])[] = [
  ['sl-alert', SlAlert],
  ['sl-button', SlButton],
  ['sl-checkbox', SlCheckbox],
  ['sl-copy-button', SlCopyButton],
  ['sl-dialog', SlDialog],
  ['sl-dropdown', SlDropdown],
  ['sl-icon', SlIcon],
  ['sl-icon-button', SlIconButton],
  ['sl-input', SlInput as unknown as CustomElementConstructor],
  ['sl-menu', SlMenu],
  ['sl-menu-item', SlMenuItem],
  ['sl-option', SlOption],
  ['sl-radio-button', SlRadioButton],
  ['sl-radio-group', SlRadioGroup],
  ['sl-select', SlSelect],
  ['sl-spinner', SlSpinner],
  ['sl-tooltip', SlTooltip],
];

/**
 * Whether this browser has scoped custom element registries (`new CustomElementRegistry()` and
 * `attachShadow({ customElementRegistry })`). Where it has not, load one copy of the package.
 */
export function scopedRegistriesSupported(): boolean {
  if (typeof CustomElementRegistry !== 'function') return false;
  try {
    new CustomElementRegistry();
    return true;
  } catch {
    return false;
  }
}

/**
 * Defines this copy's elements, and the Shoelace elements they render, in `registry` (a scoped
 * registry the host made with `new CustomElementRegistry()`), so another copy or version of the
 * package can own the page's tags. Elements created in a shadow root of that registry render with
 * this copy, each on the adapter it is given. Tags already defined in `registry` are left as they
 * are; the page's own registry is refused (import the package's root or define modules for that).
 */
export function defineCustomModelsElements(registry: CustomElementRegistry): void {
  if (registry === globalThis.customElements) {
    throw new TypeError(
      'defineCustomModelsElements() takes a scoped registry (new CustomElementRegistry()); ' +
        "import '@scriptix/custom-models-elements' to define the elements in the page's own.",
    );
  }
  for (const [tag, constructor] of [...SHOELACE, ...ELEMENTS]) {
    if (!registry.get(tag)) registry.define(tag, constructor);
  }
}
