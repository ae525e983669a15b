// A Vite (Rollup) plugin for the published build: the CSS inside Lit's css`…` literals is minified
// by esbuild's CSS minifier (the build's own esbuild; a CSS parser, so strings, comments, `url()`
// and escapes are read as CSS, never by a regular expression). What a host ships gets smaller
// (about 2.7 kB gzip for the whole package; measured in the report of issue 23); what the browser
// parses is the same stylesheet.
//
// A literal's `${…}` placeholders are not CSS: each stands in for a token that is valid where it
// sits, found again after minifying and put back as it was:
//   - between declarations (`thead { ${hidden} }`): a custom property, `--cm-placeholder-0z:0`;
//   - in a selector (`.badge${dot} {`): a class, `.cm-placeholder-0z`;
//   - in a value (`--_icon: ${iconUrl('pencil')};`): an identifier, `cm-placeholder-0z`.
// A token that is not found exactly once fails the build, as does CSS esbuild warns about. A
// literal with a backslash is left as it is (its raw and cooked text differ).
// Literals are found with the TypeScript parser, so comments, strings and nesting cannot mislead it.
import { transformSync } from 'esbuild';
import ts from 'typescript';

const token = (index) => `cm-placeholder-${index}z`;

/** Where a placeholder sits: by the next `{`, `;` or `}` after it and the text since the last one. */
function placeholderContext(before, after) {
  const next = /[{};]/.exec(after)?.[0];
  if (next === '{') return 'selector';
  const sinceLast = before.slice(
    Math.max(...['{', '}', ';'].map((c) => before.lastIndexOf(c))) + 1,
  );
  return sinceLast.trim() === '' ? 'declarations' : 'value';
}

/** The text standing in for placeholder `index` in that context, and how it reads once minified. */
function stand(index, context) {
  if (context === 'declarations') {
    return { text: `--${token(index)}:0;`, found: new RegExp(`--${token(index)}:0;?`, 'g') };
  }
  const text = context === 'selector' ? `.${token(index)}` : token(index);
  return { text, found: new RegExp(text.replace('.', '\\.'), 'g') };
}

/**
 * Minifies the CSS of one literal, given as its stretches of text between placeholders; the
 * placeholders stay where they were. Returns the minified stretches.
 */
export function minifyCssParts(parts, where = 'css literal') {
  const stands = parts
    .slice(0, -1)
    .map((_, i) =>
      stand(i, placeholderContext(parts.slice(0, i + 1).join(''), parts.slice(i + 1).join(''))),
    );
  let css = parts.map((part, i) => part + (stands[i]?.text ?? '')).join('');
  // A literal of declarations only (no rule: `position: absolute; …`, spread into rules) is minified
  // as the body of one rule, then taken out of it.
  const declarationsOnly = !css.includes('{');
  if (declarationsOnly) css = `x{${css}}`;
  // utf8: esbuild's default escapes non-ASCII (`\b7`), which a template literal would read as its own.
  const result = transformSync(css, {
    loader: 'css',
    minify: true,
    charset: 'utf8',
    logLevel: 'silent',
  });
  if (result.warnings.length) {
    throw new Error(`${where}: ${result.warnings.map((w) => w.text).join('; ')}\n${css}`);
  }
  if (/[\\`]|\$\{/.test(result.code)) {
    throw new Error(
      `${where}: the minified CSS has a backslash, a backtick or a \${: ${result.code}`,
    );
  }
  let out = result.code.trim();
  if (declarationsOnly) out = out.replace(/^x\{([\s\S]*)\}$/, '$1');
  const minified = [];
  for (const [i, { found }] of stands.entries()) {
    const matches = [...out.matchAll(found)];
    if (matches.length !== 1) {
      throw new Error(`${where}: placeholder ${i} found ${matches.length} times after minifying`);
    }
    const [match] = matches;
    minified.push(out.slice(0, match.index));
    out = out.slice(match.index + match[0].length);
  }
  minified.push(out);
  return minified;
}

/** Rewrites every css`…` literal of a module's (JavaScript or TypeScript) source. */
export function minifyCssLiterals(code, fileName = 'module.js') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const literals = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'css'
    ) {
      const template = node.template;
      // A literal part's text lies between its opening (` or }) and its closing (` or ${).
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const stretches = pieces.map((part) => {
        const start = part.getStart(source) + 1;
        const end =
          part.end - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
        return { start, end, text: code.slice(start, end) };
      });
      if (!stretches.some(({ text }) => text.includes('\\'))) literals.push(stretches);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const edits = [];
  for (const stretches of literals) {
    const line = source.getLineAndCharacterOfPosition(stretches[0].start).line + 1;
    const minified = minifyCssParts(
      stretches.map(({ text }) => text),
      `${fileName}:${line}`,
    );
    stretches.forEach(({ start, end }, i) => edits.push({ start, end, text: minified[i] }));
  }
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

export function minifyCssLiteralsPlugin() {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code, id), map: null };
    },
  };
}
