import { SrtSink, VttSink, wordCounter } from './cues.js';
import { decodeLines, type LineSink } from './decode.js';
import type { Findings, SliceReader } from './reader.js';
import type { PreflightRules, TextFacts } from './types.js';

/** A plain transcript: its words. */
class TxtSink implements LineSink {
  words = 0;
  constructor(private readonly countWords: (text: string) => number) {}
  line(text: string): void {
    this.words += this.countWords(text);
  }
  end(): void {}
}

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** A JSON Lines manifest: one object a line with the rules' fields, each line checked. */
class JsonlSink implements LineSink {
  words = 0;
  entries = 0;
  seconds = 0;
  private blankLines: number[] = [];
  constructor(
    private readonly rules: PreflightRules,
    private readonly findings: Findings,
    private readonly countWords: (text: string) => number,
  ) {}

  line(text: string, number: number): void {
    if (text.trim() === '') {
      this.blankLines.push(number);
      return;
    }
    // Blank lines count only between entries (one at the end is how many tools write).
    for (const blank of this.blankLines)
      this.findings.add('warning', 'jsonl-blank-line', {}, blank);
    this.blankLines = [];
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch {
      this.findings.add('error', 'jsonl-invalid-json', {}, number);
      return;
    }
    if (typeOf(entry) !== 'object') {
      this.findings.add('error', 'jsonl-not-object', { type: typeOf(entry) }, number);
      return;
    }
    this.entries++;
    const record = entry as Record<string, unknown>;
    const { manifestFields, manifestOptionalFields } = this.rules;
    for (const [field, expected] of Object.entries(manifestFields)) {
      if (!(field in record)) this.findings.add('error', 'jsonl-field-missing', { field }, number);
      else this.checkType(record, field, expected, number);
    }
    for (const [field, expected] of Object.entries(manifestOptionalFields)) {
      if (field in record) this.checkType(record, field, expected, number);
    }
    const speech = record[this.rules.manifestTextField];
    const seconds = record[this.rules.manifestDurationField];
    if (typeof speech === 'string') this.words += this.countWords(speech);
    if (typeof seconds === 'number' && seconds >= 0) this.seconds += seconds;
  }

  private checkType(
    record: Record<string, unknown>,
    field: string,
    expected: string,
    number: number,
  ): void {
    const value = record[field];
    const fine =
      typeOf(value) === expected &&
      (expected !== 'number' || (Number.isFinite(value) && (value as number) >= 0));
    if (!fine) {
      this.findings.add(
        'error',
        'jsonl-field-type',
        { field, expected, type: typeOf(value) },
        number,
      );
    }
  }

  end(): void {}
}

/**
 * Reads a transcript (`txt`, `srt`, `vtt`) or a manifest (`jsonl`) by slices and checks it; its
 * facts are returned, its findings added to `findings`.
 */
export async function checkText(
  reader: SliceReader,
  format: string,
  rules: PreflightRules,
  findings: Findings,
  language?: string,
): Promise<TextFacts> {
  const countWords = wordCounter(rules, language);
  if (reader.size === 0) {
    findings.add('error', 'file-empty');
    return { encoding: 'utf-8', words: 0, lines: 0, complete: true };
  }
  const sink =
    format === 'srt'
      ? new SrtSink(rules, findings, countWords)
      : format === 'vtt'
        ? new VttSink(rules, findings, countWords)
        : format === 'jsonl'
          ? new JsonlSink(rules, findings, countWords)
          : new TxtSink(countWords);
  let textLines = 0;
  const decoded = await decodeLines(reader, rules, findings, {
    line(text, number) {
      if (text.trim() !== '') textLines++;
      sink.line(text, number);
    },
    end: (lastLine) => sink.end(lastLine),
  });
  const facts: TextFacts = {
    encoding: decoded.encoding,
    words: sink.words,
    lines: decoded.lines,
    complete: decoded.complete,
  };
  if (sink instanceof SrtSink || sink instanceof VttSink) {
    const stats = sink.stats();
    facts.cues = stats.cues;
    if (stats.lastCueEnd !== undefined) facts.lastCueEnd = stats.lastCueEnd;
  } else if (sink instanceof JsonlSink) {
    facts.cues = sink.entries;
    facts.manifestSeconds = sink.seconds;
  }
  if (!decoded.decoded) return facts;
  const signatureMissing = sink instanceof VttSink && !sink.signature;
  if (textLines === 0) {
    findings.add('error', 'file-blank');
  } else if (!signatureMissing && facts.words === 0) {
    findings.add('error', 'transcript-no-speech');
  }
  return facts;
}
