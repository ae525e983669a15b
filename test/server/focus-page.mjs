// @web/test-runner plugin: `focus-page` brings the test page to the front, so it has the system
// focus a user's window has. Without it, a page opened after another test file's page can be
// left without focus (`document.hasFocus()` false): `element.focus()` then moves
// `document.activeElement` but fires no `focus` event, and what a keyboard user sees on focus (a
// tooltip with a disabled action's reason) never shows. Seen in shuffled full runs only.
export function focusPagePlugin() {
  return {
    name: 'focus-page',
    async executeCommand({ command, session }) {
      if (command !== 'focus-page') return undefined;
      if (session.browser.type !== 'puppeteer') return { focused: false };
      const page = session.browser.getPage(session.id);
      await page.bringToFront();
      return { focused: await page.evaluate(() => document.hasFocus()) };
    },
  };
}
