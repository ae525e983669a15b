import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import { ICON_LIBRARY } from '../icons/register.js';
import type { FileReport, FindingParams, PreflightFinding } from '../preflight/types.js';
import type { CheckedFile, PreflightController } from './preflight-controller.js';

/*
 * How the pre-flight shows in the upload list: each file's findings beside it (errors with their
 * reason and line, warnings the user may accept), the rows of files being checked, held or refused,
 * and the selection's summary ("3 files ready, 1 refused, 2 warnings").
 */

const ICONS = {
  error: 'x-circle',
  warning: 'exclamation-triangle',
  info: 'info-circle',
} as const;

/**
 * A finding's message: `cm.preflight.<code>` with the finding's params. A host's own check brings
 * its own codes, and registers their strings under the same prefix.
 */
function findingText(localize: LocalizeController, finding: PreflightFinding): string {
  const term = localize.term as unknown as (key: string, params: FindingParams) => string;
  return term.call(localize, `cm.preflight.${finding.code}`, finding.params);
}

/** One finding: its severity and line said in words, then its message. */
function renderFinding(localize: LocalizeController, finding: PreflightFinding) {
  const where = [
    localize.term(`cm.preflight.severity.${finding.severity}`),
    finding.line === undefined ? '' : localize.term('cm.preflight.line', finding.line),
  ]
    .filter(Boolean)
    .join(', ');
  return html`<li
    class="finding"
    data-severity=${finding.severity}
    data-code=${finding.code}
    data-line=${finding.line ?? nothing}
  >
    <sl-icon library=${ICON_LIBRARY} name=${ICONS[finding.severity]} aria-hidden="true"></sl-icon>
    <span><span class="finding-where">${where}:</span> ${findingText(localize, finding)}</span>
  </li>`;
}

/** A file's findings, as a list named after the file; nothing when there are none. */
export function renderFindings(localize: LocalizeController, report: FileReport | undefined) {
  if (!report?.findings.length) return nothing;
  return html`<ul
    part="findings"
    class="findings"
    aria-label=${localize.term('cm.preflight.findingsLabel', report.name)}
  >
    ${report.findings.map((finding) => renderFinding(localize, finding))}
  </ul>`;
}

/** What the host's checks found in the last selection as a whole, as a list above the files. */
export function renderSelectionFindings(localize: LocalizeController, checks: PreflightController) {
  if (!checks.selectionFindings.length) return nothing;
  return html`<ul
    part="findings"
    class="findings selection-findings"
    aria-label=${localize.term('cm.preflight.selectionFindingsLabel')}
  >
    ${checks.selectionFindings.map((finding) => renderFinding(localize, finding))}
  </ul>`;
}

function stateText(localize: LocalizeController, entry: CheckedFile): string {
  if (entry.state === 'checking') return localize.term('cm.preflight.checking');
  return localize.term(`cm.preflight.state.${entry.state}`);
}

/** A chosen file that is not in the upload queue: being checked, held or refused. */
export function renderCheckedFile(
  localize: LocalizeController,
  checks: PreflightController,
  entry: CheckedFile,
  icon: string,
  disabled: boolean,
) {
  const name = entry.file.name;
  return html`<li part="file" class="file" data-state=${entry.state}>
    <sl-icon class="file-icon" library=${ICON_LIBRARY} name=${icon} aria-hidden="true"></sl-icon>
    <div class="file-main">
      <div class="file-line">
        <span class="file-title"><span class="file-name" title=${name}>${name}</span></span>
        <span class="file-state"
          ><span class="state-text">${stateText(localize, entry)}</span></span
        >
      </div>
      ${renderFindings(localize, entry.report)}
    </div>
    <div class="file-actions">
      ${
        entry.state === 'held'
          ? html`<sl-button
              size="small"
              class="accept"
              ?disabled=${disabled}
              aria-label=${localize.term('cm.preflight.acceptFile', name)}
              @click=${() => checks.accept(entry.id)}
              >${localize.term('cm.preflight.accept')}</sl-button
            >`
          : nothing
      }
      ${
        entry.state === 'checking'
          ? nothing
          : html`<sl-icon-button
              library=${ICON_LIBRARY}
              name="x-lg"
              class="remove"
              label=${localize.term('cm.upload.removeFile', name)}
              @click=${() => checks.remove(entry.id)}
            ></sl-icon-button>`
      }
    </div>
  </li>`;
}

/** The pre-flight's summary of the last selection; empty while nothing was checked. */
export function preflightSummary(localize: LocalizeController, checks: PreflightController) {
  const checking = checks.files.filter((entry) => entry.state === 'checking').length;
  if (checking) return localize.term('cm.preflight.checkingSummary', checking);
  if (checks.unavailable) return localize.term('cm.preflight.failed');
  const totals = checks.totals;
  // Once every file went on to the upload, the upload's own summary says the rest.
  if (!totals || !checks.files.length) return '';
  const summary = localize.term(
    'cm.preflight.summary',
    totals.ready,
    totals.refused,
    totals.warnings,
  );
  if (!totals.audioSeconds && !totals.words) return summary;
  return `${summary} ${localize.term('cm.preflight.totals', totals.audioSeconds, totals.pairedSeconds, totals.words)}`;
}

/** "Upload N files with warnings": every held file at once. */
export function renderAcceptAll(
  localize: LocalizeController,
  checks: PreflightController,
  disabled: boolean,
) {
  const held = checks.files.filter((entry) => entry.state === 'held').length;
  if (held < 2) return nothing;
  return html`<sl-button
    size="small"
    class="accept-all"
    ?disabled=${disabled}
    @click=${() => checks.acceptAll()}
    >${localize.term('cm.preflight.acceptAll', held)}</sl-button
  >`;
}
