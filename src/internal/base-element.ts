import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customModelsApiContext, customModelsStoreContext } from './context.js';
import type { CustomModelsApi } from '../api/types.js';
import { registerIcons } from '../icons/register.js';
import { CustomModelsStore } from '../store/custom-models-store.js';
import { LocalizeController } from '../i18n/localize.js';
import { registerThemeFallback } from './theme-fallback.js';
import { scopedRenderRoot } from './scoped-registry.js';

/**
 * What every element of the library shares: localized strings that follow the nearest `lang`, and the
 * API adapter, set directly on the element or taken from an enclosing provider.
 */
export class CustomModelsElement extends LitElement {
  protected readonly localize = new LocalizeController(this);

  override connectedCallback(): void {
    // Before the first render, so the icons we and Shoelace render resolve without a fetch.
    registerIcons();
    registerThemeFallback(this);
    super.connectedCallback();
  }

  /**
   * The API adapter. Optional when an enclosing `<custom-models-provider>` (or page) gives one; set
   * here it takes precedence for this element.
   */
  @property({ attribute: false }) api?: CustomModelsApi;

  /** The adapter from the nearest provider. */
  @consume({ context: customModelsApiContext, subscribe: true })
  @state()
  protected contextApi?: CustomModelsApi;

  /** The store from the nearest provider or page. */
  @consume({ context: customModelsStoreContext, subscribe: true })
  @state()
  protected contextStore?: CustomModelsStore;

  /** In a scoped registry (see `defineCustomModelsElements`), renders that registry's tags. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return scopedRenderRoot(this) ?? super.createRenderRoot();
  }

  /** The adapter in use: the element's own, else the provider's. */
  protected get adapter(): CustomModelsApi | undefined {
    return this.api ?? this.contextApi;
  }

  /**
   * The store of the adapter in use: the provider's (or page's) when it serves that adapter, else
   * the one store of that adapter, so elements on one adapter always share one store.
   */
  protected get store(): CustomModelsStore | undefined {
    const api = this.adapter;
    if (!api) return undefined;
    return this.contextStore?.api === api ? this.contextStore : CustomModelsStore.for(api);
  }
}
