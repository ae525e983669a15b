import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/custom-models-provider.js';
import '../src/models-grid.js';
import '../src/custom-model-details.js';
import '../src/custom-model-picker.js';
import { demoApi } from './scenarios.js';

interface Args {
  modelId: string;
}

/**
 * Several elements on one provider share the adapter's one store: rename a model in its details,
 * start its training or upload a file, and the grid and the picker beside it follow at once. The
 * demo adapter runs its training lifecycle and reports changes through its push channel.
 */
const meta: Meta<Args> = {
  title: 'Scenarios/One store, several views',
  parameters: { layout: 'fullscreen' },
  args: { modelId: '8' },
  render: ({ modelId }) =>
    html`<custom-models-provider .api=${demoApi({ runSeededTraining: true, trainingTimeMs: 8000 })}>
      <div
        style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 34rem), 1fr));
          gap: 1.5rem; padding: 1.5rem; align-items: start"
      >
        <div style="display: grid; gap: 1rem">
          <custom-model-picker label="Transcribe with"></custom-model-picker>
          <models-grid style="--cm-grid-height: 32rem" page-size="25"></models-grid>
        </div>
        <custom-model-details model-id=${modelId}></custom-model-details>
      </div>
    </custom-models-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Grid and details side by side: "Podcasts IT" has data, so it can be trained from the right. */
export const GridAndDetails: Story = {};

/** A model in training: its progress moves in both views, and its end reaches the picker. */
export const TrainingInBoth: Story = { args: { modelId: '3' } };
