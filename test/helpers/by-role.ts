/**
 * Finds elements by role and accessible name, as a user of assistive technology finds them:
 * through every shadow root, with the name and role Chromium computes (test/server/aria-query.mjs
 * asks its accessibility tree), so a test finds "the button named Rename model", not `.rename`.
 *
 * A Shoelace control is found as its inner `<button>` (the node that has the role); `click()` on it
 * is a user's click on the control. Hidden elements (closed dialogs, `display: none`) are not found.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { allElements } from './dom.js';
import { until } from './shoelace.js';

const MARK = 'data-by-role';
let tokens = 0;

export interface RoleQuery {
  /** The accessible name, exactly (a RegExp tests it after the fact). */
  name?: string | RegExp;
  /** Only those Chromium says are (`true`) or are not (`false`) disabled, `aria-disabled` too. */
  disabled?: boolean;
}

/** What Chromium's accessibility tree says about one element. */
export interface AccessibleNode {
  role: string;
  name: string;
  description?: string;
  disabled?: boolean;
  focused?: boolean;
  [property: string]: unknown;
}

/** True when `node` is `container` or inside it, through shadow roots. */
function within(node: Node, container: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === container || container.contains(current)) return true;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

function describeQuery(role: string, query: RoleQuery): string {
  const named = query.name === undefined ? `role "${role}"` : `${role} named ${String(query.name)}`;
  if (query.disabled === undefined) return named;
  return `${query.disabled ? 'disabled' : 'enabled'} ${named}`;
}

/** Every element under `container` (shadow trees included) with `role` and `name`, in tree order. */
export async function queryAllByRole(
  container: Node,
  role: string,
  query: RoleQuery = {},
): Promise<HTMLElement[]> {
  const token = `q${++tokens}`;
  const exact = typeof query.name === 'string' ? query.name : undefined;
  await executeServerCommand('aria-query', { role, name: exact, token });
  const marked = allElements(document).filter((element) => element.getAttribute(MARK) === token);
  for (const element of marked) element.removeAttribute(MARK);
  let found = marked.filter((element) => within(element, container)) as HTMLElement[];
  if (query.name instanceof RegExp || query.disabled !== undefined) {
    const { name, disabled } = query;
    const nodes = await Promise.all(found.map((element) => accessibleNode(element)));
    found = found.filter((_, i) => {
      const node = nodes[i];
      if (!node) return false;
      if (name instanceof RegExp && !name.test(node.name)) return false;
      return disabled === undefined || Boolean(node.disabled) === disabled;
    });
  }
  return found;
}

/** The one element with `role` and `name` under `container`; throws when there is none or more. */
export async function getByRole(
  container: Node,
  role: string,
  query: RoleQuery = {},
): Promise<HTMLElement> {
  const found = await queryAllByRole(container, role, query);
  if (found.length !== 1) {
    throw new Error(`Expected one ${describeQuery(role, query)}, found ${found.length}.`);
  }
  return found[0];
}

/**
 * The one element with `role` and `name` (and `disabled` state, when asked), once it is there:
 * waits for it to exist and match, up to `timeout` ms.
 */
export async function findByRole(
  container: Node,
  role: string,
  query: RoleQuery = {},
  timeout = 4000,
): Promise<HTMLElement> {
  let found: HTMLElement[] = [];
  await until(
    async () => {
      found = await queryAllByRole(container, role, query);
      return found.length === 1;
    },
    `one ${describeQuery(role, query)}`,
    timeout,
  );
  return found[0];
}

/** Chromium's accessibility node for `element`: role, name, description, disabled, focused… */
export async function accessibleNode(element: Element): Promise<AccessibleNode | null> {
  const token = `n${++tokens}`;
  element.setAttribute(MARK, token);
  try {
    const node = (await executeServerCommand('aria-node', { token })) as
      AccessibleNode | { missing: true };
    return 'missing' in node ? null : node;
  } finally {
    element.removeAttribute(MARK);
  }
}
