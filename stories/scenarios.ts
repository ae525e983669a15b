import { CustomModelsApiError, type ApiErrorKind } from '../src/api/errors.js';
import type { CustomModelsApi } from '../src/api/types.js';
import { InMemoryCustomModelsApi, type InMemoryOptions } from '../src/adapters.js';

/** Story adapters are created per render; stop the previous ones' timers when a story changes. */
const live: InMemoryCustomModelsApi[] = [];

/** An in-memory adapter for a story (demo organization unless options say otherwise). */
export function demoApi(options: InMemoryOptions = {}): InMemoryCustomModelsApi {
  while (live.length) live.pop()!.dispose();
  // Tests that render every story (test/hardening/stories-a11y.test.ts) set this to skip the
  // simulated latency; Storybook never sets it.
  const override = (globalThis as { __CM_STORY_LATENCY_MS__?: number }).__CM_STORY_LATENCY_MS__;
  const latency = typeof override === 'number' ? { latencyMs: override } : {};
  const api = new InMemoryCustomModelsApi({ latencyMs: 150, ...options, ...latency });
  live.push(api);
  return api;
}

/** For a play function: resolves once `check()` holds, or after `tries` waits of `ms`. */
export async function waitFor(check: () => unknown, tries = 60, ms = 100): Promise<void> {
  for (let i = 0; i < tries && !check(); i++)
    await new Promise((resolve) => setTimeout(resolve, ms));
}

type Method = Exclude<keyof CustomModelsApi, 'capabilities'>;

/** Wraps an adapter so that some methods fail with `kind`, or never answer (`'hang'`). */
export function withFaults(
  api: CustomModelsApi,
  faults: Partial<Record<Method, { kind: ApiErrorKind; message: string } | 'hang'>>,
): CustomModelsApi {
  return new Proxy(api, {
    get(target, property, receiver) {
      const fault = faults[property as Method];
      const value = Reflect.get(target, property, receiver);
      if (!fault || typeof value !== 'function') {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return () =>
        fault === 'hang'
          ? new Promise(() => {})
          : Promise.reject(new CustomModelsApiError(fault.kind, fault.message));
    },
  });
}

/** Wraps an adapter so that it declares other capabilities (say, no dataset delete). */
export function withCapabilities(
  api: CustomModelsApi,
  capabilities: NonNullable<CustomModelsApi['capabilities']>,
): CustomModelsApi {
  const declared = { ...api.capabilities, ...capabilities };
  return new Proxy(api, {
    get(target, property, receiver) {
      if (property === 'capabilities') return declared;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
