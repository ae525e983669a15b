import type SlIconButton from '@shoelace-style/shoelace/dist/components/icon-button/icon-button.component.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import { html, nothing } from 'lit';
import { CustomModelsApiError } from '../api/errors.js';
import { forbiddenReason } from '../api/status-rules.js';
import { MAX_MODEL_NAME_LENGTH, type CustomModel } from '../api/types.js';
import { MutationController } from '../controllers/mutation-controller.js';
import { ModelUpdatedEvent } from '../events/events.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { errorDetail, errorMessage } from '../internal/error-message.js';
import { forbidden, withReason } from '../internal/forbidden-action.js';
import type { DetailsHost } from './details-host.js';

/**
 * The model's name, edited in place: what was typed, its problem, the save through the store. A
 * name the status rules keep (a Running model) shows its reason instead of an editor.
 */
export class RenameController {
  editing = false;
  draft = '';
  problem = '';
  private readonly mutations: MutationController;

  constructor(private readonly host: DetailsHost) {
    this.mutations = new MutationController(host);
  }

  get saving(): boolean {
    return this.mutations.busy;
  }

  /** Why the name cannot be changed now, as a translation key. */
  reason(model: CustomModel | undefined) {
    return model ? forbiddenReason('rename', model.trainingStatus) : undefined;
  }

  private get input() {
    return this.host.renderRoot.querySelector<SlInput>('.name-input');
  }

  private get button() {
    return this.host.renderRoot.querySelector<SlIconButton>('.rename');
  }

  /** Leaves the editor of another model (the details now show a different one). */
  reset(): void {
    this.editing = false;
    this.problem = '';
    this.mutations.abort();
  }

  async start(): Promise<void> {
    const model = this.host.model;
    if (!model || this.editing || this.reason(model)) return;
    this.editing = true;
    this.draft = model.name;
    this.problem = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.input?.focus();
    this.input?.select();
  }

  async cancel(): Promise<void> {
    if (!this.editing || this.saving) return;
    this.editing = false;
    this.problem = '';
    this.host.requestUpdate();
    await this.focusButton();
  }

  async save(): Promise<void> {
    const model = this.host.model;
    const store = this.host.store;
    if (!model || !store || !this.editing || this.saving) return;
    const term = this.host.localize.term.bind(this.host.localize);
    const name = this.draft.trim();
    if (!name) return this.fail(term('cm.details.nameRequired'));
    if (name.length > MAX_MODEL_NAME_LENGTH) {
      return this.fail(term('cm.details.nameTooLong', MAX_MODEL_NAME_LENGTH));
    }
    if (name === model.name) return this.cancel();
    const reason = this.reason(model);
    if (reason) return this.fail(term(reason));
    this.problem = '';
    const outcome = await this.mutations.run((signal) =>
      store.renameModel(model.id, name, { signal }),
    );
    // Plain fields change below: render them.
    this.host.requestUpdate();
    if (!outcome) return;
    if (!outcome.ok) {
      const error = outcome.error;
      const { localize } = this.host;
      // A known refusal in the user's language, then the service's own words.
      const detail = errorDetail(localize, error);
      if (detail) {
        return this.fail(
          `${errorMessage(localize, error)} ${localize.term('cm.error.serviceSaid')} ${detail}`,
        );
      }
      const field = CustomModelsApiError.is(error) ? error.fieldErrors?.name : undefined;
      return this.fail(field || errorMessage(localize, error));
    }
    this.editing = false;
    this.host.dispatchEvent(new ModelUpdatedEvent({ model: outcome.value }));
    this.host.notify('model-renamed', 'success', term('cm.details.renamed'));
    await this.focusButton();
  }

  /** Focus back on "Rename model", once it is rendered again (it replaces the editor). */
  private async focusButton(): Promise<void> {
    await this.host.updateComplete;
    const button = this.button;
    await button?.updateComplete;
    button?.focus();
  }

  private async fail(problem: string): Promise<void> {
    this.problem = problem;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.input?.focus();
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void this.save();
    } else if (event.key === 'Escape') {
      // Only the edit ends; a dialog or drawer around the element stays open.
      event.preventDefault();
      event.stopPropagation();
      void this.cancel();
    }
  };

  render(model: CustomModel) {
    const term = this.host.localize.term.bind(this.host.localize);
    if (this.editing) {
      return html`<div class="rename-form">
        <sl-input
          class="name-input"
          label=${term('cm.details.nameLabel')}
          .value=${this.draft}
          ?disabled=${this.saving}
          @sl-input=${(event: Event) => {
            this.draft = (event.target as SlInput).value;
            this.problem = '';
            this.host.requestUpdate();
          }}
          @keydown=${this.onKeydown}
        >
          <div slot="help-text">
            ${
              this.problem
                ? html`<span class="field-error" role="alert">${this.problem}</span>`
                : term('cm.details.nameHelp')
            }
          </div>
        </sl-input>
        <div class="rename-actions">
          <sl-button
            variant="primary"
            class="save"
            ?loading=${this.saving}
            @click=${() => this.save()}
            >${term('cm.details.save')}</sl-button
          >
          <sl-button class="cancel" ?disabled=${this.saving} @click=${() => this.cancel()}
            >${term('cm.cancel')}</sl-button
          >
        </div>
        ${
          this.saving
            ? html`<span class="visually-hidden" role="status">${term('cm.details.saving')}</span>`
            : nothing
        }
      </div>`;
    }
    const name =
      model.name == null || model.name === '' ? term('cm.details.unknownValue') : model.name;
    const reason = this.reason(model);
    return html`<div class="title-row">
      <h2 part="name" class="name" tabindex="-1" @click=${() => this.start()}>${name}</h2>
      ${withReason(
        reason && term(reason),
        html`<sl-icon-button
          class="rename"
          library=${ICON_LIBRARY}
          name="pencil"
          label=${term('cm.details.rename')}
          ${forbidden(reason && term(reason))}
          @click=${() => this.start()}
        ></sl-icon-button>`,
      )}
    </div>`;
  }
}

type TimeField = 'createdAt' | 'trainingStartedAt' | 'trainingEndedAt';
type TimeLabel = 'cm.details.created' | 'cm.details.trainingStarted' | 'cm.details.trainingEnded';

/** A timestamp the adapter sent, when it is one (absent or unreadable: not shown). */
function readTime(value: unknown): string | undefined {
  return typeof value === 'string' && value && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/**
 * The model's timings worth showing. An end before the start belongs to an earlier run (the
 * model is training again): it is left out rather than shown as this run's end.
 */
function timings(model: CustomModel): Partial<Record<TimeField, string>> {
  const createdAt = readTime(model.createdAt);
  const trainingStartedAt = readTime(model.trainingStartedAt);
  let trainingEndedAt = readTime(model.trainingEndedAt);
  if (
    trainingStartedAt &&
    trainingEndedAt &&
    Date.parse(trainingEndedAt) < Date.parse(trainingStartedAt)
  )
    trainingEndedAt = undefined;
  return { createdAt, trainingStartedAt, trainingEndedAt };
}

function timeFact(host: DetailsHost, label: TimeLabel, className: string, iso: string | undefined) {
  if (!iso) return nothing;
  return html`<div>
    <dt>${host.localize.term(label)}</dt>
    <dd class=${className}><time datetime=${iso}>${host.formatDate(iso)}</time></dd>
  </div>`;
}

/**
 * The header: name (with rename), status badge, base language, creation, last change, the last
 * training run's start and end (those the adapter sends), and key.
 */
export function renderHeader(host: DetailsHost, rename: RenameController, model: CustomModel) {
  const term = host.localize.term.bind(host.localize);
  const times = timings(model);
  const base = model.baseLanguage as Partial<CustomModel['baseLanguage']> | null | undefined;
  const language =
    (base && typeof base === 'object'
      ? host.store?.languageLabel(host.localize.lang(), base)
      : undefined) || term('cm.details.unknownValue');
  return html`<div part="header" class="header panel">
    ${rename.render(model)}
    <dl class="facts">
      <div>
        <dt>${term('cm.details.status')}</dt>
        <dd><model-status-badge status=${model.trainingStatus}></model-status-badge></dd>
      </div>
      <div>
        <dt>${term('cm.details.baseLanguage')}</dt>
        <dd class="language">${language}</dd>
      </div>
      <div>
        <dt>${term('cm.details.lastModified')}</dt>
        <dd class="modified">
          <time datetime=${model.lastModified}>${host.formatDate(model.lastModified)}</time>
        </dd>
      </div>
      <div class="key-fact">
        <dt>${term('cm.details.key')}</dt>
        <dd class="key-row">
          <code class="key">${model.key}</code>
          <sl-copy-button
            class="copy-key"
            .value=${model.key}
            copy-label=${term('cm.details.copyKey')}
            success-label=${term('cm.details.copied')}
            error-label=${term('cm.details.copyFailed')}
          >
            <!-- Labelled icons: Shoelace's button has no name of its own, only a tooltip. -->
            <sl-icon
              slot="copy-icon"
              library=${ICON_LIBRARY}
              name="clipboard"
              label=${term('cm.details.copyKey')}
            ></sl-icon>
            <sl-icon
              slot="success-icon"
              library=${ICON_LIBRARY}
              name="check-circle"
              label=${term('cm.details.copied')}
            ></sl-icon>
            <sl-icon
              slot="error-icon"
              library=${ICON_LIBRARY}
              name="x-circle"
              label=${term('cm.details.copyFailed')}
            ></sl-icon>
          </sl-copy-button>
        </dd>
      </div>
    </dl>
    ${
      times.createdAt || times.trainingStartedAt || times.trainingEndedAt
        ? html`<dl class="facts timings">
            ${timeFact(host, 'cm.details.created', 'created', times.createdAt)}
            ${timeFact(host, 'cm.details.trainingStarted', 'training-started', times.trainingStartedAt)}
            ${timeFact(host, 'cm.details.trainingEnded', 'training-ended', times.trainingEndedAt)}
          </dl>`
        : nothing
    }
  </div>`;
}
