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
