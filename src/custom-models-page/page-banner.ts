import { html } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { renderForceAlignmentLink } from '../internal/force-alignment-link.js';

export interface PageBannerView {
  /** The page: fires `force-alignment-requested` when there is no `forceAlignmentHref`. */
  host: HTMLElement;
  localize: LocalizeController;
  forceAlignmentHref?: string;
  /** On a narrow page, whether the user opened the full text. */
  expanded: boolean;
  onToggle: () => void;
  onDismissed: () => void;
}

/**
 * The "About Custom Models" banner. On a narrow page (the styles' container query) it is a summary,
 * title and introduction, with "Read more" to open the list and the note; on a wide page all of it
 * shows and the toggle is hidden.
 */
export function renderPageBanner(view: PageBannerView) {
  const term = view.localize.term.bind(view.localize);
  const link = renderForceAlignmentLink(
    view.host,
    term('cm.banner.forceAlignmentLink'),
    view.forceAlignmentHref,
  );
  return html`<sl-alert
    part="banner"
    class=${view.expanded ? 'banner expanded' : 'banner'}
    variant="primary"
    open
    closable
    @sl-after-hide=${(event: Event) => {
      if ((event.target as Element).classList.contains('banner')) view.onDismissed();
    }}
  >
    <sl-icon slot="icon" library=${ICON_LIBRARY} name="info-circle"></sl-icon>
    <strong>${term('cm.banner.title')}</strong>
    <span>${term('cm.banner.intro')}</span>
    <div class="banner-more" id="banner-more">
      <ul>
        <li>${term('cm.banner.fineTuning')}</li>
        <li>${term('cm.banner.training')}</li>
        <li>
          ${term('cm.banner.forceAlignmentBefore')}${link}${term('cm.banner.forceAlignmentAfter')}
        </li>
        <li>${term('cm.banner.accuracy')}</li>
        <li>${term('cm.banner.select')}</li>
      </ul>
      <p class="note">${term('cm.banner.note')}</p>
    </div>
    <button
      type="button"
      class="link banner-toggle"
      aria-expanded=${view.expanded ? 'true' : 'false'}
      aria-controls="banner-more"
      @click=${view.onToggle}
    >
      ${term(view.expanded ? 'cm.banner.less' : 'cm.banner.more')}
    </button>
  </sl-alert>`;
}
