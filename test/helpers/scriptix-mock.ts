import { expect } from '@open-wc/testing';
import { CustomModelsApiError, ScriptixApi, type ScriptixApiOptions } from '../../src/adapters.js';
import type { LoggedRequest, MockRule, MockSeed } from '../server/scriptix-wire-mock.mjs';
import { wireModel } from '../server/scriptix-wire-mock.mjs';

/*
 * ScriptixApi over real HTTP: the web-test-runner server mounts the Scriptix wire-format mock
 * (test/server/scriptix-mock-server.mjs) under /mock-scriptix on this page's own origin. One mock
 * serves every test file (they run one at a time): each test resets it.
 */
export const BASE = `${location.origin}/mock-scriptix`;

export async function control(action: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${BASE}/__control/${action}`, {
    method: action === 'log' ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${action}: ${response.status}`);
  return action === 'log' ? response.json() : undefined;
}
export const reset = (seed: MockSeed = {}) => control('reset', seed);
export const rule = (r: MockRule) => control('rule', r);
export const requests = () => control('log') as Promise<LoggedRequest[]>;
export const lastRequest = async () => (await requests()).at(-1)!;
export const clearLog = () => control('clear-log');

export const api = (options: ScriptixApiOptions = {}) =>
  new ScriptixApi({ baseUrl: BASE, token: 'test-token', ...options });

export const MODELS = [
  wireModel({ id: 5, name: 'Medical EN', languageId: 1, status: 4, trainable: true }),
  wireModel({ id: 6, name: 'Legal NL', languageId: 2, status: null }),
  wireModel({ id: 7, name: 'Finance DE', languageId: 3, status: 1, trainable: true }),
];

/** The adapter's error a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<CustomModelsApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CustomModelsApiError);
    return error as CustomModelsApiError;
  }
  throw new Error('Expected the call to reject');
}
