import { useState } from 'react';
import { CustomModelsPage } from '@scriptix/custom-models-elements/react';
import { InMemoryCustomModelsApi } from '@scriptix/custom-models-elements/adapters.js';

export interface AppProps {
  /** The model whose details are shown ('' or absent: the list), from the host's router. */
  modelId?: string;
  /**
   * The host's router: show `id` ('' for the list). Given, the page leaves navigation to it: the
   * page's own opening and Back are cancelled and routed, and the router's URL sets `modelId`.
   */
  navigate?: (id: string) => void;
}

/** The whole feature in a React app, on the in-memory adapter. */
export function App({ modelId, navigate }: AppProps = {}) {
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
        // The wrapper sets its props on every render: `modelId` is given only when the router
        // owns it (without a router the page opens models itself).
        {...(navigate ? { modelId: modelId ?? '' } : {})}
        // `event` is a ModelOpenEvent: `event.detail.id` is a string. `event.preventDefault()`
        // routes it yourself instead of the page showing its details view.
        onModelOpen={(event) => {
          setOpenedId(event.detail.id);
          if (!navigate) return;
          event.preventDefault();
          navigate(event.detail.id);
        }}
        onModelDetailsBack={(event) => {
          if (!navigate) return;
          event.preventDefault();
          navigate('');
        }}
        onModelCreated={(event) => console.info('created', event.detail.model.name)}
      />
    </main>
  );
}
