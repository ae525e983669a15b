import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { html } from '../internal/compact-html.js';
import { LocalizeController } from '../i18n/localize.js';
import { badgeStyles } from './model-status-badge.styles.js';
import { statusKey, statusLabel } from './status-label.js';

/**
 * A training status as a coloured badge with its name: Not Running (zinc), Ready to Run (amber),
 * Running (sky), Success (emerald), Failed (red); any other value shows a neutral "Unknown".
 * The name is always written out, and each status has its own indicator shape, so the badge never
 * relies on colour alone.
 *
 * Own markup rather than `<sl-badge>`: Shoelace's badge offers five fixed variants, none of them
 * zinc, amber or sky, and would add its component code to the smallest entry point.
 *
 * @tag model-status-badge
 * @summary The coloured badge of a custom model's training status.
 *
 * @csspart base - The badge's box.
 * @csspart indicator - The small shape before the text.
 * @csspart label - The status text.
 *
 * @cssproperty --cm-status-not-running-color - Text colour of Not Running (1). Default: zinc 800.
 * @cssproperty --cm-status-not-running-background - Background of Not Running (1). Default: zinc 100.
 * @cssproperty --cm-status-not-running-border - Border of Not Running (1). Default: zinc 300.
 * @cssproperty --cm-status-ready-to-run-color - Text colour of Ready to Run (2). Default: amber 800.
 * @cssproperty --cm-status-ready-to-run-background - Background of Ready to Run (2). Default: amber 100.
 * @cssproperty --cm-status-ready-to-run-border - Border of Ready to Run (2). Default: amber 300.
 * @cssproperty --cm-status-running-color - Text colour of Running (3). Default: sky 800.
 * @cssproperty --cm-status-running-background - Background of Running (3). Default: sky 100.
 * @cssproperty --cm-status-running-border - Border of Running (3). Default: sky 300.
 * @cssproperty --cm-status-success-color - Text colour of Success (4). Default: emerald 800.
 * @cssproperty --cm-status-success-background - Background of Success (4). Default: emerald 100.
 * @cssproperty --cm-status-success-border - Border of Success (4). Default: emerald 300.
 * @cssproperty --cm-status-failed-color - Text colour of Failed (5). Default: red 800.
 * @cssproperty --cm-status-failed-background - Background of Failed (5). Default: red 100.
 * @cssproperty --cm-status-failed-border - Border of Failed (5). Default: red 300.
 * @cssproperty --cm-status-unknown-color - Text colour of an unknown status.
 * @cssproperty --cm-status-unknown-background - Background of an unknown status.
 * @cssproperty --cm-status-unknown-border - Border (dashed) of an unknown status.
 * @cssproperty --cm-status-badge-radius - Corner radius. Default: `--sl-border-radius-pill`.
 * @cssproperty --cm-status-badge-font-size - Text size. Default: `--sl-font-size-x-small`.
 */
export class ModelStatusBadge extends LitElement {
  static override styles = badgeStyles;

  private readonly localize = new LocalizeController(this);

  /** The training status code, 1–5. Anything else renders as "Unknown". */
  @property({ type: Number, reflect: true }) status?: number;

  /** The status's name in the current language, as shown. */
  get label(): string {
    return statusLabel(this.localize, this.status);
  }

  override render() {
    const label = this.label;
    return html`<span part="base" class="badge" data-status=${statusKey(this.status)}>
      <span part="indicator" class="indicator" aria-hidden="true"></span>
      <span class="visually-hidden">${this.localize.term('cm.status.prefix')} </span>
      <span part="label">${label}</span>
    </span>`;
  }
}
