import { html as litHtml, type TemplateResult } from 'lit';
import { compactHtmlText } from './compact-html-rules.js';

/*
 * Lit's `html` for the hot templates (the grid's rows, the status badge), written Prettier-formatted
 * but rendered without the formatting: a line break and its indentation next to a tag is dropped, so
 * it never becomes a whitespace-only text node (26 per row, 5 per badge). Whitespace without a line
 * break (`${prefix} </span>`) and whitespace between two bindings are kept: those can be visible
 * text (the rules: compact-html-rules.ts). Done at run time, once per template (keyed by Lit's own
 * cache key, the strings array), so the tests, the dev server, Storybook and the build all render
 * the same DOM; the build applies the same rules to the shipped literals beforehand.
 */
const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

const compactStrings = (strings: readonly string[]): TemplateStringsArray => {
  const last = strings.length - 1;
  const parts = strings.map((text, i) => compactHtmlText(text, i, i === last));
  // Lit accepts only arrays that look like a template literal's own (an own `raw`).
  return Object.freeze(Object.assign(parts, { raw: Object.freeze([...parts]) }));
};

/** `html` that drops the formatting whitespace of its template (see above). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let compact = compacted.get(strings);
  if (!compact) compacted.set(strings, (compact = compactStrings(strings)));
  return litHtml(compact, ...values);
}

/** A piece of a template, joined with others into one template by `joinHtml`. */
export interface HtmlPiece {
  readonly strings: TemplateStringsArray;
  readonly values: readonly unknown[];
}

/** Tags a piece of a template for `joinHtml`: its strings and values, not rendered on its own. */
export const piece = (strings: TemplateStringsArray, ...values: unknown[]): HtmlPiece => ({
  strings,
  values,
});

interface JoinNode {
  strings?: TemplateStringsArray;
  next: WeakMap<TemplateStringsArray, JoinNode>;
}
const joins: JoinNode = { next: new WeakMap() };

/**
 * One template from the pieces given (a `false` piece is left out), compacted as `html` does. For
 * a row whose cells depend on the grid (a column shown, the role): a nested template per optional
 * cell is a child part, a marker comment and a template instance in every row; joined, each
 * combination is one template of its own, prepared once (cached by its pieces' strings arrays).
 */
export function joinHtml(...pieces: ReadonlyArray<HtmlPiece | false>): TemplateResult {
  const used = pieces.filter((p): p is HtmlPiece => p !== false);
  let node = joins;
  for (const { strings } of used) {
    let next = node.next.get(strings);
    if (!next) node.next.set(strings, (next = { next: new WeakMap() }));
    node = next;
  }
  if (!node.strings) {
    const parts: string[] = [];
    for (const { strings } of used) {
      if (parts.length) parts[parts.length - 1] += strings[0]!;
      else parts.push(strings[0]!);
      parts.push(...strings.slice(1));
    }
    node.strings = compactStrings(parts);
  }
  return litHtml(node.strings, ...used.flatMap((p) => p.values));
}
