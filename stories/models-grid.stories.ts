import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { InMemoryCustomModelsApi, type InMemoryOptions } from '../src/adapters.js';
import { CustomModelsApiError } from '../src/api/errors.js';
import type { CustomModel, CustomModelsApi } from '../src/api/types.js';
import '../src/custom-models-provider.js';
import '../src/models-grid.js';
import '../src/translations/nl.js';
import { waitFor } from './scenarios.js';

interface Args {
  /** In-memory adapter options for the story. */
  adapter: InMemoryOptions;
  /** Wraps the adapter (to fail or hang calls). */
  wrap?: (api: InMemoryCustomModelsApi) => CustomModelsApi;
  page: number;
  pageSize: number;
  sort: string;
  filters: string;
  refreshInterval: number;
  /** `hidden-columns`; absent: the default (Key and Accuracy hidden). */
  hiddenColumns?: string;
  lang?: string;
  /** `new-model-id`: the model just created, marked and brought into view. */
  newModelId?: string;
}

/** The in-memory adapter, but `listModels` rejects the way a server outage does. */
function failingList(api: InMemoryCustomModelsApi): CustomModelsApi {
  return Object.assign(Object.create(api) as CustomModelsApi, {
    listModels: async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      throw new CustomModelsApiError(
        'server',
        'The custom models service is unavailable. Try again in a few minutes.',
        {
          status: 503,
        },
      );
    },
  });
}

const meta: Meta<Args> = {
  title: 'Elements/models-grid',
  component: 'models-grid',
  args: { adapter: {}, page: 1, pageSize: 25, sort: '', filters: '', refreshInterval: 10_000 },
  argTypes: {
    adapter: { control: false },
    wrap: { control: false },
    pageSize: { control: { type: 'select' }, options: [25, 50, 75, 100] },
    sort: {
      control: { type: 'select' },
      options: [
        '',
        'name:asc',
        'name:desc',
        'trainingStatus:asc',
        'baseLanguage:asc',
        'wordErrorRate:asc',
        'lastModified:desc',
      ],
    },
    filters: { control: 'text', description: 'JSON, e.g. {"trainingStatus":[3]}' },
  },
  render: ({
    adapter,
    wrap,
    page,
    pageSize,
    sort,
    filters,
    refreshInterval,
    hiddenColumns,
    lang,
    newModelId,
  }) => {
    const inMemory = new InMemoryCustomModelsApi(adapter);
    const api = wrap ? wrap(inMemory) : inMemory;
    return html`<custom-models-provider .api=${api} lang=${lang ?? nothing}>
      <models-grid
        hidden-columns=${hiddenColumns ?? nothing}
        page=${page}
        page-size=${pageSize}
        sort=${sort}
        filters=${filters}
        refresh-interval=${refreshInterval}
        new-model-id=${newModelId ?? nothing}
        style="--cm-grid-height: 90vh"
      ></models-grid>
    </custom-models-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Just after Create: the new model (the last of 40, on page 2 in the server's order) is brought
 * into view and marked "New" (an accent and the word after its name, read by screen readers).
 */
export const NewModelMarked: Story = { args: { adapter: { models: 40 }, newModelId: '40' } };

/** The new model's mark in Dutch, sorted by name: it stays wherever sorting puts it. */
export const NewModelMarkedSortedNl: Story = {
  args: { adapter: { models: 40 }, newModelId: '40', sort: 'name:asc', lang: 'nl' },
};

/** The new model's mark in the dark theme. */
export const NewModelMarkedDark: Story = {
  args: { adapter: { models: 40 }, newModelId: '40' },
  parameters: { theme: 'dark' },
};

/** A hundred models, four pages of 25. */
export const HundredRows: Story = { args: { adapter: { models: 100 } } };

/** The demo organisation as an ORGADMIN: Delete is shown; Running rows refresh themselves. */
export const Admin: Story = { args: { adapter: { role: 'ORGADMIN' } } };

/** An ordinary user: no Delete action anywhere. */
export const OrdinaryUser: Story = { args: { adapter: { role: 'USER' } } };

/** The first load, which never ends here: skeleton rows. */
export const Loading: Story = { args: { adapter: { models: 100, latencyMs: 10 * 60_000 } } };

/**
 * The next page asked for and not there yet: the rows of the page before stay, dimmed, under the
 * loading bar, and the pager already says the page asked for.
 */
export const LoadingNextPage: Story = {
  args: { adapter: { models: 100 } },
  play: async ({ canvasElement }) => {
    const grid = canvasElement.querySelector('models-grid')!;
    await waitFor(() => grid.shadowRoot?.querySelector('tbody tr[data-id]'), 100, 20);
    // The first page shown, every later answer takes ten minutes.
    (
      canvasElement.querySelector('custom-models-provider')!.api as InMemoryCustomModelsApi
    ).latencyMs = 10 * 60_000;
    grid.page = 2;
  },
};

/** An organisation without custom models yet. */
export const Empty: Story = { args: { adapter: { models: [] } } };

/** Filters that match nothing, with a way to clear them. */
export const FilteredEmpty: Story = {
  args: { adapter: { models: 100 }, filters: '{"name":"no such model","trainingStatus":[5]}' },
};

/** The adapter fails: its message and Retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: { adapter: { models: 100 }, wrap: failingList },
};

/** Sorted and filtered from attributes, as a host restoring them from its URL would. */
export const SortedAndFiltered: Story = {
  args: {
    adapter: { models: 300 },
    sort: 'lastModified:desc',
    filters: '{"trainingStatus":[3,4]}',
    page: 2,
  },
};

export const Dark: Story = { args: { adapter: { models: 100 } }, parameters: { theme: 'dark' } };

/**
 * Models whose accuracy was measured (custom and base WER) beside ones that were not, one measured
 * without a base figure, one being measured, and one still training.
 */
const MEASURED: CustomModel[] = (
  [
    ['Support calls', 4, 0.0842, 0.1153],
    ['Order desk', 4, 0.1315, 0.1204],
    ['Medical dictation', 4, undefined, undefined],
    ['Board meetings', 3, undefined, undefined],
    ['Warehouse radio', 4, 0.2274, undefined],
    ['Field interviews', 4, undefined, undefined, 'running'],
  ] as const
).map(([name, status, wer, base, evaluation], i) => ({
  id: String(i + 1),
  key: `cm-${String(name).toLowerCase().replace(/ /g, '-')}-${1000 + i}`,
  name: String(name),
  baseLanguage: { id: '2', key: 'nl-nl', name: 'Dutch' },
  trainingStatus: Number(status),
  lastModified: new Date(Date.UTC(2026, 10, 20 - i, 9, 30)).toISOString(),
  ...(wer === undefined ? {} : { wordErrorRate: Number(wer) }),
  ...(base === undefined ? {} : { baseWordErrorRate: Number(base) }),
  ...(evaluation ? { evaluationStatus: evaluation } : {}),
}));

/**
 * The optional accuracy column turned on (it is off by default, in the Columns menu), titled
 * "Word error rate (lower is better)": the custom model's WER with its change against the base
 * ("WER 8.4 % (−3.1 pts vs. base)"), the WER alone where the base is unknown, "Measuring…" while a
 * measurement runs, "Not measured" where there is none. Sortable (the in-memory adapter declares it).
 */
export const AccuracyColumn: Story = {
  args: { adapter: { models: MEASURED }, hiddenColumns: 'key' },
};
/** The accuracy column sorted, lowest word error rate first: not measured comes last. */
export const AccuracyColumnSorted: Story = {
  args: { ...AccuracyColumn.args, sort: 'wordErrorRate:asc' },
};
export const AccuracyColumnDark: Story = { ...AccuracyColumn, parameters: { theme: 'dark' } };
export const AccuracyColumnDutch: Story = { args: { ...AccuracyColumn.args, lang: 'nl' } };
