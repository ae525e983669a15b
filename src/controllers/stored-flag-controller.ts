import type { ReactiveControllerHost } from 'lit';

/** Reads a key from storage; `undefined` when storage is missing, blocked or throws. */
export function safeGetItem(
  key: string,
  storage: () => Storage | null | undefined = () => localStorage,
): string | undefined {
  try {
    return storage()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes a key to storage; returns false instead of throwing when storage is unavailable. */
export function safeSetItem(
  key: string,
  value: string,
  storage: () => Storage | null | undefined = () => localStorage,
): boolean {
  try {
    storage()?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A remembered yes/no (the guide was shown, the banner was dismissed) kept in `localStorage`.
 * Storage that is missing or throws (private mode, blocked cookies, sandboxed iframes) never breaks
 * the host: the flag then lives for the element's lifetime only.
 */
export class StoredFlagController {
  private memory?: boolean;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly key: string,
    private readonly storage: () => Storage | null | undefined = () => localStorage,
  ) {}

  /** Whether the flag is set, in storage or (when storage failed) in memory. */
  get value(): boolean {
    if (this.memory !== undefined) return this.memory;
    return safeGetItem(this.key, this.storage) === 'true';
  }

  set(value = true): void {
    this.memory = value;
    safeSetItem(this.key, String(value), this.storage);
    this.host.requestUpdate();
  }
}
