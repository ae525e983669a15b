import type { Findings } from './reader.js';
import type { PreflightRules } from './types.js';

/*
 * The timed transcripts: SRT and WebVTT, read line by line (decode.ts hands the lines), each cue's
 * timing checked where it is, with its line number. WebVTT follows the WHATWG parsing algorithm
 * (what a browser keeps, a browser's <track> keeps: test/preflight.test.ts compares cue counts with
 * Chromium's own parser); SRT follows its de-facto form (index, `HH:MM:SS,mmm --> HH:MM:SS,mmm`,
 * text, a blank line).
 */

/** Counts words: by whitespace, or with `Intl.Segmenter` for languages written without spaces. */
export function wordCounter(rules: PreflightRules, language?: string): (text: string) => number {
  if (rules.wordCount === 'segmenter' && typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    return (text) => {
      let words = 0;
      for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
      return words;
    };
  }
  return (text) => text.match(/[\p{L}\p{N}][^\s]*/gu)?.length ?? 0;
}

/** What a transcript's reading found. */
export interface CueStats {
  cues: number;
  words: number;
  lastCueEnd?: number;
}

/** The checks every timed cue goes through, in order: end after start, order, overlap, length. */
class CueTimeline {
  cues = 0;
  lastCueEnd?: number;
  private previousStart = -1;
  private previousEnd = -1;
  constructor(
    private readonly rules: PreflightRules,
    private readonly findings: Findings,
  ) {}

  add(start: number, end: number, line: number): void {
    this.cues++;
    const { findings, rules } = this;
    if (end <= start) findings.add('error', 'cue-end-before-start', { start, end }, line);
    if (start < this.previousStart) {
      findings.add('error', 'cue-out-of-order', { start, previous: this.previousStart }, line);
    } else if (start < this.previousEnd) {
      findings.add(rules.overlap, 'cue-overlap', { start, previous: this.previousEnd }, line);
    }
    if (rules.maxCueSeconds > 0 && end - start > rules.maxCueSeconds) {
      findings.add(
        'warning',
        'cue-too-long',
        { seconds: end - start, max: rules.maxCueSeconds },
        line,
      );
    }
    this.previousStart = Math.max(this.previousStart, start);
    this.previousEnd = Math.max(this.previousEnd, end);
    this.lastCueEnd = Math.max(this.lastCueEnd ?? 0, end);
  }
}

const seconds = (h: string | undefined, m: string, s: string, ms: string): number =>
  Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;

/** Text a cue's words are counted in: without markup. */
const cueText = (line: string): string => line.replace(/<[^>]*>|\{\\[^}]*\}/g, ' ');

const SRT_TIMESTAMP = /^(\d+):([0-5]\d):([0-5]\d),(\d{3})$/;
const SRT_TIMING = /^\s*(\S+)\s*-->\s*(\S+)(?:\s.*)?$/;

/** What both subtitle formats keep while reading: the cue timeline, the findings and the words. */
abstract class CueSink {
  protected readonly timeline: CueTimeline;
  words = 0;
  constructor(
    rules: PreflightRules,
    protected readonly findings: Findings,
    protected readonly countWords: (text: string) => number,
  ) {
    this.timeline = new CueTimeline(rules, findings);
  }

  stats(): CueStats {
    return { cues: this.timeline.cues, words: this.words, lastCueEnd: this.timeline.lastCueEnd };
  }
}

/** An SRT file's lines: index, timing, text, blank; every break of that form with its line. */
export class SrtSink extends CueSink {
  private state: 'index' | 'timing' | 'text' | 'skip' = 'index';
  private textLines = 0;
  private cueLine = 0;

  line(text: string, number: number): void {
    const blank = text.trim() === '';
    switch (this.state) {
      case 'index':
        if (blank) return;
        if (/^\s*\d+\s*$/.test(text)) {
          this.state = 'timing';
        } else if (text.includes('-->')) {
          this.findings.add('error', 'srt-index-expected', {}, number);
          this.timing(text, number);
        } else {
          this.findings.add('error', 'srt-index-expected', {}, number);
          this.state = 'skip';
        }
        return;
      case 'timing':
        if (blank) {
          this.findings.add('error', 'srt-cue-incomplete', {}, number);
          this.state = 'index';
        } else this.timing(text, number);
        return;
      case 'text':
        if (blank) return this.endCue();
        this.textLines++;
        this.words += this.countWords(cueText(text));
        return;
      case 'skip':
        if (blank) this.state = 'index';
    }
  }

  private timing(text: string, number: number): void {
    const match = SRT_TIMING.exec(text);
    const start = match && SRT_TIMESTAMP.exec(match[1]);
    const end = match && SRT_TIMESTAMP.exec(match[2]);
    if (!start || !end) {
      this.findings.add('error', 'srt-timing-malformed', { text: text.slice(0, 60) }, number);
      this.state = 'skip';
      return;
    }
    this.timeline.add(
      seconds(start[1], start[2], start[3], start[4]),
      seconds(end[1], end[2], end[3], end[4]),
      number,
    );
    this.cueLine = number;
    this.textLines = 0;
    this.state = 'text';
  }

  private endCue(): void {
    if (this.textLines === 0) this.findings.add('warning', 'cue-empty', {}, this.cueLine);
    this.state = 'index';
  }

  end(lastLine: number): void {
    if (this.state === 'text') this.endCue();
    else if (this.state === 'timing')
      this.findings.add('error', 'srt-cue-incomplete', {}, lastLine);
  }
}

const VTT_TIMING =
  /^[ \t]*((?:\d+:)?\d+:\d+\.\d+)[ \t]*-->[ \t]*((?:\d+:)?\d+:\d+\.\d+)(?:[ \t].*)?$/;

/** A WebVTT timestamp as the WHATWG parser reads it, in seconds; undefined when invalid. */
export function vttSeconds(timestamp: string): number | undefined {
  const match = /^(?:(\d+):)?(\d+):(\d+)\.(\d+)$/.exec(timestamp);
  if (!match) return undefined;
  const [, hours, minutes, secs, fraction] = match;
  // Without hours, minutes are exactly two digits; minutes and seconds are two digits, ≤ 59.
  if (minutes.length !== 2 || secs.length !== 2 || fraction.length !== 3) return undefined;
  if (Number(minutes) > 59 || Number(secs) > 59) return undefined;
  return seconds(hours, minutes, secs, fraction);
}

/** A WebVTT file's lines: the signature, then blocks (cues, NOTE, STYLE, REGION). */
export class VttSink extends CueSink {
  private block: { text: string; number: number }[] = [];
  private seenArrow = false;
  private inHeader = true;
  signature = false;

  line(text: string, number: number): void {
    if (number === 1) {
      this.signature = /^WEBVTT(?:$|[ \t])/.test(text);
      if (!this.signature) this.findings.add('error', 'vtt-signature-missing', {}, 1);
      return;
    }
    if (!this.signature) return;
    if (text === '') {
      this.flush();
      return;
    }
    if (text.includes('-->')) {
      const count = this.block.length + 1;
      const startsCue = !this.inHeader && (count === 1 || (count === 2 && !this.seenArrow));
      if (!startsCue) this.flush();
      this.inHeader = false;
      this.seenArrow = true;
    }
    if (!this.inHeader) this.block.push({ text, number });
  }

  /** Ends a block: a cue when it has its timing line (first or second), else ignored. */
  private flush(): void {
    const block = this.block;
    this.block = [];
    this.seenArrow = false;
    if (this.inHeader) {
      this.inHeader = false;
      return;
    }
    if (block.length === 0) return;
    if (/^(NOTE|STYLE|REGION)(?:$|[ \t])/.test(block[0].text)) return;
    const at = block[0].text.includes('-->') ? 0 : block[1]?.text.includes('-->') ? 1 : -1;
    if (at < 0) {
      this.findings.add('warning', 'vtt-block-ignored', {}, block[0].number);
      return;
    }
    const { text, number } = block[at];
    const match = VTT_TIMING.exec(text);
    const start = match ? vttSeconds(match[1]) : undefined;
    const end = match ? vttSeconds(match[2]) : undefined;
    if (start === undefined || end === undefined) {
      this.findings.add('error', 'vtt-timing-malformed', { text: text.slice(0, 60) }, number);
      return;
    }
    this.timeline.add(start, end, number);
    const lines = block.slice(at + 1);
    if (lines.length === 0) this.findings.add('warning', 'cue-empty', {}, number);
    for (const line of lines) this.words += this.countWords(cueText(line.text));
  }

  end(): void {
    if (this.signature) this.flush();
  }
}
