// @web/test-runner plugin: finds elements by role and accessible name as Chromium computes them
// (its accessibility tree, through every shadow root), for test/helpers/by-role.ts.
//
// The browser's own computation rather than a copy of the ARIA name rules in JavaScript: it follows
// slots, `aria-labelledby`, `aria-description`, hidden content and Shoelace's inner controls exactly
// as a screen reader is told. Puppeteer's `aria/` selector asks Chromium (`Accessibility.queryAXTree`)
// and answers with the nodes; each is marked with an attribute the page then looks up, since a node
// handle cannot cross to the page.
const MARK = 'data-by-role';
/** One DevTools session per page, for the accessibility nodes. */
const cdp = new WeakMap();

/** A puppeteer `aria/` selector: the name as text, the role as `[role="…"]`. */
function selector(role, name) {
  const quote = (value) => (value.includes('"') ? `'${value}'` : `"${value}"`);
  return `aria/${name === undefined ? '' : `[name=${quote(name)}]`}${role ? `[role=${quote(role)}]` : ''}`;
}

export function ariaQueryPlugin() {
  return {
    name: 'aria-query',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aria-query' && command !== 'aria-node') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(
          `${command} needs Chromium through puppeteer, not ${session.browser.type}.`,
        );
      }
      const page = session.browser.getPage(session.id);
      if (command === 'aria-query') {
        const handles = await page.$$(selector(payload.role, payload.name));
        for (const handle of handles) {
          await handle.evaluate(
            (element, [attribute, token]) => element.setAttribute(attribute, token),
            [MARK, payload.token],
          );
          await handle.dispose();
        }
        return handles.length;
      }
      // aria-node: the accessibility node of the element the page marked with `token`, with its
      // properties (disabled, focusable, focused…) as Chromium gives them to assistive technology.
      const handle = await page.evaluateHandle(
        (attribute, token) => {
          const find = (root) => {
            const hit = root.querySelector(`[${attribute}="${token}"]`);
            if (hit) return hit;
            for (const element of root.querySelectorAll('*')) {
              const inner = element.shadowRoot && find(element.shadowRoot);
              if (inner) return inner;
            }
            return null;
          };
          return find(document);
        },
        MARK,
        payload.token,
      );
      // (A command that answers null or undefined counts as unknown: answer an object.)
      if (!handle.asElement()) return { missing: true };
      try {
        const backendNodeId = await handle.asElement().backendNodeId();
        cdp.set(page, cdp.get(page) ?? (await page.createCDPSession()));
        const { nodes } = await cdp.get(page).send('Accessibility.getPartialAXTree', {
          backendNodeId,
          fetchRelatives: false,
        });
        const ax = nodes.find((node) => node.backendDOMNodeId === backendNodeId) ?? nodes[0];
        if (!ax) return { missing: true };
        const node = {
          role: ax.role?.value ?? '',
          name: ax.name?.value ?? '',
          ignored: ax.ignored,
        };
        if (ax.description?.value) node.description = ax.description.value;
        for (const property of ax.properties ?? []) node[property.name] = property.value?.value;
        return node;
      } finally {
        await handle.dispose();
      }
    },
  };
}
