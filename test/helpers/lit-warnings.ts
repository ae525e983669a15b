/**
 * Fails the running test on a Lit dev-mode warning about our code (loaded by runner-setup.ts into
 * every test page). Lit warns once per page and message with `console.warn`, which a test runner
 * only prints: "Element models-grid scheduled an update … after an update completed"
 * (change-in-update), an undefined attribute value, an Event passed to requestUpdate… each is an
 * inefficiency or a bug in our elements, so it fails the test that caused it.
 *
 * Not counted: Lit's dev-mode banner, and change-in-update about a Shoelace element (`sl-…`: see
 * web-test-runner.config.mjs). Lit's once-per-page memory (`litIssuedWarnings`) is replaced by one
 * that forgets, so a warning the first test caused fails every later test that causes it too.
 */
const LIT_WARNING = /See https:\/\/lit\.dev\/msg\/([\w-]+) for more information\.$/;

/** Why a Lit warning is not ours to fail on, or undefined when it is. */
function notOurs(text: string, code: string): boolean {
  if (code === 'dev-mode') return true;
  return code === 'change-in-update' && /^Element sl-[\w-]+ /.test(text);
}

declare global {
  // Lit's own global (reactive-element.ts, dev mode).
  var litIssuedWarnings: Set<string | undefined> | undefined;
}

/** Remembers only the dev-mode banner (shown once); every other warning is issued each time. */
class BannerOnly extends Set<string | undefined> {
  override has(value: string | undefined): boolean {
    return value === 'dev-mode' && super.has(value);
  }
  override add(value: string | undefined): this {
    if (value?.startsWith('Lit is in dev mode')) super.add('dev-mode');
    return this;
  }
}

export function failOnLitWarnings(): void {
  globalThis.litIssuedWarnings = new BannerOnly();
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    warn(...args);
    const text = typeof args[0] === 'string' ? args[0] : '';
    const code = LIT_WARNING.exec(text)?.[1];
    if (code === undefined || notOurs(text, code)) return;
    // Thrown outside Lit's update (which must go on): an uncaught error, which mocha gives to the
    // test that is running, as a failure.
    setTimeout(() => {
      throw new Error(`Lit dev-mode warning (${code}): ${text}`);
    });
  };
}
