import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatShortDate } from './format.js';

/**
 * The widest dates a locale writes in the Last Modified column: the 28th of every month (the
 * longest month names and abbreviations, two-digit days), at 10:58 and 22:58 (two-digit hours,
 * AM and PM where the locale says them).
 */
function widestDateSamples(lang: string): string[] {
  const samples: string[] = [];
  for (let month = 0; month < 12; month++) {
    for (const hour of [10, 22])
      samples.push(formatShortDate(lang, new Date(2025, month, 28, hour, 58)));
  }
  return samples;
}

let canvas: HTMLCanvasElement | undefined;

/** The width of the widest of `texts` in `font` (a CSS `font` value), in px. */
function widestText(texts: readonly string[], font: string): number {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return 0;
  context.font = font;
  return Math.max(...texts.map((text) => context.measureText(text).width));
}

/**
 * Sizes the Last Modified column to the widest date the grid's language writes, in the cells' own
 * font: the table's layout is fixed (a page change never moves a column), so a fixed width clipped
 * "10:04 AM" in one language or font and wasted room in another. Measured with a canvas (no layout
 * of the rows) once per language, the first time the grid is wide with a row (or a placeholder row
 * of the first load) to read the font from, and given to the table as `--_date-width` once it has
 * rows; the narrow layout ignores it (each row stacks). Until then the stylesheet's width applies. Between measures an update reads no style: a font
 * changed later (another theme) is measured with the next language.
 */
export class DateColumnWidth implements ReactiveController {
  /** The language whose width the table has. */
  private appliedLang?: string;
  /** The last measure: a language's width, taken before it is needed when the grid can. */
  private measured?: { lang: string; width: string };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly lang: () => string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const lang = this.lang();
    if (lang === this.appliedLang) return;
    const root = this.host.shadowRoot;
    const table = root?.querySelector<HTMLElement>('table');
    // A placeholder cell of the first load will do to measure (the same font): measured while the
    // first page loads, the first rows are not held up by a style and layout forced in the middle
    // of their update. The width is given once there are rows, as before (an empty grid keeps the
    // stylesheet's width).
    const row = root?.querySelector<HTMLElement>('tbody td.c-lastModified');
    if (this.measured?.lang !== lang)
      this.measure(lang, row ?? root?.querySelector('tbody td.s-lastModified'));
    if (!row || !table || this.measured?.lang !== lang) return;
    this.appliedLang = lang;
    if (this.measured.width) table.style.setProperty('--_date-width', this.measured.width);
  }

  private measure(lang: string, cell: HTMLElement | null | undefined): void {
    const header = this.host.shadowRoot?.querySelector<HTMLElement>('th.c-lastModified');
    if (!header || !cell) return;
    const headerStyle = getComputedStyle(header);
    // Narrow (the layout's \`--_n-width: auto\`), the column has no width of its own (nor its
    // padding): measured once the grid is wide.
    if (headerStyle.getPropertyValue('--_n-width').trim() === 'auto') return;
    const font = getComputedStyle(cell).font;
    if (!font) return;
    const padding =
      parseFloat(headerStyle.paddingInlineStart) +
      parseFloat(headerStyle.paddingInlineEnd) +
      parseFloat(headerStyle.borderInlineStartWidth) +
      parseFloat(headerStyle.borderInlineEndWidth);
    const text = widestText(widestDateSamples(lang), font);
    // One pixel for rounding between the canvas and the cell's own text layout.
    this.measured = { lang, width: text > 0 ? `${Math.ceil(text + padding + 1)}px` : '' };
  }
}
