import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Gives the test page the system focus (test/server/focus-page.mjs), as a user's window has it,
 * before a test that calls `element.focus()` and waits for what focus shows: a page without it
 * fires no `focus` event.
 */
export async function focusPage(): Promise<void> {
  const { focused } = await executeServerCommand<{ focused: boolean }, undefined>('focus-page');
  if (!focused) throw new Error('The test page could not be given the focus.');
}
