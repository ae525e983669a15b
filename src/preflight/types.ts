/*
 * What a pre-flight says about the files chosen for upload, before any byte is sent. Findings are
 * codes with parameters, never sentences: the elements translate them (cm.preflight.<code>).
 */

/** How much a finding weighs: an error refuses the file, a warning is advice the user may accept. */
export type PreflightSeverity = 'error' | 'warning' | 'info';

/** What a file was read as. */
export type PreflightKind = 'audio' | 'transcript' | 'manifest' | 'unknown';

/** Parameters of a finding: numbers and short strings only, shown through the translated text. */
export type FindingParams = Record<string, string | number>;

/** One thing the pre-flight found in a file or a selection. */
export interface PreflightFinding {
  severity: PreflightSeverity;
  /** Stable code, e.g. `srt-timing-malformed`; the message key is `cm.preflight.<code>`. */
  code: string;
  /** 1-based line of a text file the finding is about. */
  line?: number;
  params: FindingParams;
}

/** What the header of an audio file says. */
export interface AudioFacts {
  /** Container recognised from the bytes: wav, flac, mp3, mp4. */
  container: string;
  /** Codec inside it, e.g. pcm, float, flac, mp3, aac, alac. */
  codec: string;
  /** Seconds; undefined when the header does not say. */
  duration?: number;
  sampleRate?: number;
  channels?: number;
  bitsPerSample?: number;
}

/** What a transcript or manifest holds. */
export interface TextFacts {
  /** `utf-8`, `utf-16le` or `utf-16be`. */
  encoding: string;
  /** Words of speech text (cue text, or manifest `text` fields). */
  words: number;
  /** Lines read. */
  lines: number;
  /** Cues parsed (SRT, VTT), manifest entries (JSONL). */
  cues?: number;
  /** End of the last cue in seconds (SRT, VTT). */
  lastCueEnd?: number;
  /** Sum of the manifest's `duration` fields in seconds (JSONL). */
  manifestSeconds?: number;
  /** False when the file was larger than `maxTextBytes` and only its start was read. */
  complete: boolean;
}

/** The pre-flight of one file. */
export interface FileReport {
  name: string;
  size: number;
  kind: PreflightKind;
  /** The format checked: the extension's (wav, srt, jsonl, …), or the one found in the bytes. */
  format: string;
  audio?: AudioFacts;
  text?: TextFacts;
  findings: PreflightFinding[];
  /** Bytes actually read from the file (a large audio file is read by its header). */
  bytesRead: number;
  /** True when the file has no error: it may be uploaded. */
  ok: boolean;
}

/** Totals of a selection. */
export interface SelectionTotals {
  files: number;
  /** Files without errors. */
  ready: number;
  /** Files with at least one error. */
  refused: number;
  warnings: number;
  /** Seconds of audio that may be uploaded (files without errors) whose headers gave it. */
  audioSeconds: number;
  /** Seconds of audio with a transcript of the same base name. */
  pairedSeconds: number;
  /** Seconds of audio without one. */
  unpairedSeconds: number;
  /** Words in every transcript and manifest that may be uploaded (files without errors). */
  words: number;
}

/** The pre-flight of a selection: each file's report (pair findings included) and the totals. */
export interface SelectionReport {
  files: FileReport[];
  totals: SelectionTotals;
  /** Findings about the selection as a whole (from a host's `selectionChecks`). */
  findings?: PreflightFinding[];
}

/** A rule a host adds: it reads a file's report and returns more findings. */
export type FileCheck = (
  report: Readonly<FileReport>,
  rules: Readonly<PreflightRules>,
) => PreflightFinding[];

/** A rule a host adds over a whole selection (e.g. a minimum of audio minutes). */
export type SelectionCheck = (
  report: Readonly<SelectionReport>,
  rules: Readonly<PreflightRules>,
) => PreflightFinding[];

/** Thresholds and severities: data, per language where they differ (see rules.ts). */
export interface PreflightRules {
  /** Below this sample rate (Hz) a warning advises better audio. */
  minSampleRate: number;
  /** Seconds a transcript's last cue may end past its audio before it is questioned. */
  cueEndTolerance: number;
  /** Longest cue in seconds before a warning; 0 for no limit. */
  maxCueSeconds: number;
  /** How a UTF-16 transcript is judged: decoded and refused (error) or decoded and accepted. */
  utf16: 'error' | 'warning';
  /** How overlapping cues are judged. */
  overlap: PreflightSeverity;
  /** How the last cue ending past the audio is judged. */
  cuePastAudio: PreflightSeverity;
  /** How audio without a transcript of the same base name is judged. */
  audioWithoutTranscript: PreflightSeverity;
  /** Fields every manifest line must have, and their JSON type. */
  manifestFields: Record<string, 'string' | 'number'>;
  /** The manifest field whose words are counted (the speech text). */
  manifestTextField: string;
  /** The manifest field giving the audio's seconds, summed into `manifestSeconds`. */
  manifestDurationField: string;
  /** Fields checked for their type when present. */
  manifestOptionalFields: Record<string, 'string' | 'number'>;
  /** Words counted by whitespace, or by `Intl.Segmenter` (languages without spaces). */
  wordCount: 'whitespace' | 'segmenter';
  /** A text file is read up to this many bytes (in slices); past it the rest is not checked. */
  maxTextBytes: number;
  /** At most this many findings of one code per file; the rest are counted in one more finding. */
  maxFindingsPerCode: number;
}

/** What a host may pass to the pre-flight. */
export interface PreflightOptions {
  /** The model's language code (`nl`, `en-us`, `zh`): selects the language's rules. */
  language?: string;
  /** Thresholds that replace the defaults (and the language's). */
  rules?: Partial<PreflightRules>;
  /** The host's own checks, run on each file after ours. */
  checks?: FileCheck[];
  /** The host's own checks over the selection. */
  selectionChecks?: SelectionCheck[];
  /** Stops the reading; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}
