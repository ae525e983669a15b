import { datasetKindOf, extensionOf, pairingKey } from '../api/dataset-files.js';
import { checkAudio } from './audio.js';
import { Findings, SliceReader, type PreflightBlob } from './reader.js';
import { preflightRulesFor } from './rules.js';
import { checkText } from './text.js';
import type {
  FileReport,
  PreflightFinding,
  PreflightKind,
  PreflightOptions,
  PreflightRules,
  SelectionReport,
  SelectionTotals,
} from './types.js';

/** A file to pre-flight: a `File`, or any `Blob` with a name (only `size` and `slice` are used). */
export type PreflightFile = PreflightBlob & { readonly name: string };

const KINDS: Record<string, PreflightKind> = {
  audio: 'audio',
  transcript: 'transcript',
  manifest: 'manifest',
};

const hasError = (findings: readonly PreflightFinding[]) =>
  findings.some((finding) => finding.severity === 'error');

/**
 * Reads one file before it is sent and says what is wrong with it: a transcript or manifest is
 * decoded and parsed (by slices, up to `maxTextBytes`), an audio file read by its header.
 */
export async function preflightFile(
  file: PreflightFile,
  options: PreflightOptions = {},
): Promise<FileReport> {
  const rules = preflightRulesFor(options.language, options.rules);
  return runFile(file, rules, options);
}

async function runFile(
  file: PreflightFile,
  rules: PreflightRules,
  options: PreflightOptions,
): Promise<FileReport> {
  const reader = new SliceReader(file, options.signal);
  const findings = new Findings(rules.maxFindingsPerCode);
  const extension = extensionOf(file.name);
  const kind = KINDS[datasetKindOf(file.name) ?? ''] ?? 'unknown';
  const report: FileReport = {
    name: file.name,
    size: file.size,
    kind,
    format: extension,
    findings: [],
    bytesRead: 0,
    ok: false,
  };
  if (kind === 'audio') {
    const audio = await checkAudio(reader, extension, rules, findings);
    if (audio) report.audio = audio;
  } else if (kind === 'transcript' || kind === 'manifest') {
    report.text = await checkText(reader, extension, rules, findings, options.language);
  } else {
    findings.add('error', 'file-type-unknown', { extension });
  }
  report.findings = findings.done();
  for (const check of options.checks ?? []) report.findings.push(...check(report, rules));
  report.bytesRead = reader.bytesRead;
  report.ok = !hasError(report.findings);
  return report;
}

/**
 * Pre-flights a selection: each file (one after the other, so one large file at a time is being
 * read), then each pair of audio and transcript with the same base name (`pairingKey`, as the
 * upload pairs them): the last cue against the audio's duration, a transcript without speech,
 * audio without a transcript; then the totals.
 */
export async function preflightSelection(
  files: Iterable<PreflightFile>,
  options: PreflightOptions = {},
): Promise<SelectionReport> {
  const rules = preflightRulesFor(options.language, options.rules);
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await runFile(file, rules, options));
  pairFindings(reports, rules);
  for (const report of reports) report.ok = !hasError(report.findings);
  const selection: SelectionReport = { files: reports, totals: totalsOf(reports) };
  for (const check of options.selectionChecks ?? []) {
    const extra = check(selection, rules);
    if (extra.length) {
      // Selection-wide findings belong to no file: they are the selection's own.
      selection.findings = [...(selection.findings ?? []), ...extra];
    }
  }
  for (const report of reports) report.ok = !hasError(report.findings);
  selection.totals = totalsOf(reports);
  return selection;
}

/** The findings a pair of files gets from each other. */
function pairFindings(reports: FileReport[], rules: PreflightRules): void {
  const transcripts = new Map<string, FileReport>();
  for (const report of reports) {
    if (report.kind === 'transcript') transcripts.set(pairingKey(report.name), report);
  }
  for (const audio of reports) {
    if (audio.kind !== 'audio') continue;
    const transcript = transcripts.get(pairingKey(audio.name));
    if (!transcript) {
      // Audio refused already (not readable) is not sent: its missing transcript is beside the point.
      if (hasError(audio.findings)) continue;
      audio.findings.push({
        severity: rules.audioWithoutTranscript,
        code: 'audio-without-transcript',
        params: {},
      });
      continue;
    }
    const duration = audio.audio?.duration;
    const lastCueEnd = transcript.text?.lastCueEnd;
    if (
      duration !== undefined &&
      lastCueEnd !== undefined &&
      lastCueEnd > duration + rules.cueEndTolerance
    ) {
      transcript.findings.push({
        severity: rules.cuePastAudio,
        code: 'pair-cue-past-audio',
        params: { lastCueEnd, duration, audio: audio.name },
      });
    }
    if (transcript.text && transcript.text.words === 0) {
      audio.findings.push({
        severity: 'warning',
        code: 'pair-no-speech',
        params: { transcript: transcript.name },
      });
    }
  }
}

function totalsOf(reports: readonly FileReport[]): SelectionTotals {
  // Audio pairs with a transcript that may be sent: a refused one leaves it without.
  const transcripts = new Set(
    reports
      .filter((report) => report.kind === 'transcript' && report.ok)
      .map((report) => pairingKey(report.name)),
  );
  const totals: SelectionTotals = {
    files: reports.length,
    ready: 0,
    refused: 0,
    warnings: 0,
    audioSeconds: 0,
    pairedSeconds: 0,
    unpairedSeconds: 0,
    words: 0,
  };
  for (const report of reports) {
    if (report.ok) totals.ready++;
    else totals.refused++;
    totals.warnings += report.findings.filter((finding) => finding.severity === 'warning').length;
    // What may be sent: a refused file's words and seconds are not the model's.
    if (report.ok) totals.words += report.text?.words ?? 0;
    const seconds = report.ok ? (report.audio?.duration ?? 0) : 0;
    totals.audioSeconds += seconds;
    if (transcripts.has(pairingKey(report.name))) totals.pairedSeconds += seconds;
    else totals.unpairedSeconds += seconds;
  }
  return totals;
}
