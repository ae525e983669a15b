import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customModelsApiContext, customModelsSessionContext } from '../api/context.js';
import type { CustomModelsApi, Session } from '../api/types.js';
import { registerIcons } from '../icons/register.js';
import { en } from '../i18n/en.js';
import { LocalizeController, registerEnglish } from '../i18n/localize.js';
import { attachContextRoot } from './context-root.js';

attachContextRoot();
registerIcons();
registerEnglish(en);

/**
 * What every element of the library shares: localized strings that follow the nearest `lang`, and the
 * API adapter, set directly on the element or taken from an enclosing provider.
 */
export class CustomModelsElement extends LitElement {
  protected readonly localize = new LocalizeController(this);

  /**
   * The API adapter. Optional when an enclosing `<custom-models-provider>` (or page) gives one; set
   * here it takes precedence for this element.
   */
  @property({ attribute: false }) api?: CustomModelsApi;

  /** The adapter from the nearest provider. */
  @consume({ context: customModelsApiContext, subscribe: true })
  @state()
  protected contextApi?: CustomModelsApi;

  /** The session from the nearest provider, when it has loaded one. */
  @consume({ context: customModelsSessionContext, subscribe: true })
  @state()
  protected contextSession?: Session;

  /**
   * Where this element's session comes from: the provider's, which loads it for the provider's
   * adapter; or, when the element has an adapter of its own, loaded from that adapter.
   */
  protected sessionSource(): { adapter?: CustomModelsApi; provided?: Session } {
    const own = this.api && this.api !== this.contextApi ? this.api : undefined;
    return own ? { adapter: own } : { provided: this.contextSession };
  }

  /** The adapter in use: the element's own, else the provider's. */
  protected get adapter(): CustomModelsApi | undefined {
    return this.api ?? this.contextApi;
  }
}
