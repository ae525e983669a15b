import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prepareLanguageNames } from '../store/language-label.js';
import { prepareDateFormats } from './format.js';

/**
 * Builds the `Intl` objects the rows write with (Last Modified's short and full dates, Base
 * Language's names) while the first page loads, once per language. The first use of each loads
 * ICU data, 2–3 ms apiece on a fresh page: left to the rows, it lands between the page's arrival
 * and the rows on screen, where a user waits; here it runs in the wait for the adapter, after the
 * frame that shows the placeholder rows.
 */
export class PrepareFormats implements ReactiveController {
  private prepared?: string;
  private scheduled = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly lang: () => string,
    /** True while the grid waits for its first page. */
    private readonly waiting: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.scheduled || this.lang() === this.prepared || !this.waiting()) return;
    this.scheduled = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.scheduled = false;
        if (!this.host.isConnected) return;
        const lang = this.lang();
        this.prepared = lang;
        prepareDateFormats(lang);
        prepareLanguageNames(lang);
      }),
    );
  }
}
