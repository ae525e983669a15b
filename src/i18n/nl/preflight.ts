import type { preflight as en } from '../en/preflight.js';
import { formatCount, plural, type SectionOf } from '../catalogue.js';
import type { FindingParams } from '../../preflight/types.js';

const n = (value: unknown, digits = 1) =>
  formatCount('nl', Math.round(Number(value) * 10 ** digits) / 10 ** digits);
const s = (value: unknown) => `${n(value)} s`;
const files = (count: number) => plural('nl', count, { one: '# bestand', other: '# bestanden' });
/** A length of audio: seconds under a minute, else minutes. */
const duration = (seconds: number) => (seconds < 60 ? s(seconds) : `${n(seconds / 60)} min`);
const upper = (value: unknown) => String(value).toUpperCase();

/** Dutch: strings of the upload's pre-flight (loaded with it). */
export const preflight: SectionOf<typeof en> = {
  'cm.preflight.checking': 'Controleren…',
  'cm.preflight.checkingSummary': (count: number) =>
    `${files(count)} controleren vóór het uploaden…`,
  'cm.preflight.summary': (ready: number, refused: number, warnings: number) =>
    [
      `${files(ready)} klaar`,
      refused ? `${formatCount('nl', refused)} geweigerd` : '',
      warnings ? plural('nl', warnings, { one: '# waarschuwing', other: '# waarschuwingen' }) : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  'cm.preflight.totals': (audioSeconds: number, pairedSeconds: number, words: number) =>
    `Audio: ${duration(audioSeconds)} (${duration(pairedSeconds)} met transcriptie); ${plural('nl', words, { one: '# woord', other: '# woorden' })}.`,
  'cm.preflight.state.held': 'Bekijk dit eerst',
  'cm.preflight.state.refused': 'Geweigerd',
  'cm.preflight.severity.error': 'Fout',
  'cm.preflight.severity.warning': 'Waarschuwing',
  'cm.preflight.severity.info': 'Opmerking',
  'cm.preflight.line': (line: number) => `regel ${formatCount('nl', line)}`,
  'cm.preflight.findingsLabel': (name: string) => `Wat de controle vond in ${name}`,
  'cm.preflight.selectionFindingsLabel': 'Wat de controle vond in deze bestanden samen',
  'cm.preflight.accept': 'Toch uploaden',
  'cm.preflight.acceptFile': (name: string) => `${name} toch uploaden`,
  'cm.preflight.acceptAll': (count: number) => `${files(count)} met waarschuwingen uploaden`,
  'cm.preflight.failed':
    'De bestanden konden niet worden gecontroleerd; ze worden ongecontroleerd geüpload.',

  'cm.preflight.file-empty': 'Het bestand is leeg (0 bytes).',
  'cm.preflight.file-blank': 'Het bestand bevat alleen lege regels.',
  'cm.preflight.file-type-unknown': (p: FindingParams) =>
    `Bestanden van het type .${p.extension} kunnen niet worden gecontroleerd.`,
  'cm.preflight.file-partially-read': (p: FindingParams) =>
    `Alleen de eerste ${n(Number(p.bytes) / 1e6, 0)} MB zijn gecontroleerd.`,
  'cm.preflight.more-findings': (p: FindingParams) =>
    `Nog ${formatCount('nl', Number(p.count))} van hetzelfde (${p.code}) niet getoond.`,
  'cm.preflight.text-binary': 'Dit is geen tekst: het bestand bevat binaire bytes.',
  'cm.preflight.encoding-invalid': (p: FindingParams) =>
    `De tekst is geen geldige ${upper(p.encoding)}. Sla hem op als UTF-8.`,
  'cm.preflight.encoding-utf16': (p: FindingParams) =>
    `Het bestand is in ${upper(p.encoding)}. Sla het op als UTF-8.`,
  'cm.preflight.encoding-utf16-no-bom': (p: FindingParams) =>
    `Het bestand lijkt ${upper(p.encoding)} zonder byte order mark. Sla het op als UTF-8.`,
  'cm.preflight.transcript-no-speech': 'De transcriptie bevat geen gesproken tekst.',
  'cm.preflight.cue-empty': 'Deze cue heeft geen tekst.',
  'cm.preflight.cue-end-before-start': (p: FindingParams) =>
    `De cue eindigt (${s(p.end)}) voordat hij begint (${s(p.start)}).`,
  'cm.preflight.cue-out-of-order': (p: FindingParams) =>
    `De cue begint op ${s(p.start)}, vóór de cue erboven (${s(p.previous)}).`,
  'cm.preflight.cue-overlap': (p: FindingParams) =>
    `De cue begint op ${s(p.start)}, terwijl de cue erboven loopt tot ${s(p.previous)}.`,
  'cm.preflight.cue-too-long': (p: FindingParams) =>
    `De cue duurt ${s(p.seconds)}, langer dan ${s(p.max)}.`,
  'cm.preflight.srt-index-expected': 'Hier werd een cuenummer verwacht.',
  'cm.preflight.srt-cue-incomplete':
    'Deze cue is onvolledig: er horen een nummer, een tijdcode en tekst bij.',
  'cm.preflight.srt-timing-malformed': (p: FindingParams) =>
    `Ongeldige tijdcode "${p.text}": verwacht 00:00:01,000 --> 00:00:02,000.`,
  'cm.preflight.vtt-signature-missing': 'Een WebVTT-bestand moet beginnen met de regel WEBVTT.',
  'cm.preflight.vtt-block-ignored': 'Dit blok heeft geen tijdcode; spelers slaan het over.',
  'cm.preflight.vtt-timing-malformed': (p: FindingParams) =>
    `Ongeldige tijdcode "${p.text}": verwacht 00:01.000 --> 00:02.000.`,
  'cm.preflight.jsonl-blank-line': 'Een lege regel in het manifest.',
  'cm.preflight.jsonl-invalid-json': 'Deze regel is geen geldige JSON.',
  'cm.preflight.jsonl-not-object': (p: FindingParams) =>
    `Deze regel is een JSON-${p.type}, geen object.`,
  'cm.preflight.jsonl-field-missing': (p: FindingParams) => `Het veld "${p.field}" ontbreekt.`,
  'cm.preflight.jsonl-field-type': (p: FindingParams) =>
    `Het veld "${p.field}" moet een ${p.expected} zijn, geen ${p.type}.`,
  'cm.preflight.audio-unreadable': 'Dit is geen leesbare audio.',
  'cm.preflight.audio-no-audio-track': 'Het bestand heeft geen audiospoor.',
  'cm.preflight.audio-truncated':
    'De audio is afgekapt: het bestand is kleiner dan de header zegt.',
  'cm.preflight.audio-container-mismatch': (p: FindingParams) =>
    `Het bestand heet .${p.extension} maar bevat ${upper(p.container)}-audio.`,
  'cm.preflight.audio-low-sample-rate': (p: FindingParams) =>
    `Opgenomen met ${n(Number(p.sampleRate) / 1000)} kHz; spraak wordt het best herkend vanaf ${n(Number(p.minimum) / 1000)} kHz.`,
  'cm.preflight.audio-duration-unknown': 'De header zegt niet hoe lang de audio duurt.',
  'cm.preflight.audio-without-transcript': 'Geen transcriptie met dezelfde naam in deze selectie.',
  'cm.preflight.pair-cue-past-audio': (p: FindingParams) =>
    `De laatste cue eindigt op ${s(p.lastCueEnd)}, maar ${p.audio} duurt ${s(p.duration)}.`,
  'cm.preflight.pair-no-speech': (p: FindingParams) =>
    `De transcriptie ${p.transcript} bevat geen gesproken tekst.`,
};
