import '@scriptix/custom-models-elements/themes/auto.css';
import { createApp, markRaw, ref } from 'vue';
import '@scriptix/custom-models-elements';
import { InMemoryCustomModelsApi } from '@scriptix/custom-models-elements/adapters.js';

const TAGS = new Set([
  'custom-models-provider',
  'custom-models-page',
  'models-grid',
  'model-status-badge',
  'create-model-dialog',
  'delete-model-dialog',
  'custom-models-guide',
  'custom-model-details',
  'dataset-upload',
  'custom-model-picker',
]);

const app = createApp({
  setup() {
    // markRaw: the adapter is a service, not state for Vue to make reactive.
    const api = markRaw(new InMemoryCustomModelsApi());
    const openedId = ref('none');
    const onModelOpen = (event) => {
      openedId.value = event.detail.id;
    };
    return { api, openedId, onModelOpen };
  },
  // `.prop` sets `api` as a property; `@model-open` listens to the DOM event.
  template: `
    <main>
      <p>Last opened model: <output>{{ openedId }}</output></p>
      <custom-models-page :api.prop="api" @model-open="onModelOpen"></custom-models-page>
    </main>
  `,
});
// Our tags are custom elements, not Vue components (in an SFC build: the same function in
// `vue({ template: { compilerOptions: { isCustomElement } } })`).
app.config.compilerOptions.isCustomElement = (tag) => TAGS.has(tag) || tag.startsWith('sl-');
app.mount('#app');
