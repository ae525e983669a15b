import '@scriptix/custom-models-elements/themes/auto.css';
import '@scriptix/custom-models-elements';
import { InMemoryCustomModelsApi } from '@scriptix/custom-models-elements/adapters.js';

// Every element inside the provider uses this adapter.
document.querySelector('custom-models-provider').api = new InMemoryCustomModelsApi({
  persistKey: 'custom-models-example-html',
});

// Events bubble out of the page; `event.detail.id` is the model's id.
document.querySelector('custom-models-page').addEventListener('model-open', (event) => {
  document.querySelector('#opened').value = event.detail.id;
});
