import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';

const root = resolve(import.meta.dirname, '../..');

test('css literals are minified by esbuild; placeholders and other code stay', () => {
  const source = [
    'const a = css`',
    '  /* why */',
    '  :host {',
    '    display: block;',
    '  }',
    '  .x ${unsafeCSS(y)} .y {',
    "    --_icon: ${iconUrl('trash3')};",
    '    margin: 0 calc(1px + 2px);', // esbuild computes it
    '  }',
    '  .badge${dot} {',
    '    color: #ffffff;',
    '  }',
    '  thead {',
    '    ${hidden}',
    '  }',
    '`;',
    'const b = html`<p>  keep  </p>`;',
  ].join('\n');
  assert.equal(
    minifyCssLiterals(source),
    "const a = css`:host{display:block}.x ${unsafeCSS(y)} .y{--_icon: ${iconUrl('trash3')};" +
      'margin:0 3px}.badge${dot}{color:#fff}thead{${hidden}}`;\n' +
      'const b = html`<p>  keep  </p>`;',
  );
});

test('text inside quoted strings is kept as written (the regex minifier collapsed it)', () => {
  const source = "const a = css`\n  .x::before {\n    content: 'a  {b};  c';\n  }\n`;";
  assert.equal(minifyCssLiterals(source), 'const a = css`.x:before{content:"a  {b};  c"}`;');
});

test('a literal of declarations only stays declarations; non-ASCII stays as it is', () => {
  const source = "const d = css`\n  position: absolute !important;\n  content: '·';\n`;";
  assert.equal(
    minifyCssLiterals(source),
    'const d = css`position:absolute!important;content:"·"`;',
  );
});

test('CSS esbuild cannot read fails the build instead of shipping', () => {
  assert.throws(
    () => minifyCssLiterals('const a = css`.x { color: red; !! }`;', 'bad.ts'),
    /bad\.ts:1/,
  );
});

test('every css literal in src minifies, each placeholder put back once', () => {
  const files = readdirSync(join(root, 'src'), { recursive: true })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join(root, 'src', path));
  let saved = 0;
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    if (!code.includes('css`')) continue;
    const out = minifyCssLiterals(code, file);
    const placeholders = (text) => text.match(/\$\{[^}]*\}/g) ?? [];
    assert.deepEqual(placeholders(out), placeholders(code), file);
    saved += code.length - out.length;
  }
  assert.ok(saved > 10_000, `characters saved: ${saved}`);
});
