import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import type SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.component.js';
import { css, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { DialogController } from '../controllers/dialog-controller.js';
import type { TermKey } from '../i18n/localize.js';
import { ICON_LIBRARY, type IconName } from '../icons/register.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { dialogStyles } from '../internal/dialog-styles.js';
import {
  forceAlignmentLinkStyles,
  renderForceAlignmentLink,
} from '../internal/force-alignment-link.js';
import { hostStyles } from '../internal/styles.js';

/** A point of a section: a sentence, or one with the Force Alignment link between two parts. */
type GuidePoint = TermKey | { before: TermKey; after: TermKey };

interface GuideSection {
  icon: IconName;
  title: TermKey;
  points: [GuidePoint, GuidePoint];
}

/** The seed's four sections, with its icons (Sparkles, FileText, FileAudio, CheckCircle). */
const SECTIONS: GuideSection[] = [
  { icon: 'stars', title: 'cm.guide.whatTitle', points: ['cm.guide.what1', 'cm.guide.what2'] },
  {
    icon: 'file-earmark-text',
    title: 'cm.guide.needTitle',
    points: ['cm.guide.need1', 'cm.guide.need2'],
  },
  {
    icon: 'file-earmark-music',
    title: 'cm.guide.audioTitle',
    points: [{ before: 'cm.guide.audio1Before', after: 'cm.guide.audio1After' }, 'cm.guide.audio2'],
  },
  {
    icon: 'check-circle',
    title: 'cm.guide.afterTitle',
    points: ['cm.guide.after1', 'cm.guide.after2'],
  },
];

/**
 * The "Getting started with custom models" modal: four short sections and "Got it".
 * `<custom-models-page>` opens it by itself on a first visit and from its "Getting Started" button.
 * Its "Only have audio files" step links Force Alignment as the page's banner does.
 *
 * @tag custom-models-guide
 * @summary The "Getting started with custom models" guide modal.
 *
 * @event sl-after-hide - The guide has closed (from Shoelace's dialog).
 * @fires force-alignment-requested - {@link ForceAlignmentRequestedEvent} The Force Alignment link was activated with no `force-alignment-href` set. Cancelable; the guide closes.
 *
 * @csspart dialog - The Shoelace dialog.
 * @csspart section - Each of the four sections.
 * @csspart icon - A section's icon.
 *
 * @cssproperty --cm-guide-icon-color - Colour of the section icons. Default: `--sl-color-primary-600`.
 * @cssproperty --cm-guide-width - Width of the modal. Default: 36rem.
 */
export class CustomModelsGuide extends CustomModelsElement {
  static override styles = [
    hostStyles,
    dialogStyles,
    forceAlignmentLinkStyles,
    css`
      sl-dialog {
        --width: var(--cm-guide-width, 36rem);
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--sl-spacing-large, 1.25rem);
      }
      li.section {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: var(--sl-spacing-medium, 1rem);
        align-items: start;
      }
      sl-icon {
        font-size: 1.5rem;
        color: var(--cm-guide-icon-color, var(--sl-color-primary-600));
        padding: 0.5rem;
        border-radius: var(--sl-border-radius-large, 0.5rem);
        background: var(--sl-color-primary-50, #eff6ff);
      }
      h3 {
        margin: 0 0 0.25rem;
        font-size: var(--sl-font-size-medium, 1rem);
      }
      ul {
        margin: 0;
        padding-inline-start: 1.1rem;
        color: var(--sl-color-neutral-700);
        font-size: var(--sl-font-size-small, 0.875rem);
        line-height: 1.5;
      }
    `,
  ];

  /** Whether the guide is shown. */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * Where the "Only have audio files" step's Force Alignment link goes (the page passes its own).
   * Without it the link fires `force-alignment-requested`.
   */
  @property({ attribute: 'force-alignment-href' }) forceAlignmentHref?: string;

  @query('sl-dialog') private dialog?: SlDialog;

  private readonly dialogs = new DialogController(this, { dialog: () => this.dialog });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.dialogs.opened();
  }

  /** Opens the guide. */
  show(): void {
    this.open = true;
  }

  /** Closes the guide. */
  hide(): void {
    this.open = false;
  }

  private onHide(event: Event) {
    // Nested Shoelace parts emit their own sl-hide; only the dialog's own closes the guide.
    if (event.target === this.dialog) this.open = false;
  }

  private renderPoint(point: GuidePoint) {
    if (typeof point === 'string') return this.localize.term(point);
    const link = renderForceAlignmentLink(
      this,
      this.localize.term('cm.banner.forceAlignmentLink'),
      this.forceAlignmentHref,
      () => this.hide(),
    );
    return html`${this.localize.term(point.before)}${link}${this.localize.term(point.after)}`;
  }

  override render() {
    return html`<sl-dialog
      part="dialog"
      label=${this.localize.term('cm.guide.title')}
      ?open=${this.open}
      @sl-hide=${this.onHide}
    >
      <ol>
        ${SECTIONS.map(
          (section) =>
            html`<li class="section" part="section">
              <sl-icon
                part="icon"
                library=${ICON_LIBRARY}
                name=${section.icon}
                aria-hidden="true"
              ></sl-icon>
              <div>
                <h3>${this.localize.term(section.title)}</h3>
                <ul>
                  ${section.points.map((point) => html`<li>${this.renderPoint(point)}</li>`)}
                </ul>
              </div>
            </li>`,
        )}
      </ol>
      <div slot="footer" class="footer">
        <sl-button variant="primary" autofocus @click=${this.hide}
          >${this.localize.term('cm.guide.gotIt')}</sl-button
        >
      </div>
    </sl-dialog>`;
  }
}
