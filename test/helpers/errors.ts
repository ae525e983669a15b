/**
 * Catches what a user would never see but a broken page does: uncaught errors (window `error`),
 * unhandled promise rejections and `console.error` calls, while a test runs. Lit's dev-mode
 * notices go to `console.warn` and are not counted.
 */
export interface ErrorCapture {
  /** Everything caught so far, as readable strings. */
  readonly errors: string[];
  /** Stops listening and restores `console.error`. */
  stop(): void;
  /** Waits for late rejections to surface, then throws when anything was caught. */
  check(): Promise<void>;
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Starts catching errors now. */
export function captureErrors(): ErrorCapture {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(`uncaught error: ${describe(event.error ?? event.message)}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(`unhandled rejection: ${describe(event.reason)}`);
  };
  const originalError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(describe).join(' ')}`);
    originalError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = originalError;
  };
  return {
    errors,
    stop,
    async check() {
      // `unhandledrejection` is dispatched after a task; give late ones a chance to arrive.
      for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
      stop();
      if (errors.length) throw new Error(`Errors during the test:\n${errors.join('\n')}`);
    },
  };
}

/**
 * Installs a capture around every test of the enclosing `describe` and fails a test that caused an
 * uncaught error, an unhandled rejection or a `console.error`.
 */
export function failOnErrors(): { readonly current: ErrorCapture | undefined } {
  const holder: { current: ErrorCapture | undefined } = { current: undefined };
  beforeEach(() => {
    holder.current = captureErrors();
  });
  afterEach(async () => {
    const capture = holder.current;
    holder.current = undefined;
    await capture?.check();
  });
  return holder;
}
