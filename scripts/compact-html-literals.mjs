// A Vite (Rollup) plugin for the published build: the html`…` and piece`…` literals of modules that
// use src/internal/compact-html.ts lose, in the shipped file, the formatting whitespace that tag
// drops at run time anyway: the same rules on the same stretches of text, so the strings Lit
// receives, and the DOM, are those of the source (the run-time pass then finds nothing to drop).
// Literals are found with the TypeScript parser, so comments, strings and nesting cannot mislead it.
import ts from 'typescript';

const TAGS = new Set(['html', 'piece']);

/** compact-html.ts's rules for the stretch of text `index` of a literal (`last`: its final one). */
export function compactHtmlText(text, index, last) {
  let out = text.replace(/>\s*\n\s*</g, '><');
  out = index === 0 ? out.replace(/^\s*\n\s*/, '') : out.replace(/^\s*\n\s*(?=<)/, '');
  out = last ? out.replace(/\s*\n\s*$/, '') : out.replace(/(?<=>)\s*\n\s*$/, '');
  return out;
}

/** Rewrites every html`…` / piece`…` literal of a module's (JavaScript or TypeScript) source. */
export function compactHtmlLiterals(code, fileName = 'module.js') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  // A literal part's text lies between its opening (` or }) and its closing (` or ${).
  const stretch = (part, index, last) => {
    const start = part.getStart(source) + 1;
    const end =
      part.end - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
    edits.push({ start, end, text: compactHtmlText(code.slice(start, end), index, last) });
  };
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const template = node.template;
      // A piece is joined with others before the run-time pass (joinHtml): none of its stretches
      // is the template's first or last, so only the rules between tags apply to it here.
      const whole = node.tag.text === 'html';
      if (ts.isNoSubstitutionTemplateLiteral(template)) stretch(template, whole ? 0 : 1, whole);
      else {
        stretch(template.head, whole ? 0 : 1, false);
        template.templateSpans.forEach((span, i) =>
          stretch(span.literal, i + 1, whole && i === template.templateSpans.length - 1),
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

export function compactHtmlLiteralsPlugin() {
  return {
    name: 'compact-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      if (!/from ['"][./]*\/?(internal\/)?compact-html\.js['"]/.test(code)) return null;
      return { code: compactHtmlLiterals(code, id), map: null };
    },
  };
}
