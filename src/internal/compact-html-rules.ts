/*
 * The rules of the HTML whitespace compaction, the one implementation: the run-time tag
 * (compact-html.ts) applies them to the strings Lit receives, and the build plugin
 * (scripts/compact-html-literals.mjs, which loads this file) to the literals it ships, so both give
 * Lit the same strings. No imports: the build loads this module on its own.
 */

/**
 * Stretch `index` of a template's strings without its formatting: a line break and its indentation
 * between two tags, before the template's first tag, after its last, and between a tag and a
 * binding go. Whitespace without a line break (`${prefix} </span>`), and between two bindings,
 * stays: it can be visible text. `last`: the template's final stretch.
 */
export function compactHtmlText(text: string, index: number, last: boolean): string {
  let out = text.replace(/>\s*\n\s*</g, '><');
  out = index === 0 ? out.replace(/^\s*\n\s*/, '') : out.replace(/^\s*\n\s*(?=<)/, '');
  out = last ? out.replace(/\s*\n\s*$/, '') : out.replace(/(?<=>)\s*\n\s*$/, '');
  return out;
}
