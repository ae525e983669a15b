/**
 * The page test/csp.test.ts loads in a frame, served with a strict Content-Security-Policy header
 * (test/server/csp-middleware.mjs): records every violation and error before the package loads,
 * then mounts the page and a picker on the in-memory adapter, as a host would.
 */
declare global {
  interface Window {
    cspViolations: string[];
    cspErrors: string[];
    cspReady: Promise<void>;
  }
}

window.cspViolations = [];
window.cspErrors = [];
window.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ` +
      `at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
  );
});
window.addEventListener('error', (event) => {
  // Chromium's "ResizeObserver loop completed with undelivered notifications" is an ErrorEvent with
  // no error, from Shoelace's observers (the test runner's page filters it too): not ours.
  if (event.error == null && /^ResizeObserver loop/.test(event.message)) return;
  window.cspErrors.push(String(event.error ?? event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  window.cspErrors.push(String(event.reason));
});

async function mount() {
  await import('../../src/index.js');
  const { InMemoryCustomModelsApi } = await import('../../src/adapters.js');
  const api = new InMemoryCustomModelsApi({ evaluationTimeMs: 300, trainingTimeMs: 300 });
  const provider = document.createElement('custom-models-provider');
  provider.api = api;
  const page = document.createElement('custom-models-page');
  const form = document.createElement('form');
  const picker = document.createElement('custom-model-picker');
  picker.setAttribute('name', 'language');
  form.append(picker);
  provider.append(page, form);
  document.body.append(provider);
}

export {};
window.cspReady = mount();
