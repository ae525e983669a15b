import { html, nothing } from 'lit';
import type { Evaluation } from '../api/types.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { errorMessage } from '../internal/error-message.js';
import type { AccuracyReport } from '../scoring/report.js';
import { renderVerdict } from './accuracy-verdict.js';
import type { DetailsHost } from './details-host.js';

/** Where the Accuracy section stands, for its "What it means / Next step" and its steps. */
export type AccuracyStage =
  'loading' | 'untrained' | 'no-items' | 'ready' | 'running' | 'failed' | 'done';

/** "What it means" and "Next step", in the details' rhythm. */
export function renderGuide(
  host: DetailsHost,
  stage: AccuracyStage,
  evaluation: Evaluation | undefined,
  report: AccuracyReport | undefined,
  load: { error: unknown; retry: () => void },
) {
  const localize = host.localize;
  const term = localize.term.bind(localize);
  let meaning: unknown;
  let next: string | undefined;
  switch (stage) {
    case 'loading':
      if (load.error) {
        meaning = html`<sl-alert class="accuracy-error" variant="danger" open>
          <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
          ${term('cm.accuracy.loadError')} ${errorMessage(localize, load.error)}
          <sl-button size="small" class="retry-accuracy" @click=${load.retry}
            >${term('cm.retry')}</sl-button
          >
        </sl-alert>`;
      } else {
        meaning = html`<sl-spinner aria-label=${term('cm.loading')}></sl-spinner>`;
      }
      break;
    case 'untrained':
      meaning = html`<p class="accuracy-none">${term('cm.accuracy.none')}</p>`;
      next = term('cm.accuracy.next.train');
      break;
    case 'no-items':
      meaning = html`<p class="accuracy-none">${term('cm.accuracy.none')}</p>`;
      next = term('cm.accuracy.next.upload');
      break;
    case 'ready':
      meaning = html`<p class="accuracy-none">${term('cm.accuracy.none')}</p>`;
      next = term('cm.accuracy.next.measure');
      break;
    case 'running': {
      const progress = evaluation?.progress;
      const percent = localize.number((progress ?? 0) / 100, { style: 'percent' });
      meaning = html`<p class="accuracy-running-text">
        ${progress === undefined ? term('cm.accuracy.running') : term('cm.accuracy.runningProgress', percent)}
      </p>`;
      next = term('cm.accuracy.next.wait');
      break;
    }
    case 'failed':
      meaning = html`<div class="accuracy-failed" role="alert">
        <p class="accuracy-failed-title">
          <sl-icon library=${ICON_LIBRARY} name="exclamation-triangle" aria-hidden="true"></sl-icon>
          <strong>${term('cm.accuracy.failedTitle')}</strong>
        </p>
        <p class="accuracy-failed-reason">
          ${evaluation?.reason || term('cm.accuracy.failedNoReason')}
        </p>
      </div>`;
      next = term('cm.accuracy.next.retry');
      break;
    case 'done': {
      if (report) {
        meaning = renderVerdict(localize, report);
        const verdict = report.comparison.verdict;
        next = term(
          verdict === 'better'
            ? 'cm.accuracy.next.better'
            : verdict === 'worse'
              ? 'cm.accuracy.next.worse'
              : 'cm.accuracy.next.moreData',
        );
      } else {
        meaning = html`<p class="accuracy-totals-only">${term('cm.accuracy.totalsOnly')}</p>`;
        next = term('cm.accuracy.next.moreData');
      }
      break;
    }
  }
  return html`<div class="accuracy-guide">
    <div class="guide-meaning">
      <h4>${term('cm.details.meaning')}</h4>
      ${meaning}
    </div>
    ${
      next
        ? html`<div class="guide-next">
            <h4>${term('cm.details.nextStep')}</h4>
            <p class="accuracy-next">${next}</p>
          </div>`
        : nothing
    }
  </div>`;
}
