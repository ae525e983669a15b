// A Vite (Rollup) plugin for the published build: the html`…` literals of modules that
// use src/internal/compact-html.ts lose, in the shipped file, the formatting whitespace that tag
// drops at run time anyway. The rules are not copied here: they are src/internal/compact-html-rules.ts,
// the module the run-time tag uses, loaded (type-stripped) from the source. So the strings Lit
// receives, and the DOM, are those of the source (the run-time pass then finds nothing to drop).
// Literals are found with the TypeScript parser, so comments, strings and nesting cannot mislead it.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Loads a self-contained TypeScript module of src (no imports) as JavaScript. */
async function importSource(path) {
  const url = new URL(`../src/${path}`, import.meta.url);
  const { outputText } = ts.transpileModule(readFileSync(url, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    fileName: url.pathname,
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

/** The run-time rules for the stretch of text `index` of a literal (`last`: its final one). */
export const { compactHtmlText } = await importSource('internal/compact-html-rules.ts');

/** Rewrites every html`…` literal of a module's (JavaScript or TypeScript) source. */
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
      node.tag.text === 'html'
    ) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) stretch(template, 0, true);
      else {
        stretch(template.head, 0, false);
        template.templateSpans.forEach((span, i) =>
          stretch(span.literal, i + 1, i === template.templateSpans.length - 1),
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
