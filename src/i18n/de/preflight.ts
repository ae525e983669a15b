import type { preflight as en } from '../en/preflight.js';
import { formatCount, plural, type SectionOf } from '../catalogue.js';
import type { FindingParams } from '../../preflight/types.js';

const n = (value: unknown, digits = 1) =>
  formatCount('de', Math.round(Number(value) * 10 ** digits) / 10 ** digits);
const s = (value: unknown) => `${n(value)}\u00a0s`;
const files = (count: number) => plural('de', count, { one: '# Datei', other: '# Dateien' });
/** A length of audio: seconds under a minute, else minutes. */
const duration = (seconds: number) => (seconds < 60 ? s(seconds) : `${n(seconds / 60)}\u00a0min`);
const upper = (value: unknown) => String(value).toUpperCase();

/** German: strings of the upload's pre-flight (loaded with it). */
export const preflight: SectionOf<typeof en> = {
  'cm.preflight.checking': 'Wird geprüft…',
  'cm.preflight.checkingSummary': (count: number) =>
    `${files(count)} werden vor dem Hochladen geprüft…`,
  'cm.preflight.summary': (ready: number, refused: number, warnings: number) =>
    [
      `${files(ready)} bereit`,
      refused ? `${formatCount('de', refused)} abgelehnt` : '',
      warnings ? plural('de', warnings, { one: '# Warnung', other: '# Warnungen' }) : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  'cm.preflight.totals': (audioSeconds: number, pairedSeconds: number, words: number) =>
    `Audio: ${duration(audioSeconds)} (${duration(pairedSeconds)} mit Transkript); ${plural('de', words, { one: '# Wort', other: '# Wörter' })}.`,
  'cm.preflight.state.held': 'Bitte ansehen',
  'cm.preflight.state.refused': 'Abgelehnt',
  'cm.preflight.severity.error': 'Fehler',
  'cm.preflight.severity.warning': 'Warnung',
  'cm.preflight.severity.info': 'Hinweis',
  'cm.preflight.line': (line: number) => `Zeile ${formatCount('de', line)}`,
  'cm.preflight.findingsLabel': (name: string) => `Was die Prüfung in ${name} gefunden hat`,
  'cm.preflight.selectionFindingsLabel': 'Was die Prüfung in diesen Dateien zusammen gefunden hat',
  'cm.preflight.accept': 'Trotzdem hochladen',
  'cm.preflight.acceptFile': (name: string) => `${name} trotzdem hochladen`,
  'cm.preflight.acceptAll': (count: number) => `${files(count)} mit Warnungen hochladen`,
  'cm.preflight.failed':
    'Die Dateien konnten nicht geprüft werden; sie werden ungeprüft hochgeladen.',

  'cm.preflight.file-empty': 'Die Datei ist leer (0 Byte).',
  'cm.preflight.file-blank': 'Die Datei enthält nur leere Zeilen.',
  'cm.preflight.file-type-unknown': (p: FindingParams) =>
    `Dateien vom Typ .${p.extension} können nicht geprüft werden.`,
  'cm.preflight.file-partially-read': (p: FindingParams) =>
    `Nur die ersten ${n(Number(p.bytes) / 1e6, 0)}\u00a0MB wurden geprüft.`,
  'cm.preflight.more-findings': (p: FindingParams) =>
    `${formatCount('de', Number(p.count))} weitere der gleichen Art (${p.code}) nicht aufgeführt.`,
  'cm.preflight.text-binary': 'Das ist kein Text: Die Datei enthält binäre Bytes.',
  'cm.preflight.encoding-invalid': (p: FindingParams) =>
    `Der Text ist kein gültiges ${upper(p.encoding)}. Speichern Sie ihn als UTF-8.`,
  'cm.preflight.encoding-utf16': (p: FindingParams) =>
    `Die Datei ist in ${upper(p.encoding)} kodiert. Speichern Sie sie als UTF-8.`,
  'cm.preflight.encoding-utf16-no-bom': (p: FindingParams) =>
    `Die Datei scheint ${upper(p.encoding)} ohne Byte Order Mark zu sein. Speichern Sie sie als UTF-8.`,
  'cm.preflight.transcript-no-speech': 'Das Transkript enthält keinen gesprochenen Text.',
  'cm.preflight.cue-empty': 'Dieser Untertitel hat keinen Text.',
  'cm.preflight.cue-end-before-start': (p: FindingParams) =>
    `Der Untertitel endet (${s(p.end)}), bevor er beginnt (${s(p.start)}).`,
  'cm.preflight.cue-out-of-order': (p: FindingParams) =>
    `Der Untertitel beginnt bei ${s(p.start)}, vor dem darüber (${s(p.previous)}).`,
  'cm.preflight.cue-overlap': (p: FindingParams) =>
    `Der Untertitel beginnt bei ${s(p.start)}, während der darüber bis ${s(p.previous)} läuft.`,
  'cm.preflight.cue-too-long': (p: FindingParams) =>
    `Der Untertitel dauert ${s(p.seconds)}, länger als ${s(p.max)}.`,
  'cm.preflight.srt-index-expected': 'Hier wurde eine Untertitelnummer erwartet.',
  'cm.preflight.srt-cue-incomplete':
    'Dieser Untertitel ist unvollständig: Er braucht eine Nummer, eine Zeitangabe und Text.',
  'cm.preflight.srt-timing-malformed': (p: FindingParams) =>
    `Fehlerhafte Zeitangabe „${p.text}“: erwartet 00:00:01,000 --> 00:00:02,000.`,
  'cm.preflight.vtt-signature-missing': 'Eine WebVTT-Datei muss mit der Zeile WEBVTT beginnen.',
  'cm.preflight.vtt-block-ignored': 'Dieser Block hat keine Zeitangabe; Player ignorieren ihn.',
  'cm.preflight.vtt-timing-malformed': (p: FindingParams) =>
    `Fehlerhafte Zeitangabe „${p.text}“: erwartet 00:01.000 --> 00:02.000.`,
  'cm.preflight.jsonl-blank-line': 'Eine leere Zeile im Manifest.',
  'cm.preflight.jsonl-invalid-json': 'Diese Zeile ist kein gültiges JSON.',
  'cm.preflight.jsonl-not-object': (p: FindingParams) =>
    `Diese Zeile ist ein JSON-${p.type}, kein Objekt.`,
  'cm.preflight.jsonl-field-missing': (p: FindingParams) => `Das Feld „${p.field}“ fehlt.`,
  'cm.preflight.jsonl-field-type': (p: FindingParams) =>
    `Das Feld „${p.field}“ muss vom Typ ${p.expected} sein, nicht ${p.type}.`,
  'cm.preflight.audio-unreadable': 'Das ist kein lesbares Audio.',
  'cm.preflight.audio-no-audio-track': 'Die Datei hat keine Tonspur.',
  'cm.preflight.audio-truncated':
    'Das Audio ist abgeschnitten: Die Datei ist kleiner, als ihr Header angibt.',
  'cm.preflight.audio-container-mismatch': (p: FindingParams) =>
    `Die Datei heißt .${p.extension}, enthält aber ${upper(p.container)}-Audio.`,
  'cm.preflight.audio-low-sample-rate': (p: FindingParams) =>
    `Mit ${n(Number(p.sampleRate) / 1000)}\u00a0kHz abgetastet; Sprache wird ab ${n(Number(p.minimum) / 1000)}\u00a0kHz am besten erkannt.`,
  'cm.preflight.audio-duration-unknown': 'Der Header gibt die Dauer des Audios nicht an.',
  'cm.preflight.audio-without-transcript': 'Kein Transkript mit demselben Namen in dieser Auswahl.',
  'cm.preflight.pair-cue-past-audio': (p: FindingParams) =>
    `Der letzte Untertitel endet bei ${s(p.lastCueEnd)}, aber ${p.audio} dauert ${s(p.duration)}.`,
  'cm.preflight.pair-no-speech': (p: FindingParams) =>
    `Das zugehörige Transkript ${p.transcript} enthält keinen gesprochenen Text.`,
};
