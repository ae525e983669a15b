import type { FindingParams } from '../../preflight/types.js';

/** A number of seconds as English writes it ("9 s", "3.5 s"). */
const s = (value: unknown) => `${Math.round(Number(value) * 10) / 10} s`;
const files = (count: number) => `${count} ${count === 1 ? 'file' : 'files'}`;
/** A length of audio: seconds under a minute, else minutes ("45 s", "12.5 min"). */
const duration = (seconds: number) =>
  seconds < 60 ? s(seconds) : `${Math.round((seconds / 60) * 10) / 10} min`;

/**
 * Strings of the upload's pre-flight (what a chosen file holds, read before it is sent): one message
 * per finding code (`cm.preflight.<code>`, with the finding's params), the summary and the actions.
 * They load with the pre-flight, on demand.
 */
export const preflight = {
  'cm.preflight.checking': 'Checking…',
  'cm.preflight.checkingSummary': (count: number) => `Checking ${files(count)} before upload…`,
  'cm.preflight.summary': (ready: number, refused: number, warnings: number) =>
    [
      `${files(ready)} ready`,
      refused ? `${refused} refused` : '',
      warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  'cm.preflight.totals': (audioSeconds: number, pairedSeconds: number, words: number) =>
    `Audio: ${duration(audioSeconds)} (${duration(pairedSeconds)} with a transcript); ${words} ${words === 1 ? 'word' : 'words'}.`,
  'cm.preflight.state.held': 'Needs your look',
  'cm.preflight.state.refused': 'Refused',
  'cm.preflight.severity.error': 'Error',
  'cm.preflight.severity.warning': 'Warning',
  'cm.preflight.severity.info': 'Note',
  'cm.preflight.line': (line: number) => `line ${line}`,
  'cm.preflight.findingsLabel': (name: string) => `What the check found in ${name}`,
  'cm.preflight.selectionFindingsLabel': 'What the check found in these files together',
  'cm.preflight.accept': 'Upload anyway',
  'cm.preflight.acceptFile': (name: string) => `Upload ${name} anyway`,
  'cm.preflight.acceptAll': (count: number) => `Upload ${files(count)} with warnings`,
  'cm.preflight.failed': 'The file could not be checked; it is uploaded unchecked.',

  'cm.preflight.file-empty': 'The file is empty (0 bytes).',
  'cm.preflight.file-blank': 'The file holds only blank lines.',
  'cm.preflight.file-type-unknown': (p: FindingParams) =>
    `Files of type .${p.extension} cannot be checked.`,
  'cm.preflight.file-partially-read': (p: FindingParams) =>
    `Only the first ${Math.round(Number(p.bytes) / 1e6)} megabytes were checked.`,
  'cm.preflight.more-findings': (p: FindingParams) =>
    `${p.count} more of the same (${p.code}) not listed.`,
  'cm.preflight.text-binary': 'This is not text: the file holds binary bytes.',
  'cm.preflight.encoding-invalid': (p: FindingParams) =>
    `The text is not valid ${String(p.encoding).toUpperCase()}. Save it as UTF-8.`,
  'cm.preflight.encoding-utf16': (p: FindingParams) =>
    `The file is in ${String(p.encoding).toUpperCase()}. Save it as UTF-8.`,
  'cm.preflight.encoding-utf16-no-bom': (p: FindingParams) =>
    `The file looks like ${String(p.encoding).toUpperCase()} without a byte order mark. Save it as UTF-8.`,
  'cm.preflight.transcript-no-speech': 'The transcript holds no speech text.',
  'cm.preflight.cue-empty': 'This cue has no text.',
  'cm.preflight.cue-end-before-start': (p: FindingParams) =>
    `The cue ends (${s(p.end)}) before it starts (${s(p.start)}).`,
  'cm.preflight.cue-out-of-order': (p: FindingParams) =>
    `The cue starts at ${s(p.start)}, before the cue above it (${s(p.previous)}).`,
  'cm.preflight.cue-overlap': (p: FindingParams) =>
    `The cue starts at ${s(p.start)}, while the one above it runs until ${s(p.previous)}.`,
  'cm.preflight.cue-too-long': (p: FindingParams) =>
    `The cue lasts ${s(p.seconds)}, longer than ${s(p.max)}.`,
  'cm.preflight.srt-index-expected': 'A cue number was expected here.',
  'cm.preflight.srt-cue-incomplete':
    'This cue is incomplete: it needs a number, a timing and text.',
  'cm.preflight.srt-timing-malformed': (p: FindingParams) =>
    `Malformed timing "${p.text}": expected 00:00:01,000 --> 00:00:02,000.`,
  'cm.preflight.vtt-signature-missing': 'A WebVTT file must start with the line WEBVTT.',
  'cm.preflight.vtt-block-ignored': 'This block has no timing; players ignore it.',
  'cm.preflight.vtt-timing-malformed': (p: FindingParams) =>
    `Malformed timing "${p.text}": expected 00:01.000 --> 00:02.000.`,
  'cm.preflight.jsonl-blank-line': 'A blank line in the manifest.',
  'cm.preflight.jsonl-invalid-json': 'This line is not valid JSON.',
  'cm.preflight.jsonl-not-object': (p: FindingParams) =>
    `This line is a JSON ${p.type}, not an object.`,
  'cm.preflight.jsonl-field-missing': (p: FindingParams) => `The field "${p.field}" is missing.`,
  'cm.preflight.jsonl-field-type': (p: FindingParams) =>
    `The field "${p.field}" must be a ${p.expected}, not a ${p.type}.`,
  'cm.preflight.audio-unreadable': 'This is not readable audio.',
  'cm.preflight.audio-no-audio-track': 'The file has no audio track.',
  'cm.preflight.audio-truncated':
    'The audio is cut short: the file is smaller than its header says.',
  'cm.preflight.audio-container-mismatch': (p: FindingParams) =>
    `The file is named .${p.extension} but holds ${String(p.container).toUpperCase()} audio.`,
  'cm.preflight.audio-low-sample-rate': (p: FindingParams) =>
    `Sampled at ${Number(p.sampleRate) / 1000} kHz; speech is recognised best at ${Number(p.minimum) / 1000} kHz or more.`,
  'cm.preflight.audio-duration-unknown': 'The header does not say how long the audio is.',
  'cm.preflight.audio-without-transcript': 'No transcript with the same name in this selection.',
  'cm.preflight.pair-cue-past-audio': (p: FindingParams) =>
    `The last cue ends at ${s(p.lastCueEnd)}, but ${p.audio} lasts ${s(p.duration)}.`,
  'cm.preflight.pair-no-speech': (p: FindingParams) =>
    `Its transcript ${p.transcript} holds no speech text.`,
};
