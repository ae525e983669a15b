// What README.md's snippets use without defining it: the host's own code around them (checked by
// scripts/check-readme-snippets.mjs). Each name is typed as a host would have it.
import type {
  CustomModel,
  CustomModelsApi,
  CustomModelsPage,
  CustomModelsProvider,
} from '@scriptix/custom-models-elements';

declare global {
  /** The host's mapping from its backend's JSON to the contract's model. */
  function toCustomModel(body: unknown): CustomModel;
  /** The host's provider element and page element. */
  const provider: CustomModelsProvider;
  const page: CustomModelsPage;
  /** The host's adapter. */
  const api: CustomModelsApi;
  /** The host's sign-in. */
  const auth: { currentAccessToken(): Promise<string>; signIn(): void };
  /** The host's router. */
  const router: { navigate(url: string): void };
  function navigate(url: string): void;
}
