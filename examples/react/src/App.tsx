import { useState } from 'react';
import { CustomModelsPage } from '@scriptix/custom-models-elements/react';
import { InMemoryCustomModelsApi } from '@scriptix/custom-models-elements/adapters.js';

/** The whole feature in a React app, on the in-memory adapter. */
export function App() {
  // One adapter for the app's lifetime; a real app passes its own `CustomModelsApi`.
  const [api] = useState(() => new InMemoryCustomModelsApi());
  const [openedId, setOpenedId] = useState<string>();

  return (
    <main>
      <p>
        Last opened model: <output data-testid="opened">{openedId ?? 'none'}</output>
      </p>
      <CustomModelsPage
        api={api}
        // `event` is a ModelOpenEvent: `event.detail.id` is a string. Call
        // `event.preventDefault()` to route yourself instead of showing the page's details view.
        onModelOpen={(event) => setOpenedId(event.detail.id)}
        onModelCreated={(event) => console.info('created', event.detail.model.name)}
      />
    </main>
  );
}
