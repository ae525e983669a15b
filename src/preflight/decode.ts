import { Findings, SliceReader, yieldToMain } from './reader.js';
import type { PreflightRules } from './types.js';

/** A text file is decoded by slices of this many bytes. */
const SLICE_BYTES = 1024 * 1024;

/** What reads a text file's lines, one by one, in order. */
export interface LineSink {
  /** One line, without its line break; `number` is 1-based. */
  line(text: string, number: number): void;
  /** Called once after the last line read. */
  end(lastLine: number): void;
}

export interface DecodeResult {
  encoding: string;
  lines: number;
  /** False when the file was larger than `maxTextBytes`, or could not be decoded to its end. */
  complete: boolean;
  /** False when nothing could be decoded (refused before any line). */
  decoded: boolean;
}

/** The encoding a byte order mark names, and the mark's length. */
function sniffBom(head: Uint8Array): { encoding: string; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: 0 };
}

/** `utf-16le`/`utf-16be` when a file without a mark has a zero byte in every other place. */
function sniffUtf16WithoutBom(head: Uint8Array): string | undefined {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Decodes a text file slice by slice with a fatal `TextDecoder` and hands its lines to `sink`.
 * UTF-8 (with or without a mark) is read as is; UTF-16 with a mark is decoded and judged by
 * `rules.utf16`; UTF-16 without a mark, binary bytes or invalid UTF-8 are refused with the reason.
 */
export async function decodeLines(
  reader: SliceReader,
  rules: PreflightRules,
  findings: Findings,
  sink: LineSink,
): Promise<DecodeResult> {
  const head = await reader.read(0, Math.min(SLICE_BYTES, rules.maxTextBytes));
  const { encoding, bom } = sniffBom(head);
  if (encoding !== 'utf-8') {
    findings.add(rules.utf16, 'encoding-utf16', { encoding });
  } else if (bom === 0) {
    const utf16 = sniffUtf16WithoutBom(head);
    if (utf16) {
      findings.add('error', 'encoding-utf16-no-bom', { encoding: utf16 });
      return { encoding: utf16, lines: 0, complete: false, decoded: false };
    }
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  const limit = Math.min(reader.size, rules.maxTextBytes);
  let carry = '';
  let lineNumber = 0;
  let offset = 0;
  let chunk = head;
  for (;;) {
    const final = offset + chunk.length >= limit;
    let text: string;
    try {
      text = carry + decoder.decode(chunk, { stream: !final });
    } catch {
      // Where the bad bytes are: the line of the first replacement character in this slice.
      const loose = carry + new TextDecoder(encoding).decode(chunk, { stream: true });
      const before = loose.slice(0, Math.max(0, loose.indexOf('\uFFFD')));
      findings.add('error', 'encoding-invalid', { encoding }, lineNumber + 1 + countBreaks(before));
      sink.end(lineNumber);
      return { encoding, lines: lineNumber, complete: false, decoded: lineNumber > 0 };
    }
    if (text.includes('\u0000')) {
      const before = text.slice(0, text.indexOf('\u0000'));
      findings.add('error', 'text-binary', {}, lineNumber + 1 + countBreaks(before));
      sink.end(lineNumber);
      return { encoding, lines: lineNumber, complete: false, decoded: lineNumber > 0 };
    }
    let hold = '';
    if (!final && text.endsWith('\r')) {
      hold = '\r';
      text = text.slice(0, -1);
    }
    const parts = text.split(/\r\n|\n|\r/);
    if (final) {
      // A file ending in a line break has no line after it.
      if (parts[parts.length - 1] === '') parts.pop();
      carry = '';
    } else carry = parts.pop()! + hold;
    for (const part of parts) sink.line(part, ++lineNumber);
    offset += chunk.length;
    if (final) break;
    await yieldToMain();
    chunk = await reader.read(offset, Math.min(offset + SLICE_BYTES, limit));
  }
  const complete = limit >= reader.size;
  if (!complete) findings.add('info', 'file-partially-read', { bytes: limit });
  sink.end(lineNumber);
  return { encoding, lines: lineNumber, complete, decoded: true };
}

function countBreaks(text: string): number {
  return text.match(/\r\n|\n|\r/g)?.length ?? 0;
}
