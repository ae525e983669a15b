import { html } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import type { AccuracyReport } from '../scoring/report.js';
import { accuracyReportCsv, accuracyReportJson } from '../scoring/report-export.js';

/*
 * The report as downloads: links to Blob URLs made in the page (no request leaves it), made once
 * per report and revoked when the report changes or the section goes.
 */

/** A file name from a model's name: no path or reserved characters. */
export function exportFileName(modelName: string, extension: 'csv' | 'json'): string {
  const base =
    [...modelName]
      .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '-' : c))
      .join('')
      .trim() || 'model';
  return `${base}-accuracy.${extension}`;
}

/** The Blob URLs of one report's CSV and JSON. */
export class ReportFiles {
  private report?: AccuracyReport;
  private urls?: { csv: string; json: string };

  /** The URLs of `report`'s files, made when the report is new (the old ones revoked). */
  urlsFor(report: AccuracyReport, modelId: string): { csv: string; json: string } {
    if (this.report !== report || !this.urls) {
      this.revoke();
      this.report = report;
      this.urls = {
        csv: URL.createObjectURL(
          new Blob([accuracyReportCsv(report)], { type: 'text/csv;charset=utf-8' }),
        ),
        json: URL.createObjectURL(
          new Blob([accuracyReportJson(report, { modelId })], { type: 'application/json' }),
        ),
      };
    }
    return this.urls;
  }

  revoke(): void {
    if (this.urls) {
      URL.revokeObjectURL(this.urls.csv);
      URL.revokeObjectURL(this.urls.json);
    }
    this.urls = undefined;
    this.report = undefined;
  }
}

/** "Download CSV" and "Download JSON", links with `download` names. */
export function renderExport(
  localize: LocalizeController,
  files: ReportFiles,
  report: AccuracyReport,
  model: { id: string; name?: string },
) {
  const term = localize.term.bind(localize);
  const urls = files.urlsFor(report, model.id);
  const name = String(model.name ?? model.id);
  return html`<p class="accuracy-export">
    <span class="export-label">${term('cm.accuracy.export')}</span>
    <a class="export-csv" href=${urls.csv} download=${exportFileName(name, 'csv')}
      >${term('cm.accuracy.exportCsv')}</a
    >
    <a class="export-json" href=${urls.json} download=${exportFileName(name, 'json')}
      >${term('cm.accuracy.exportJson')}</a
    >
  </p>`;
}
