import { html, nothing } from 'lit';
import { CustomModelsApiError } from '../api/errors.js';
import type { LocalizeController, TermKey } from '../i18n/localize.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { errorMessage } from '../internal/error-message.js';

/** What the problem states need from the details element. */
export interface ProblemView {
  localize: LocalizeController;
  backHref: string | undefined;
  onBack: (event: Event) => void;
  onRetry: () => void;
}

/** What a failed load shows, by what went wrong: its title, the details' own word, a retry. */
const LOAD_PROBLEMS = {
  notFound: { title: 'cm.details.notFoundTitle', text: 'cm.details.notFound', retry: false },
  forbidden: { title: 'cm.details.forbiddenTitle', text: 'cm.details.forbidden', retry: false },
  network: { title: 'cm.details.networkTitle', text: 'cm.details.network', retry: true },
  error: { title: 'cm.details.errorTitle', text: undefined, retry: true },
} as const satisfies Record<string, { title: TermKey; text: TermKey | undefined; retry: boolean }>;

/** A problem in place of the model: its title, what to do, Retry (when it may help) and Back. */
export function renderProblem(
  view: ProblemView,
  title: string,
  text: string,
  actions: { retry?: boolean },
) {
  const term = view.localize.term.bind(view.localize);
  return html`<div part="error" class="problem" role="alert">
    <sl-icon
      class="problem-icon"
      library=${ICON_LIBRARY}
      name="exclamation-triangle"
      aria-hidden="true"
    ></sl-icon>
    <h2 class="problem-title" tabindex="-1">${title}</h2>
    ${text ? html`<p>${text}</p>` : nothing}
    <div class="problem-actions">
      ${
        actions.retry
          ? html`<sl-button variant="primary" class="retry" @click=${view.onRetry}>
              <sl-icon slot="prefix" library=${ICON_LIBRARY} name="arrow-clockwise"></sl-icon>
              ${term('cm.retry')}
            </sl-button>`
          : nothing
      }
      <sl-button
        class="back-action"
        variant=${actions.retry ? 'default' : 'primary'}
        href=${view.backHref || nothing}
        @click=${view.onBack}
        >${term('cm.details.back')}</sl-button
      >
    </div>
  </div>`;
}

/**
 * A failed load: a title for the kind and, under it, the adapter's message (errorMessage, as in
 * every element). A message that merely repeats the title ("Custom model not found."), or the
 * known `unknown-model` refusal, gives way to the details' own word on what to do.
 */
export function renderLoadError(view: ProblemView, error: unknown) {
  const kind = CustomModelsApiError.is(error) ? error.kind : undefined;
  const term = view.localize.term.bind(view.localize);
  const problem =
    kind === 'not-found'
      ? LOAD_PROBLEMS.notFound
      : kind === 'forbidden' || kind === 'unauthorized'
        ? LOAD_PROBLEMS.forbidden
        : kind === 'network'
          ? LOAD_PROBLEMS.network
          : LOAD_PROBLEMS.error;
  const title = term(problem.title);
  const message = errorMessage(view.localize, error);
  const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const own = problem.text ? term(problem.text) : '';
  // The known "unknown model" refusal is said here with what to do next.
  const known = CustomModelsApiError.is(error) && error.code === 'unknown-model';
  return renderProblem(view, title, known || words(message) === words(title) ? own : message, {
    retry: problem.retry,
  });
}
