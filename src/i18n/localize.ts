import {
  LocalizeController as ShoelaceLocalizeController,
  registerTranslation,
  update as updateLocalizedElements,
  type Translation,
} from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import type { CustomModelsTranslation } from './en.js';

/*
 * Why @shoelace-style/localize and not @lit/localize: @lit/localize is configured once per page
 * (`configureLocalization` may only be called once), so a library that called it would break a host
 * that uses it too. Shoelace's registry is a shared map that merges catalogues by language code,
 * is already in the tree through Shoelace, and re-renders connected elements when the document
 * language changes. Our keys are prefixed `cm.` so they never collide with Shoelace's or a host's.
 */

/** English, the fallback for every key whatever language is registered first. */
const english: Record<string, unknown> = {};

/**
 * Registers English strings: in Shoelace's registry (merged by language code) and as the fallback.
 * Each element's define module registers what it renders (src/internal/register.ts), so the
 * smallest entry point (the badge) does not carry the whole catalogue, and importing a class
 * registers nothing.
 */
export function registerEnglish(strings: Record<string, unknown>): void {
  Object.assign(english, strings);
  registerTranslation({ ...strings, $code: 'en', $name: 'English', $dir: 'ltr' } as Translation);
  libraryStringsRegistered('en');
}

/** Set by host-translations.ts, when a host can register strings: puts them back on top. */
let reapplyHostStrings: ((code: string) => void) | undefined;
export const onLibraryStrings = (reapply: (code: string) => void) => {
  reapplyHostStrings = reapply;
};

/** The library registered strings of `code` (English, or a view's section): hosts' win again. */
export const libraryStringsRegistered = (code: string) => reapplyHostStrings?.(code);

/** Key of a string in the library's catalogue. */
export type TermKey = Exclude<keyof CustomModelsTranslation, '$code' | '$name' | '$dir'>;

/** Finds the language that applies to an element: its own `lang`, the nearest ancestor's across shadow roots, then the document's. */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]:not([lang=""])');
    if (found && !managedLang.has(found)) return found.getAttribute('lang')!;
    // A `lang` we copied onto a Shoelace element may be stale mid-switch: look above it.
    if (found?.parentElement) {
      node = found.parentElement;
      continue;
    }
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || navigator.language || 'en';
}

interface TranslationData {
  primary?: Partial<CustomModelsTranslation>;
  secondary?: Partial<CustomModelsTranslation>;
}

/**
 * Shoelace's own lookup: the catalogues of `lang` and of its base language, from its registry (the
 * one `registerTranslation` fills, shared by every copy of the library and by the host). It is
 * typed private in @shoelace-style/localize (3.2.3 as locked; test/i18n-registry.test.ts pins what
 * we read of it). Where a host's version lacks it, undefined: `term()` then asks through the public
 * `exists()` and `term()`, slower (they look the language up per call) but the same strings.
 */
const shoelaceLookUp = (controller: object, lang: string): TranslationData | undefined =>
  (
    ShoelaceLocalizeController.prototype as unknown as {
      getTranslationData?: (this: object, lang: string) => TranslationData;
    }
  ).getTranslationData?.call(controller, lang);

/** The document's language as Shoelace's elements read it when they have no `lang` of their own. */
const documentLang = () =>
  typeof document === 'undefined'
    ? 'en'
    : (document.documentElement.lang || navigator.language).toLowerCase().replace(/_/g, '-');

/**
 * Shoelace elements with strings (or a direction) of their own. Shoelace reads only an element's own
 * `lang` and the document's, so each one we render gets the resolved language as its `lang`.
 */
const SHOELACE_LOCALIZED = [
  'alert',
  'button',
  'carousel',
  'color-picker',
  'copy-button',
  'dialog',
  'drawer',
  'dropdown',
  'input',
  'menu-item',
  'progress-bar',
  'progress-ring',
  'select',
  'spinner',
  'split-panel',
  'tab',
  'tab-group',
  'tag',
  'tooltip',
]
  .map((name) => `sl-${name}`)
  .join(',');

/** Shoelace elements whose `lang` we set: their changes are ours, not a host's. */
const managedLang = new WeakSet<Element>();

function setLang(element: Element | null | undefined, lang: string) {
  if (!element || element.getAttribute('lang') === lang) return;
  managedLang.add(element);
  element.setAttribute('lang', lang);
}

let langObserver: MutationObserver | undefined;
const observedRoots = new WeakSet<Node>();

/**
 * One observer: a `lang` change on any ancestor re-renders our elements. It watches the document
 * and every shadow root our elements live in (a Lit host that sets `lang` inside its own shadow
 * root is seen too), ignoring the `lang` we set on Shoelace elements ourselves.
 */
function observeLangChanges(host: Element) {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  langObserver ??= new MutationObserver((records) => {
    if (records.some((record) => !managedLang.has(record.target as Element))) {
      updateLocalizedElements();
    }
  });
  const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
  const observe = (root: Node) => {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    langObserver!.observe(root, options);
  };
  observe(document);
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    observe(root);
  }
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

  /** The catalogues for `resolved`, looked up once per render (see `catalogues()`). */
  private data?: TranslationData;

  /** Whether a language other than the document's was ever copied onto our Shoelace elements. */
  private copied = false;

  override hostConnected(): void {
    super.hostConnected();
    observeLangChanges(this.host);
    this.resolved = '';
    this.data = undefined;
  }

  /** Resolved once per render rather than once per string. */
  hostUpdate(): void {
    this.resolved = this.resolveNow();
    this.data = shoelaceLookUp(this, this.resolved);
  }

  /**
   * After each render, the Shoelace elements in the host's shadow root get the resolved language
   * as their own `lang`, so their built-in strings (a dialog's "Close", a select's "Clear entry", a
   * spinner's "Loading") follow the nearest `lang` too. Shoelace's `lang` is a reactive property:
   * a change re-renders the element. While the language is the document's, as on most pages, they
   * follow it by themselves: no scan, no attribute, no extra render of each of them, unless another
   * language was copied onto them before (they are then kept in step).
   */
  hostUpdated(): void {
    const lang = this.lang();
    if (!this.copied && lang === documentLang()) return;
    const root = (this.host as { renderRoot?: ParentNode }).renderRoot ?? this.host.shadowRoot;
    if (!root) return;
    this.copied = true;
    for (const element of root.querySelectorAll(SHOELACE_LOCALIZED)) {
      // A loading button's spinner ("Loading") is in the button's own shadow root, drawn after it.
      if (element.localName === 'sl-button' && element.hasAttribute('loading')) {
        void (element as Element & { updateComplete: Promise<unknown> }).updateComplete.then(() =>
          setLang(element.shadowRoot?.querySelector('sl-spinner'), lang),
        );
      }
      setLang(element, lang);
    }
  }

  /**
   * The catalogues of the current language. Shoelace looks them up, parsing the language with
   * `Intl.Locale`, on every call, twice per `term()`: a third of the script time of a 100-row grid
   * (two labels per row, two strings per status badge). Here once per render; registering a
   * catalogue re-renders every element (`registerTranslation` calls `update()`), which looks again.
   */
  private catalogues(): TranslationData | undefined {
    const lang = this.lang();
    return this.data && lang === this.resolved ? this.data : shoelaceLookUp(this, lang);
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
    ...args: CustomModelsTranslation[K] extends (...args: infer A) => string ? A : []
  ): string {
    const data = this.catalogues();
    if (!data && this.exists(key, { lang: this.lang() })) {
      // No private lookup in this version of Shoelace's registry: its public one, per call.
      return (super.term as (key: K, ...args: unknown[]) => string)(key, ...args);
    }
    // The language's own string (region first), else English whatever was registered first.
    const value = (data?.primary?.[key] ||
      data?.secondary?.[key] ||
      english[key as string]) as unknown;
    if (typeof value === 'function') return (value as (...a: unknown[]) => string)(...args);
    return typeof value === 'string' ? value : String(key);
  }
}
