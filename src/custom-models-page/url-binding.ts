import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The page's opt-in URL binding (its `route` attribute): the open model in the URL, through the
 * History API. `route` is a pattern with one `:id`:
 *
 * - `#/models/:id` (or `hash`, its short form): the details in the URL's fragment; the list has
 *   no fragment.
 * - `/custom-models/:id`: the details at that path; the list at the path before `/:id`
 *   (`/custom-models`). The query and the fragment are kept.
 */
export interface RoutePattern {
  hash: boolean;
  /** What comes before the id (`#/models/`, `/custom-models/`). */
  prefix: string;
  /** What comes after it (usually nothing). */
  suffix: string;
}

/** The pattern of a `route` value, or undefined when it is not one (no single `:id`). */
export function parseRoute(route: string): RoutePattern | undefined {
  const pattern = route.trim() === 'hash' ? '#/models/:id' : route.trim();
  const at = pattern.indexOf(':id');
  if (at < 0 || pattern.includes(':id', at + 1) || !/^[#/]/.test(pattern)) return undefined;
  return {
    hash: pattern.startsWith('#'),
    prefix: pattern.slice(0, at),
    suffix: pattern.slice(at + 3),
  };
}

/** The model id a URL shows under `pattern`; '' for the list. */
export function idInUrl(pattern: RoutePattern, url: URL | Location): string {
  const target = pattern.hash ? url.hash : url.pathname;
  const { prefix, suffix } = pattern;
  if (target.length <= prefix.length + suffix.length) return '';
  if (!target.startsWith(prefix) || !target.endsWith(suffix)) return '';
  const raw = target.slice(prefix.length, target.length - suffix.length);
  if (raw.includes('/')) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}

/** The URL that shows `id` (or the list, for '') under `pattern`, from the current one. */
export function urlFor(pattern: RoutePattern, id: string, url: URL | Location): string {
  const { pathname, search, hash } = url;
  const part = id ? `${pattern.prefix}${encodeURIComponent(id)}${pattern.suffix}` : '';
  if (pattern.hash) return `${pathname}${search}${part}`;
  const list = pattern.prefix.replace(/\/+$/, '') || '/';
  return `${id ? part : list}${search}${hash}`;
}

interface RoutedHost extends ReactiveControllerHost {
  route?: string;
  modelId: string;
}

/**
 * Keeps the page's `modelId` and the URL in step while `route` is set: a change of the open model
 * (the user's, or the host's through `model-id`) adds a history entry, the browser's Back and
 * Forward (`popstate`) set the open model, and a new `route` (on load) takes it from the URL.
 */
export class UrlBindingController implements ReactiveController {
  private pattern?: RoutePattern;
  private replaceNext = false;

  constructor(private readonly host: RoutedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    // Moved or re-added: the URL may have changed meanwhile.
    if (this.pattern) this.onPopState();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /**
   * Reads `route` (call it from `willUpdate` when `route` changed): the URL's model is opened; a
   * URL without one takes the host's `model-id`, replacing the current entry.
   */
  routeChanged(): void {
    const route = this.host.route?.trim() ?? '';
    this.pattern = route ? parseRoute(route) : undefined;
    if (route && !this.pattern) {
      console.warn(
        `<custom-models-page route="${route}">: a route is a URL pattern with one ":id" ` +
          '(such as "#/models/:id" or "/custom-models/:id"); the URL is left as it is.',
      );
    }
    if (!this.pattern) return;
    const id = idInUrl(this.pattern, location);
    if (id) this.host.modelId = id;
    else this.replaceNext = true;
  }

  /** The next change of the open model replaces the current entry (a deleted model's). */
  replaceCurrentEntry(): void {
    this.replaceNext = true;
  }

  hostUpdated(): void {
    const pattern = this.pattern;
    if (!pattern) return;
    const replace = this.replaceNext;
    this.replaceNext = false;
    const id = this.host.modelId;
    if (idInUrl(pattern, location) === id) return;
    const url = urlFor(pattern, id, location);
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(null, '', url);
  }

  private readonly onPopState = () => {
    if (!this.pattern) return;
    const id = idInUrl(this.pattern, location);
    if (id !== this.host.modelId) this.host.modelId = id;
  };
}
