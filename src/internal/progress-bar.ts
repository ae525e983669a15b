import { css, html, nothing, type TemplateResult } from 'lit';

/*
 * The library's progress bar: a native <progress>, styled like Shoelace's. Not <sl-progress-bar>:
 * it sets its indicator's width through a `style` attribute (Lit's styleMap writes the attribute
 * on first render), which a strict `style-src` refuses, leaving the bar empty. A <progress> needs
 * no style at all: its value is an attribute, its role and value reach the accessibility tree.
 * `--height`, `--track-color` and `--indicator-color` work as on <sl-progress-bar>.
 */

export interface ProgressBarOptions {
  /** 0–100; absent: indeterminate (something is happening, how far is unknown). */
  value?: number;
  /** The accessible name. */
  label: string;
  className?: string;
  part?: string;
}

export function progressBar({ value, label, className, part }: ProgressBarOptions): TemplateResult {
  const known = typeof value === 'number' && Number.isFinite(value);
  return html`<progress
    class="cm-progress ${className ?? ''}"
    part=${part ?? nothing}
    max="100"
    value=${known ? Math.max(0, Math.min(100, value)) : nothing}
    aria-label=${label}
  ></progress>`;
}

export const progressBarStyles = css`
  .cm-progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: var(--height, 1rem);
    border: none;
    border-radius: var(--sl-border-radius-pill, 9999px);
    overflow: hidden;
    background: var(--track-color, var(--sl-color-neutral-200, #e4e4e7));
    color: var(--indicator-color, var(--sl-color-primary-600, #0284c7));
  }
  .cm-progress::-webkit-progress-bar {
    background: transparent;
  }
  .cm-progress::-webkit-progress-value {
    background: currentColor;
    transition: inline-size var(--sl-transition-medium, 250ms) ease;
  }
  .cm-progress::-moz-progress-bar {
    background: currentColor;
  }
  .cm-progress:indeterminate {
    background:
      linear-gradient(90deg, transparent 0 35%, currentColor 35% 65%, transparent 65%) 0 0 / 300%
        100% no-repeat,
      var(--track-color, var(--sl-color-neutral-200, #e4e4e7));
    animation: cm-progress-indeterminate 2.5s linear infinite;
  }
  @keyframes cm-progress-indeterminate {
    from {
      background-position:
        100% 0,
        0 0;
    }
    to {
      background-position:
        0 0,
        0 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .cm-progress:indeterminate {
      animation: none;
      background-position:
        50% 0,
        0 0;
    }
  }
`;
