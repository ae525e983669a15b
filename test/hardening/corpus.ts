/**
 * The hostile corpus: strings that must always show as text. Each payload that could run sets
 * `window.__xss`, so a test only has to check that it stays undefined. Each entry says what it
 * attacks.
 */
export interface HostileString {
  /** What the string attacks. */
  attack: string;
  value: string;
}

const entry = (attack: string, value: string): HostileString => ({ attack, value });

export const HOSTILE_CORPUS: readonly HostileString[] = [
  // --- markup and script injection ----------------------------------------------------------
  entry('image error handler (quoted)', '<img src=x onerror="window.__xss=1">'),
  entry('image error handler (unquoted)', '<img src=x onerror=window.__xss=1>'),
  entry('script element', '<script>window.__xss=1</script>'),
  entry('attribute breakout into an svg onload', '"><svg onload=window.__xss=1>'),
  entry(
    'single-quote attribute breakout into an iframe',
    '\'><iframe src="javascript:window.__xss=1">',
  ),
  entry('javascript: URL (as a name that might become a link)', 'javascript:window.__xss=1'),
  entry('anchor with a javascript: href', '<a href="javascript:window.__xss=1">click me</a>'),
  entry(
    'details ontoggle: fires on parse without interaction',
    '<details open ontoggle=window.__xss=1>',
  ),
  entry(
    'svg animate onbegin: fires on parse',
    '<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>',
  ),
  entry(
    'mutation XSS through math/style namespace confusion',
    '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  ),
  entry('data: URL with a script', 'data:text/html,<script>window.__xss=1</script>'),
  entry('CSS injection hiding the whole page', '<style>*{display:none!important}</style>'),
  entry('template literal injection', '${window.__xss=1}'),
  entry('framework template injection', "{{constructor.constructor('window.__xss=1')()}}"),
  entry('unterminated HTML comment swallowing what follows', '<!-- swallowed'),
  entry('CDATA end and a stray tag', ']]><x y="z">'),
  entry(
    'pre-escaped entities (must not be decoded twice)',
    '&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;i&#x3E;',
  ),
  entry('a string that looks like a serialised object', '[object Object]'),

  // --- Unicode that breaks rendering --------------------------------------------------------
  entry('right-to-left override spoofing an extension', '\u202Egnp.exe'),
  entry('unclosed bidi embedding and isolate', '\u202Bembedded \u2067isolated text'),
  entry('lone high surrogate (broken pair)', 'broken \uD83D pair'),
  entry('lone low surrogate (broken pair)', 'broken \uDE00 pair'),
  entry('reversed surrogate pair', '\uDE00\uD83D reversed'),
  entry('emoji ZWJ sequence, flags and skin tones', '👨‍👩‍👧‍👦 🇳🇱 🏳️‍🌈 👍🏽 model'),
  entry('zalgo: hundreds of stacked combining marks', `Z${'\u0336\u0335\u0334'.repeat(60)}algo`),
  entry('mixed Arabic, Hebrew and Latin', 'نموذج طبي מודל Medical'),
  entry('control characters and an ANSI escape', 'nul\u0000bell\u0007esc\u001b[31mred'),

  // --- empty-looking and huge ---------------------------------------------------------------
  entry('only spaces', '   '),
  entry('only tabs and newlines', '\t\n\r\n'),
  entry('only zero-width characters', '\u200B\u200C\u200D\uFEFF'),
  entry('only non-breaking spaces', '\u00A0\u00A0\u00A0'),
  entry('10,000 characters without a break opportunity', 'W'.repeat(10_000)),
  entry('10,000 characters of words', 'long name '.repeat(1000)),

  // --- strings other layers misread ---------------------------------------------------------
  entry('console format specifiers', '%s %o %c %d'),
  entry('prototype key', '__proto__'),
  entry('SQL injection', "'; DROP TABLE models;--"),
  entry('CRLF header injection', 'name\r\nSet-Cookie: injected=1'),
];

/** Just the strings. */
export const HOSTILE_STRINGS: readonly string[] = HOSTILE_CORPUS.map((item) => item.value);

/** The 10,000-character name without a break opportunity (the hardest to lay out). */
export const LONGEST_WORD = 'W'.repeat(10_000);

/** Whether any hostile payload ran. */
export function xssRan(): boolean {
  return (window as { __xss?: unknown }).__xss !== undefined;
}
