import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';

test('css literals lose comments and indentation, placeholders and other code stay', () => {
  const source = [
    'const a = css`',
    '  /* why */',
    '  :host {',
    '    display: block;',
    '  }',
    '  .x ${unsafeCSS(y)} .y {',
    "    --_icon: ${iconUrl('trash3')};",
    '    margin: 0 calc(1px + 2px);',
    '  }',
    '`;',
    'const b = html`<p>  keep  </p>`;',
  ].join('\n');
  const out = minifyCssLiterals(source);
  assert.equal(
    out,
    "const a = css` :host{display: block}.x ${unsafeCSS(y)} .y{--_icon: ${iconUrl('trash3')};" +
      'margin: 0 calc(1px + 2px)}`;\nconst b = html`<p>  keep  </p>`;',
  );
});
