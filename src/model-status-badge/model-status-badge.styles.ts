import { css, unsafeCSS, type CSSResult } from 'lit';
import { inheritedTextReset } from '../internal/text-reset.js';

/*
 * Colours follow the seed: zinc, amber, sky, emerald, red. Each defaults to Shoelace's palette
 * (its gray is zinc) with a hex fallback for hosts that load no Shoelace theme. Tint 100 behind
 * shade 800 gives at least 4.5:1 in light; Shoelace's dark theme inverts the scale, so the same
 * pairs hold in dark.
 *
 * The public `--cm-status-*` properties are read with their defaults as fallbacks, never declared
 * here: a host sets them on the badge or on any ancestor (the page, `:root`), and the grid's rows,
 * which draw the same badge in their own tree (models-grid/rows.ts), follow them too.
 *
 * One sheet, two indicators: `<model-status-badge>`'s is a span (its `indicator` part), the grid
 * rows' is the badge's `::before` (one node less per row). `dot` is the selector suffix after a
 * badge, our own constant (never data).
 */
const badgeSheet = (dot: CSSResult) => css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.125em 0.625em;
    border: 1px solid var(--border);
    border-radius: var(--cm-status-badge-radius, var(--sl-border-radius-pill, 9999px));
    background: var(--background);
    color: var(--color);
    font-size: var(--cm-status-badge-font-size, var(--sl-font-size-x-small, 0.75rem));
    font-weight: var(--sl-font-weight-semibold, 600);
    line-height: 1.5;
    white-space: nowrap;
    vertical-align: middle;
    /* The indicator's shape (below), set here so nothing a host sets on an ancestor leaks in. */
    --_dot-background: currentColor;
    --_dot-border: none;
    --_dot-radius: 50%;
    --_dot-transform: none;
    --_dot-animation: none;
  }

  /*
   * A shape per status as well as a colour, for people who cannot tell the colours apart. The
   * status rules set the shape as custom properties on the badge; the indicator has one rule that
   * reads them (for the rows' ::before: one rule to match for it instead of up to three).
   */
  .badge${dot} {
    content: '';
    box-sizing: content-box;
    width: 0.5em;
    height: 0.5em;
    flex: none;
    background: var(--_dot-background);
    border: var(--_dot-border);
    border-radius: var(--_dot-radius);
    transform: var(--_dot-transform);
    animation: var(--_dot-animation);
  }
  .badge[data-status='1'] {
    --color: var(--cm-status-not-running-color, var(--sl-color-gray-800, #27272a));
    --background: var(--cm-status-not-running-background, var(--sl-color-gray-100, #f4f4f5));
    --border: var(--cm-status-not-running-border, var(--sl-color-gray-300, #d4d4d8));
    --_dot-background: transparent;
    --_dot-border: 1.5px solid currentColor;
  }
  .badge[data-status='2'] {
    --color: var(--cm-status-ready-to-run-color, var(--sl-color-amber-800, #92400e));
    --background: var(--cm-status-ready-to-run-background, var(--sl-color-amber-100, #fef3c7));
    --border: var(--cm-status-ready-to-run-border, var(--sl-color-amber-300, #fcd34d));
    --_dot-radius: 1px;
  }
  .badge[data-status='3'] {
    --color: var(--cm-status-running-color, var(--sl-color-sky-800, #075985));
    --background: var(--cm-status-running-background, var(--sl-color-sky-100, #e0f2fe));
    --border: var(--cm-status-running-border, var(--sl-color-sky-300, #7dd3fc));
    --_dot-animation: pulse 1.6s ease-in-out infinite;
  }
  .badge[data-status='4'] {
    --color: var(--cm-status-success-color, var(--sl-color-emerald-800, #065f46));
    --background: var(--cm-status-success-background, var(--sl-color-emerald-100, #d1fae5));
    --border: var(--cm-status-success-border, var(--sl-color-emerald-300, #6ee7b7));
  }
  .badge[data-status='5'] {
    --color: var(--cm-status-failed-color, var(--sl-color-red-800, #991b1b));
    --background: var(--cm-status-failed-background, var(--sl-color-red-100, #fee2e2));
    --border: var(--cm-status-failed-border, var(--sl-color-red-300, #fca5a5));
    --_dot-radius: 0;
    --_dot-transform: rotate(45deg);
  }
  .badge[data-status='unknown'] {
    --color: var(--cm-status-unknown-color, var(--sl-color-neutral-700, #3f3f46));
    --background: var(--cm-status-unknown-background, var(--sl-color-neutral-0, #ffffff));
    --border: var(--cm-status-unknown-border, var(--sl-color-neutral-400, #a1a1aa));
    border-style: dashed;
  }

  @keyframes pulse {
    50% {
      opacity: 0.35;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .badge[data-status='3'] {
      --_dot-animation: none;
    }
  }
`;

/** The badge as the grid's rows draw it (rows.ts): the indicator is `.badge-dot::before`. */
export const rowBadgeStyles = /* @__PURE__ */ badgeSheet(unsafeCSS('.badge-dot::before'));

/** `<model-status-badge>`'s own sheet: its host box and the shared badge. */
export const badgeStyles = [
  css`
    :host {
      display: inline-flex;
      vertical-align: middle;
      font-family: var(--cm-font-family, var(--sl-font-sans, system-ui, sans-serif));
      ${inheritedTextReset}
    }

    :host([hidden]) {
      display: none;
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
  badgeSheet(unsafeCSS(' .indicator')),
];
