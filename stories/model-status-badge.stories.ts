import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { TRAINING_STATUSES, TrainingStatus } from '../src/api/types.js';
import '../src/model-status-badge.js';

interface Args {
  status: number;
}

const meta: Meta<Args> = {
  title: 'Elements/model-status-badge',
  component: 'model-status-badge',
  args: { status: TrainingStatus.Running },
  argTypes: { status: { control: { type: 'select' }, options: [...TRAINING_STATUSES, 0] } },
  render: ({ status }) => html`<model-status-badge status=${status}></model-status-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

export const NotRunning: Story = { args: { status: TrainingStatus.NotRunning } };
export const ReadyToRun: Story = { args: { status: TrainingStatus.ReadyToRun } };
export const Running: Story = { args: { status: TrainingStatus.Running } };
export const Success: Story = { args: { status: TrainingStatus.Success } };
export const Failed: Story = { args: { status: TrainingStatus.Failed } };
/** Any code outside 1–5 renders a neutral badge instead of throwing. */
export const Unknown: Story = { args: { status: 42 } };

const all = () =>
  html`<div
    style="display:flex;gap:.5rem;flex-wrap:wrap;padding:1rem;background:var(--sl-color-neutral-0)"
  >
    ${[...TRAINING_STATUSES, 0].map((s) => html`<model-status-badge status=${s}></model-status-badge>`)}
  </div>`;

export const AllStatuses: Story = { render: all };
export const Dark: Story = { render: all, parameters: { theme: 'dark' } };
/** A host overriding one colour through its custom property, without touching the source. */
export const HostColourOverride: Story = {
  render: () =>
    html`<model-status-badge
      status="4"
      style="--cm-status-success-background:#4c1d95;--cm-status-success-color:#fff;--cm-status-success-border:#4c1d95"
    ></model-status-badge>`,
};
