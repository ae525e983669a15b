import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { compactHtmlLiterals, compactHtmlText } from '../../scripts/compact-html-literals.mjs';

const root = resolve(import.meta.dirname, '../..');
const RULES = [
  String.raw`/>\s*\n\s*</g`,
  String.raw`/^\s*\n\s*/`,
  String.raw`/^\s*\n\s*(?=<)/`,
  String.raw`/\s*\n\s*$/`,
  String.raw`/(?<=>)\s*\n\s*$/`,
];

/** Every html`…` / piece`…` literal of a source: its tag and its cooked strings. */
function literals(code) {
  const source = ts.createSourceFile('m.ts', code, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      if (node.tag.text === 'html' || node.tag.text === 'piece') {
        const t = node.template;
        const strings = ts.isNoSubstitutionTemplateLiteral(t)
          ? [t.text]
          : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)];
        found.push({ tag: node.tag.text, strings });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** What the run-time tag makes of a literal's strings (a piece: as a middle part of a join). */
const atRunTime = ({ tag, strings }) =>
  strings.map((s, i) =>
    tag === 'html'
      ? compactHtmlText(s, i, i === strings.length - 1)
      : compactHtmlText(s, i + 1, false),
  );

const sources = () => {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  walk(join(root, 'src'));
  return files.filter((f) =>
    /from '[./]*\/?(internal\/)?compact-html\.js'/.test(readFileSync(f, 'utf8')),
  );
};

test('the build applies the run-time rules of compact-html.ts', () => {
  const runtime = readFileSync(join(root, 'src/internal/compact-html.ts'), 'utf8');
  for (const rule of RULES) assert.ok(runtime.includes(rule), `compact-html.ts uses ${rule}`);
});

test('every compact-html literal in src gives Lit the same strings, built or not', () => {
  const files = sources();
  assert.ok(files.length >= 8, `modules using compact-html: ${files.length}`);
  let shrunk = 0;
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const built = compactHtmlLiterals(code, file);
    const before = literals(code);
    const after = literals(built);
    assert.equal(after.length, before.length, file);
    before.forEach((literal, i) => {
      assert.deepEqual(atRunTime(after[i]), atRunTime(literal), `${file}: literal ${i}`);
    });
    // Only whitespace went.
    assert.equal(built.replace(/\s+/g, ''), code.replace(/\s+/g, ''), file);
    shrunk += code.length - built.length;
  }
  assert.ok(shrunk > 1000, `formatting dropped: ${shrunk} characters`);
});

test('comments, strings and nested literals do not mislead it', () => {
  const code = [
    "// an html` in a comment, and a '`' in a string",
    'const s = "html`<a>\\n  <b>";',
    'const t = html`',
    '  <ul>',
    '    ${items.map((i) => html`<li>',
    '      <span>${i}</span>',
    '    </li>`)}',
    '  </ul>',
    '`;',
  ].join('\n');
  const out = compactHtmlLiterals(code);
  assert.ok(
    out.startsWith(
      '// an html` in a comment, and a \'`\' in a string\nconst s = "html`<a>\\n  <b>";',
    ),
  );
  assert.ok(
    out.includes('html`<ul>${items.map((i) => html`<li><span>${i}</span></li>`)}</ul>`'),
    out,
  );
});
