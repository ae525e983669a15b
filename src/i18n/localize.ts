import {
  LocalizeController as ShoelaceLocalizeController,
  registerTranslation,
  update as updateLocalizedElements,
  type Translation,
} from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import { en, type CustomModelsTranslation } from './en.js';

/*
 * Why @shoelace-style/localize and not @lit/localize: @lit/localize is configured once per page
 * (`configureLocalization` may only be called once), so a library that called it would break a host
 * that uses it too. Shoelace's registry is a shared map that merges catalogues by language code,
 * is already in the tree through Shoelace, and re-renders connected elements when the document
 * language changes. Our keys are prefixed `cm.` so they never collide with Shoelace's or a host's.
 */
registerTranslation(en);

type Args<T> = T extends (...args: infer A) => string ? A : [];

/** Key of a string in the library's catalogue. */
export type TermKey = Exclude<keyof CustomModelsTranslation, '$code' | '$name' | '$dir'>;

/** Finds the language that applies to an element: its own `lang`, the nearest ancestor's across shadow roots, then the document's. */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || navigator.language || 'en';
}

let langObserver: MutationObserver | undefined;

/** One observer for the whole document: a `lang` change on any ancestor re-renders our elements. */
function observeLangChanges() {
  if (langObserver || typeof MutationObserver === 'undefined' || typeof document === 'undefined') {
    return;
  }
  langObserver = new MutationObserver(() => updateLocalizedElements());
  langObserver.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Shoelace's controller, with the locale taken from the nearest `lang` (Shoelace itself only reads
 * the element's own and the document's) and English as the fallback for our keys whatever
 * catalogue was registered first.
 */
export class LocalizeController extends ShoelaceLocalizeController<CustomModelsTranslation> {
  private resolved = '';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host);
  }

  override hostConnected(): void {
    super.hostConnected();
    observeLangChanges();
    this.resolved = '';
  }

  /** Resolved once per render rather than once per string. */
  hostUpdate(): void {
    this.resolved = this.resolveNow();
  }

  override lang(): string {
    return this.resolved || this.resolveNow();
  }

  private resolveNow(): string {
    const lang =
      typeof document === 'undefined'
        ? 'en'
        : resolveLang(this.host).toLowerCase().replace(/_/g, '-');
    try {
      new Intl.Locale(lang);
      return lang;
    } catch {
      return 'en';
    }
  }

  override term<K extends keyof CustomModelsTranslation>(
    key: K,
    ...args: Args<CustomModelsTranslation[K]>
  ): string {
    if (this.exists(key, { lang: this.lang(), includeFallback: false })) {
      return super.term(key, ...(args as never));
    }
    const value = en[key] as unknown;
    if (typeof value === 'function') return (value as (...a: unknown[]) => string)(...args);
    return typeof value === 'string' ? value : String(key);
  }

  /** Full name of a language in the UI locale ("Engels" for `en` in Dutch); `fallback` when unknown. */
  languageName(key: string, fallback: string): string {
    const code = key.split(/[-_]/)[0];
    if (!code) return fallback;
    try {
      return new Intl.DisplayNames([this.lang()], { type: 'language' }).of(code) ?? fallback;
    } catch {
      return fallback;
    }
  }
}

/**
 * Adds or overrides strings for a language (`$code` like `nl`). Merges with what is there, so a host
 * can override single strings of a shipped catalogue.
 */
export function registerCustomModelsTranslation(
  translation: Partial<CustomModelsTranslation> & Translation,
): void {
  registerTranslation(translation as Translation);
}
