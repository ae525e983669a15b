// Mounts and removes the whole page again and again, exercising the guide, the create dialog and
// the grid's polling each time; counts the timers and the document / window listeners left behind.
// The instrumentation is installed before the library loads (it is imported dynamically below).
import { nextFrame, yieldTask } from './timing.js';

/* --- active timers ----------------------------------------------------------------------------- */
const timeouts = new Set<number>();
const intervals = new Set<number>();
const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id: number = st(
    (...a: unknown[]) => {
      timeouts.delete(id);
      if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
    },
    delay,
    ...args,
  );
  timeouts.add(id);
  return id;
}) as typeof setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timeouts.delete(id);
  ct(id);
}) as typeof clearTimeout;
window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id: number = si(handler, delay, ...args);
  intervals.add(id);
  return id;
}) as typeof setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) intervals.delete(id);
  ci(id);
}) as typeof clearInterval;

/* --- document and window listeners ------------------------------------------------------------- */
const listeners = new Map<string, number>();
const keyOf = (target: EventTarget, type: string, listener: unknown, options?: unknown) => {
  const capture =
    typeof options === 'boolean' ? options : !!(options as { capture?: boolean })?.capture;
  return { target: target === document ? 'document' : 'window', type, listener, capture };
};
const registered = new Map<string, Set<unknown>>();
for (const target of [document, window] as EventTarget[]) {
  const add = target.addEventListener;
  const remove = target.removeEventListener;
  target.addEventListener = function (type: string, listener: unknown, options?: unknown) {
    const key = keyOf(target, type, listener, options);
    const id = `${key.target} ${type} ${key.capture}`;
    const set = registered.get(id) ?? new Set();
    registered.set(id, set);
    if (listener && !set.has(listener)) {
      set.add(listener);
      listeners.set(id, set.size);
      const signal = (options as { signal?: AbortSignal } | undefined)?.signal;
      signal?.addEventListener('abort', () => {
        set.delete(listener);
        listeners.set(id, set.size);
      });
    }
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  };
  target.removeEventListener = function (type: string, listener: unknown, options?: unknown) {
    const key = keyOf(target, type, listener, options);
    const id = `${key.target} ${type} ${key.capture}`;
    const set = registered.get(id);
    if (set?.delete(listener)) listeners.set(id, set.size);
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  };
}

async function until(check: () => unknown, what: string) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > 5000) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function main() {
  const [{ InMemoryCustomModelsApi }, { generateModels }, { GUIDE_SHOWN_KEY }] = await Promise.all([
    import('../../src/adapters.js'),
    import('../../src/adapters/in-memory/demo-data.js'),
    import('../../src/custom-models-page/custom-models-page.component.js'),
    import('../../src/index.js'),
  ]);
  // Every third model is Running, so each grid polls.
  const models = generateModels(60, 5).map((model, i) =>
    i % 3 ? model : { ...model, trainingStatus: 3 as const, trainingProgress: 40 },
  );
  // Polling, not push: the poll's timers are what could leak.
  const api = new InMemoryCustomModelsApi({ models, latencyMs: 0, storage: null, push: false });
  let refreshes = 0;
  const listModels = api.listModels.bind(api);
  api.listModels = (...args: Parameters<typeof listModels>) => {
    refreshes++;
    return listModels(...args);
  };

  /** One mount: rows shown, guide opened and closed, create dialog opened and closed, a poll. */
  async function cycle() {
    localStorage.removeItem(GUIDE_SHOWN_KEY); // first visit: the guide opens by itself
    const page = document.createElement('custom-models-page');
    page.api = api;
    document.body.append(page);
    const root = () => page.shadowRoot;
    const grid = () => root()?.querySelector('models-grid');
    await until(() => grid()?.shadowRoot?.querySelector('tbody tr[data-id]'), 'rows');
    const guide = root()!.querySelector('custom-models-guide')!;
    await until(() => guide.open, 'guide opened');
    await guide.updateComplete;
    guide.hide();
    await guide.updateComplete;
    page.openCreateDialog();
    const dialog = root()!.querySelector('create-model-dialog')!;
    await until(() => dialog.open, 'create dialog opened');
    await dialog.updateComplete;
    await nextFrame();
    dialog.hide();
    await dialog.updateComplete;
    const before = refreshes;
    grid()!.refreshInterval = 20;
    await until(() => refreshes > before, 'a background refresh');
    await yieldTask();
    page.remove();
    await nextFrame();
  }

  const snapshot = () => ({
    timeouts: timeouts.size,
    intervals: intervals.size,
    listeners: [...listeners.values()].reduce((a, b) => a + b, 0),
    listenersByType: Object.fromEntries([...listeners].filter(([, n]) => n > 0)),
  });

  const bench = {
    /** Runs `count` mount/remove cycles. */
    async run(count: number) {
      for (let i = 0; i < count; i++) await cycle();
      // Let closing animations and aborted requests settle.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return snapshot();
    },
    snapshot,
    dispose: () => api.dispose(),
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
}

void main();
