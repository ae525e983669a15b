// Compiled by `npm run types:check` (never run): proves the React wrappers' callback types and the
// generated React 19 JSX intrinsic-element types. Each @ts-expect-error must stay an error.
import type {} from '@scriptix/custom-models-elements/jsx-react';
import {
  CustomModelsPage,
  ModelStatusBadge,
  ModelsGrid,
  type CustomModelsPageProps,
} from '@scriptix/custom-models-elements/react';
import { InMemoryCustomModelsApi } from '@scriptix/custom-models-elements/adapters.js';
import type { ModelOpenEvent, NotifyEvent } from '@scriptix/custom-models-elements';

const api = new InMemoryCustomModelsApi();
const ids: string[] = [];

// The wrappers: properties and typed event callbacks.
export const wrappers = (
  <>
    <CustomModelsPage
      api={api}
      modelId=""
      onModelOpen={(event) => {
        const id: string = event.detail.id;
        event.preventDefault();
        ids.push(id);
      }}
      onCustomModelsNotify={(event: NotifyEvent) => ids.push(event.detail.message)}
    />
    <ModelsGrid pageSize={50} onGridStateChange={(event) => ids.push(event.detail.sort)} />
    <ModelStatusBadge status={3} />
    {/* @ts-expect-error detail.id is a string */}
    <CustomModelsPage onModelOpen={(event) => event.detail.id.toFixed()} />
    {/* @ts-expect-error pageSize is a number */}
    <ModelsGrid pageSize="50" />
    {/* @ts-expect-error no such event callback */}
    <CustomModelsPage onModelOpened={() => undefined} />
  </>
);

export const onModelOpen: CustomModelsPageProps['onModelOpen'] = (event: ModelOpenEvent) =>
  ids.push(event.detail.id);

// React 19 intrinsic elements: attributes, properties and `on<event-name>` listeners.
export const intrinsic = (
  <custom-models-provider api={api}>
    <custom-models-page
      model-id="3"
      force-alignment-href="/align"
      onmodel-open={(event) => ids.push(event.detail.id)}
      onmodel-deleted={(event) => ids.push(event.detail.id)}
    />
    <models-grid page={2} page-size={25} sort="name:asc" hidden-columns="key" />
    <model-status-badge status={4} className="badge" />
    <create-model-dialog open />
    <custom-model-picker
      name="language"
      required
      onchange={(event) => ids.push(event.detail.value)}
    />
    {/* @ts-expect-error status is a number */}
    <model-status-badge status="4" />
    {/* @ts-expect-error unknown property */}
    <custom-models-page modelid="3" />
    {/* @ts-expect-error detail.id is a string */}
    <custom-models-page onmodel-open={(event) => event.detail.id.toFixed()} />
  </custom-models-provider>
);
