// A Vite (Rollup) plugin for the published build: the CSS inside Lit's css`…` literals loses its
// comments and indentation. What a host ships gets smaller; what the browser parses is the same
// stylesheet. Only text between the literal's `${…}` placeholders is touched.

/** Minifies one stretch of CSS text (no placeholders inside). */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/;}/g, '}');
}

/** Rewrites every css`…` literal of a module's source. */
export function minifyCssLiterals(code) {
  let out = '';
  let index = 0;
  const pattern = /\bcss`/g;
  let match;
  while ((match = pattern.exec(code))) {
    const start = match.index + match[0].length;
    out += code.slice(index, start);
    let i = start;
    let chunk = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        chunk += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        out += minifyCssText(chunk);
        chunk = '';
        // Copy the placeholder as it is, braces balanced.
        let depth = 0;
        const from = i;
        for (; i < code.length; i++) {
          if (code[i] === '{') depth++;
          else if (code[i] === '}' && --depth === 0) break;
        }
        out += code.slice(from, i + 1);
        i++;
      } else {
        chunk += code[i++];
      }
    }
    out += minifyCssText(chunk);
    index = i;
    pattern.lastIndex = i + 1;
  }
  return out + code.slice(index);
}

export function minifyCssLiteralsPlugin() {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
