/**
 * Serves `test/csp/*.html` with a strict Content-Security-Policy as a real response header, as a
 * portal would: no inline script or style, no fetch but to the page's own origin. `?tt` adds
 * `require-trusted-types-for 'script'` and allows Lit's one policy (`trusted-types lit-html`). test/csp.test.ts loads these pages in a frame.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";

export const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";

export function cspMiddleware() {
  return async (ctx, next) => {
    await next();
    if (!/^\/test\/csp\/[\w-]+\.html$/.test(ctx.path)) return;
    const trustedTypes = ctx.query.tt !== undefined;
    ctx.set(
      'Content-Security-Policy',
      trustedTypes ? `${STRICT_CSP}; ${TRUSTED_TYPES}` : STRICT_CSP,
    );
  };
}
