import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';
import ts from 'typescript';
import { compactHtmlLiterals, compactHtmlText } from '../../scripts/compact-html-literals.mjs';

const root = resolve(import.meta.dirname, '../..');

/** The run-time tag of src/internal/compact-html.ts, bundled with Lit for Node. */
async function runTimeTag() {
  const result = await build({
    entryPoints: [join(root, 'src/internal/compact-html.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
const { html: runTimeHtml } = await runTimeTag();

/** What the run-time tag hands Lit for these strings. */
const litStrings = (strings) => [
  ...runTimeHtml(Object.assign([...strings], { raw: [...strings] })).strings,
];

/** Every html`…` literal of a source: its cooked strings. */
function literals(code) {
  const source = ts.createSourceFile('m.ts', code, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      if (node.tag.text === 'html') {
        const t = node.template;
        found.push(
          ts.isNoSubstitutionTemplateLiteral(t)
            ? [t.text]
            : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)],
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** What the run-time tag makes of a literal's strings. */
const atRunTime = (strings) =>
  strings.map((s, i) => compactHtmlText(s, i, i === strings.length - 1));

const sources = () => {
  const files = readdirSync(join(root, 'src'), { recursive: true })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join(root, 'src', path));
  return files.filter((f) =>
    /from '[./]*\/?(internal\/)?compact-html\.js'/.test(readFileSync(f, 'utf8')),
  );
};

test('the build and the run-time tag share one implementation of the rules', () => {
  // The plugin has no rules of its own: it loads src/internal/compact-html-rules.ts.
  const plugin = readFileSync(join(root, 'scripts/compact-html-literals.mjs'), 'utf8');
  assert.doesNotMatch(plugin, /\.replace\(/, 'no whitespace rule written in the plugin');
  for (const strings of [
    ['\n  <ul>\n    <li>', '</li>\n    <li>', '</li>\n  </ul>\n'],
    ['<span>', ' </span>\n  ', ' ', '\n'],
    ['\n  text\n  <b>bold</b>\n  more\n'],
  ]) {
    const last = strings.length - 1;
    assert.deepEqual(
      litStrings(strings),
      strings.map((text, i) => compactHtmlText(text, i, i === last)),
      JSON.stringify(strings),
    );
  }
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
      // What Lit receives from the run-time tag, built or not; the built literal is already that.
      assert.deepEqual(litStrings(after[i]), litStrings(literal), file);
      assert.deepEqual(after[i], litStrings(literal), `${file}: literal ${i}`);
    });
    // Only whitespace went.
    assert.equal(built.replace(/\s+/g, ''), code.replace(/\s+/g, ''), file);
    shrunk += code.length - built.length;
  }
  // The grid's row template has one binding since issue 27 (less to format): still hundreds.
  assert.ok(shrunk > 500, `formatting dropped: ${shrunk} characters`);
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
