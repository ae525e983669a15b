// @web/test-runner plugin: `forced-colors` turns Chromium's forced colours (Windows High Contrast)
// on or off for the test page, through the DevTools protocol: `emulateMedia` of
// @web/test-runner-commands passes `forcedColors` to Playwright only, not to this runner's Chrome.
export function forcedColorsPlugin() {
  // One DevTools session per page, kept open: its overrides end with it.
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') return { emulated: false };
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return { emulated: true };
    },
  };
}
