// The demo behind `npm start`: the whole feature that exists so far, on the in-memory adapter with
// persistence, and a toolbar to switch role, latency, language, theme and the upload's pre-flight.
import '../src/index.js';
import { InMemoryCustomModelsApi } from '../src/index.js';
import type { CustomModelPicker, CustomModelsPage, CustomModelsProvider } from '../src/index.js';
import { createDemoData, generateModels } from '../src/adapters/in-memory/demo-data.js';

const PERSIST_KEY = 'custom-models-demo';
const provider = document.querySelector<CustomModelsProvider>('#provider')!;
const roleSelect = document.querySelector<HTMLSelectElement>('#role')!;
const latencySelect = document.querySelector<HTMLSelectElement>('#latency')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;

let api = createApi();

/**
 * The demo organisation's twelve models (one per status, with datasets) and 30 more, under a plan
 * limit of 60: enough for a second page at 25 per page, with room to create models.
 */
function demoModels() {
  const demo = createDemoData();
  const more = generateModels(30, 7).map((model) => ({ ...model, id: `more-${model.id}` }));
  return { models: [...demo.models, ...more], datasets: demo.datasets };
}

function createApi(): InMemoryCustomModelsApi {
  return new InMemoryCustomModelsApi({
    ...demoModels(),
    organization: { customModelLimit: 60 },
    persistKey: PERSIST_KEY,
    role: roleSelect.value,
    latencyMs: Number(latencySelect.value),
    trainingTimeMs: 30_000,
    // The demo's queued and running models progress to a result, as on a real server.
    runSeededTraining: true,
  });
}

function use(next: InMemoryCustomModelsApi) {
  api = next;
  provider.api = api;
}
use(api);

roleSelect.addEventListener('change', () => {
  api.role = roleSelect.value;
  // A new session is what a real login as another role would give; the provider reloads it.
  void provider.refreshSession();
});
latencySelect.addEventListener('change', () => {
  api.latencyMs = Number(latencySelect.value);
});
// Every element follows the nearest lang, here the document's; switching is live.
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
langSelect.addEventListener('change', () => {
  document.documentElement.lang = langSelect.value;
});

// The upload's pre-flight, on (files read in the browser before any byte is sent) or off (the
// in-memory adapter refuses an empty transcript or unreadable audio, as a server would).
const preflightSelect = document.querySelector<HTMLSelectElement>('#preflight')!;
const page = document.querySelector<CustomModelsPage>('custom-models-page')!;
preflightSelect.addEventListener('change', () => {
  page.preflight = preflightSelect.value === 'off' ? false : {};
});

// "Use this model" after Success (`use-model-event`): this host's way to use a model is its upload
// form below, so the trained model is chosen there and the form is brought into view.
const picker = document.querySelector<CustomModelPicker>('custom-model-picker')!;
page.addEventListener('model-use-requested', (event) => {
  void api.getModel(event.detail.id).then((model) => {
    picker.value = `${model.baseLanguage.id}:${model.id}`;
    const form = document.querySelector<HTMLElement>('#upload')!;
    form.scrollIntoView({ block: 'start' });
    picker.focus({ preventScroll: true });
  });
});

// System follows prefers-color-scheme (themes/auto.css); Light and Dark set Shoelace's theme class.
themeSelect.addEventListener('change', () => {
  document.documentElement.classList.remove('sl-theme-light', 'sl-theme-dark');
  if (themeSelect.value) document.documentElement.classList.add(themeSelect.value);
});
document.querySelector('#reset')!.addEventListener('click', () => {
  api.dispose();
  try {
    localStorage.removeItem(PERSIST_KEY);
  } catch {
    /* storage may be blocked; the new adapter starts from the demo data anyway */
  }
  use(createApi());
});

// The "Upload a file" form: what a host's own form submits with <custom-model-picker>.
const uploadForm = document.querySelector<HTMLFormElement>('#upload-form')!;
const uploadOutput = document.querySelector<HTMLOutputElement>('#upload-output')!;
uploadForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const entries = [...new FormData(uploadForm)].map(
    ([name, value]) =>
      `${name} = ${typeof value === 'string' ? JSON.stringify(value) : value.name || '(no file)'}`,
  );
  uploadOutput.textContent = `The form would send: ${entries.join(', ')}`;
});
uploadForm.addEventListener('reset', () => {
  uploadOutput.textContent = '';
});
