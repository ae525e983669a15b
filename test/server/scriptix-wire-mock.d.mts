/** Types of scriptix-wire-mock.mjs (plain JS so the node server and the browser share it). */

export interface WireModelInit {
  id: number;
  name: unknown;
  languageId?: number;
  /** Training status; null: no training log yet. */
  status?: number | null;
  lastModified?: number;
  trainable?: boolean;
  organizationId?: number;
}

export interface MockSeed {
  /** Wire-format models, or how many to generate (statuses 1–5 in turn). Absent: a demo set. */
  models?: Record<string, unknown>[] | number;
  datasets?: Record<string, Record<string, unknown>[]>;
  languages?: Array<{ id: number; key: string; name: string }>;
  user?: Record<string, unknown>;
  /** Accepted tokens (Bearer or x-zoom-s2t-key). Absent: any non-empty token. */
  tokens?: string[] | null;
  /** False: uploads answer 402. */
  subscription?: boolean;
  trainingMs?: number;
}

/** Answers the next `times` (default 1) requests matching `method` and `path` (a RegExp source). */
export interface MockRule {
  method?: string;
  path?: string;
  times?: number;
  status?: number;
  body?: unknown;
  delayMs?: number;
  /** Closes the connection without an answer. */
  drop?: boolean;
  /** Never answers. */
  hang?: boolean;
  /** Node server only: reads matching request bodies at this many KiB per 20 ms (stays until reset). */
  throttleKbPerTick?: number;
}

export interface MockRequest {
  method: string;
  /** Path without the mount prefix, e.g. `/api/v3/custom_models/1`. */
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  json?: unknown;
  file?: { field: string; name: string; size: number; type: string };
}

export interface MockAnswer {
  status: number;
  body?: unknown;
  delayMs?: number;
  drop?: boolean;
  hang?: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  json?: unknown;
  file?: MockRequest['file'];
}

export interface ScriptixWireMock {
  state: Record<string, unknown>;
  log: LoggedRequest[];
  rules: MockRule[];
  reset(seed?: MockSeed): unknown;
  handle(request: MockRequest): MockAnswer;
  control(action: string, json: unknown): MockAnswer;
}

export const MOCK_LANGUAGES: Array<{ id: number; key: string; name: string }>;
export const MOCK_PATHS: { list: string; models: string; languages: string; me: string };
export function wireDate(ms: number): string;
export function decodeFileNameHeader(value: string | undefined): string;
export function wireModel(init: WireModelInit): Record<string, unknown>;
export function createScriptixWireMock(seed?: MockSeed): ScriptixWireMock;
