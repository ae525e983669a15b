import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pairingKey } from '../api/dataset-files.js';
import type { Dataset, DatasetKind } from '../api/types.js';
import type {
  FileCheck,
  FileReport,
  PreflightFinding,
  PreflightRules,
  SelectionCheck,
  SelectionTotals,
} from '../preflight/types.js';

/**
 * What a host may set on the upload's pre-flight: its own thresholds (they replace the defaults and
 * the model language's) and its own checks, per file and over a selection. `false` turns the
 * pre-flight off: files are judged by their names only, as before issue 25.
 */
export interface PreflightSettings {
  rules?: Partial<PreflightRules>;
  checks?: FileCheck[];
  selectionChecks?: SelectionCheck[];
}

/** Where a chosen file is before it joins the upload queue. */
export type CheckState = 'checking' | 'held' | 'refused';

/** A chosen file being checked, held for the user's look (warnings) or refused (errors). */
export interface CheckedFile {
  readonly id: string;
  readonly file: File;
  readonly kind?: DatasetKind;
  state: CheckState;
  report?: FileReport;
}

/** Findings that ask for the user's look before the file is sent. */
const asksToAccept = (finding: PreflightFinding) =>
  finding.severity === 'warning' && finding.code !== 'audio-without-transcript';

interface PreflightHost {
  /** The host's settings; `false` turns the pre-flight off. */
  settings(): PreflightSettings | false;
  /** The model's language code, for the language's rules (the model read first if need be). */
  language(signal: AbortSignal): Promise<string | undefined>;
  /** Names the model already has: an audio file pairs with a transcript uploaded earlier. */
  existingNames(): readonly string[];
  /** Sends files to the upload queue. */
  send(files: File[], kind: DatasetKind | undefined): void;
}

/**
 * The upload's pre-flight: when files are chosen it loads the pre-flight (on demand), reads them
 * before any byte is sent, sends the good ones at once, holds those with warnings until the user
 * accepts them, and keeps the refused ones with their reasons. Each file's report stays with the
 * file (`reportOf`) while it uploads, so its findings are shown beside it.
 */
export class PreflightController implements ReactiveController {
  files: CheckedFile[] = [];
  /** Totals of the last selection checked. */
  totals?: SelectionTotals;
  /**
   * What the host's `selectionChecks` found in the last selection as a whole: shown above the
   * list until the next selection or "Clear list"; they hold no file (a file's own finding does).
   */
  selectionFindings: PreflightFinding[] = [];
  /** The pre-flight could not be loaded: the last files were sent unchecked. */
  unavailable = false;
  private readonly reports = new WeakMap<File, FileReport>();
  private readonly running = new Set<AbortController>();
  private nextId = 1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly upload: PreflightHost,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
    this.files = this.files.filter((entry) => entry.state !== 'checking');
  }

  /** The report of a file that was checked (also once it is queued). */
  reportOf(file: File): FileReport | undefined {
    return this.reports.get(file);
  }

  /** What the pre-flight read of a file: its seconds of audio, its words (a text read whole). */
  factsOf(file: File): Pick<Dataset, 'durationSeconds' | 'words'> | undefined {
    const report = this.reports.get(file);
    if (!report) return undefined;
    const seconds = report.audio?.duration;
    const text = report.text;
    return {
      ...(seconds === undefined ? {} : { durationSeconds: seconds }),
      ...(text?.complete ? { words: text.words } : {}),
    };
  }

  /** True while files are being read. */
  get checking(): boolean {
    return this.files.some((entry) => entry.state === 'checking');
  }

  /** Checks `files` and sends the good ones; held and refused ones stay in `files`. */
  async check(files: File[], kind: DatasetKind | undefined): Promise<void> {
    if (!files.length) return;
    const settings = this.upload.settings();
    if (settings === false) {
      this.upload.send(files, kind);
      return;
    }
    const entries = files.map((file): CheckedFile => ({
      id: `check-${this.nextId++}`,
      file,
      state: 'checking',
      ...(kind ? { kind } : {}),
    }));
    this.files = [...this.files, ...entries];
    this.host.requestUpdate();
    const abort = new AbortController();
    this.running.add(abort);
    let report;
    try {
      const { preflightSelection, loadPreflightStrings } = await import('./preflight-load.js');
      await loadPreflightStrings();
      report = await preflightSelection(files, {
        ...settings,
        language: await this.upload.language(abort.signal),
        signal: abort.signal,
      });
      this.unavailable = false;
    } catch {
      this.running.delete(abort);
      if (abort.signal.aborted) return;
      // The check itself failed (its module could not load): the files go as they did before it.
      this.unavailable = true;
      this.drop(entries);
      this.upload.send(files, kind);
      return;
    }
    this.running.delete(abort);
    if (abort.signal.aborted) return;
    this.selectionFindings = report.findings ?? [];
    this.settle(entries, report.files, report.totals);
  }

  private settle(entries: CheckedFile[], reports: FileReport[], totals: SelectionTotals) {
    const existing = new Set(this.upload.existingNames().map((name) => pairingKey(name)));
    const send: File[] = [];
    entries.forEach((entry, index) => {
      const report = reports[index];
      // A transcript uploaded earlier pairs with this audio: no finding says it has none.
      if (existing.has(pairingKey(report.name))) {
        report.findings = report.findings.filter(
          (finding) => finding.code !== 'audio-without-transcript',
        );
        report.ok = !report.findings.some((finding) => finding.severity === 'error');
      }
      entry.report = report;
      this.reports.set(entry.file, report);
      if (!report.ok) entry.state = 'refused';
      else if (report.findings.some(asksToAccept)) entry.state = 'held';
      else send.push(entry.file);
    });
    this.totals = totals;
    this.files = this.files.filter(
      (entry) => entry.state !== 'checking' || !send.includes(entry.file),
    );
    this.host.requestUpdate();
    if (send.length) this.upload.send(send, entries[0]?.kind);
  }

  /** Sends one held file: the user accepted its warnings. */
  accept(id: string): void {
    const entry = this.files.find((candidate) => candidate.id === id && candidate.state === 'held');
    if (!entry) return;
    this.drop([entry]);
    this.upload.send([entry.file], entry.kind);
  }

  /** Sends every held file. */
  acceptAll(): void {
    const held = this.files.filter((entry) => entry.state === 'held');
    this.drop(held);
    for (const entry of held) this.upload.send([entry.file], entry.kind);
  }

  /** Removes a held or refused file from the list. */
  remove(id: string): void {
    this.drop(this.files.filter((entry) => entry.id === id && entry.state !== 'checking'));
  }

  /** Forgets every checked file (running checks stop). */
  clear(): void {
    this.stop();
    this.files = [];
    this.totals = undefined;
    this.selectionFindings = [];
    this.unavailable = false;
    this.host.requestUpdate();
  }

  private stop() {
    for (const abort of this.running) abort.abort();
    this.running.clear();
  }

  private drop(entries: CheckedFile[]) {
    this.files = this.files.filter((entry) => !entries.includes(entry));
    if (!this.files.length) this.totals = undefined;
    this.host.requestUpdate();
  }
}
