import { html, nothing } from 'lit';
import { servesEvaluations } from '../api/capabilities.js';
import { TrainingStatus, isTrainingStatus, type CustomModel } from '../api/types.js';
import { ModelUseRequestedEvent } from '../events/events.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { datasetDeleteOffered } from './datasets-section.js';
import type { DetailsHost } from './details-host.js';

/** How the host offers "Use this model" after Success (the element's `use-model-*` attributes). */
export interface UseModelOffer {
  /** A link template with `{id}` and/or `{key}`, filled with the model's (URL-encoded). */
  href?: string;
  /** The host handles `model-use-requested` itself (no link). */
  event: boolean;
}

/** The status panel's "Next step": what to do now, following the model's status and its data. */
export function nextStepText(host: DetailsHost, model: CustomModel, hasData: boolean): string {
  const status = model.trainingStatus;
  const term = host.localize.term.bind(host.localize);
  if (!isTrainingStatus(status)) return term('cm.details.status.unknown.next');
  // With files uploaded, the next step is training them (its button sits right below them).
  if (status === TrainingStatus.NotRunning && hasData)
    return term('cm.details.status.1.nextWithData');
  // "Remove empty or wrong files" is no advice where the adapter cannot remove a dataset.
  if (status === TrainingStatus.Failed && !datasetDeleteOffered(host))
    return term('cm.details.status.5.nextNoDelete');
  return term(`cm.details.status.${status}.next`);
}

/** `use-model-href` filled with the model's id and key. */
export function useModelHref(template: string, model: CustomModel): string {
  return template
    .replaceAll('{id}', encodeURIComponent(String(model.id)))
    .replaceAll('{key}', encodeURIComponent(String(model.key ?? '')));
}

/**
 * "Go to Accuracy": brings the Accuracy section into view with focus on its "Measure accuracy"
 * button (which, when it cannot start yet, says what is missing: a test set). Named apart from that
 * button, so one name does one thing. The section is another module's: this reads only its
 * `accuracy` part and its `start-evaluation` button.
 */
function goToAccuracy(host: DetailsHost) {
  const section = host.renderRoot.querySelector<HTMLElement>('[part="accuracy"]');
  if (!section) return;
  section.scrollIntoView({ block: 'start' });
  const start = section.querySelector<HTMLElement>('.start-evaluation');
  if (!start) {
    if (!section.hasAttribute('tabindex')) section.setAttribute('tabindex', '-1');
    section.focus();
    return;
  }
  // The section starts at the top; its button gets focus without a second jump unless it is
  // below the window (its steps, the test set first, can be taller than the window).
  start.focus({ preventScroll: true });
  if (start.getBoundingClientRect().bottom > window.innerHeight) {
    start.scrollIntoView({ block: 'nearest' });
  }
}

/**
 * After Success, the next step's actions: "Go to Accuracy" (for an adapter that measures it) and
 * "Use this model" (a host-given link, or the `model-use-requested` event a host said it handles;
 * with neither, no button that would do nothing).
 */
export function renderNextActions(host: DetailsHost, model: CustomModel, use: UseModelOffer) {
  if (model.trainingStatus !== TrainingStatus.Success) return nothing;
  const term = host.localize.term.bind(host.localize);
  const measure = servesEvaluations(host.store?.api);
  const href = use.href ? useModelHref(use.href, model) : undefined;
  const offerUse = Boolean(href) || use.event;
  if (!measure && !offerUse) return nothing;
  const onUse = (event: Event) => {
    const request = new ModelUseRequestedEvent({
      id: String(model.id),
      key: String(model.key ?? ''),
      name: String(model.name ?? ''),
    });
    host.dispatchEvent(request);
    if (request.defaultPrevented) event.preventDefault();
  };
  return html`<div class="next-actions">
    ${
      offerUse
        ? html`<sl-button
            class="use-model"
            variant="primary"
            href=${href ?? nothing}
            @click=${onUse}
          >
            <sl-icon slot="prefix" library=${ICON_LIBRARY} name="check-circle"></sl-icon>
            ${term('cm.details.useModel')}
          </sl-button>`
        : nothing
    }
    ${
      measure
        ? html`<sl-button
            class="measure-accuracy"
            variant=${offerUse ? 'default' : 'primary'}
            @click=${() => goToAccuracy(host)}
          >
            ${term('cm.details.goToAccuracy')}
          </sl-button>`
        : nothing
    }
  </div>`;
}
