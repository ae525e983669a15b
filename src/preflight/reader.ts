import type { FindingParams, PreflightFinding, PreflightSeverity } from './types.js';

/** The part of a `Blob` the pre-flight uses: its size and `slice`, never the whole bytes. */
export type PreflightBlob = Pick<Blob, 'size' | 'slice'>;

/**
 * Reads a file by slices and counts the bytes read, so a 10 GB file is read where it matters
 * (its header, a text's first `maxTextBytes`), never loaded whole.
 */
export class SliceReader {
  bytesRead = 0;
  constructor(
    readonly blob: PreflightBlob,
    private readonly signal?: AbortSignal,
  ) {}

  get size(): number {
    return this.blob.size;
  }

  /** Bytes `[start, end)`, clamped to the file. */
  async read(start: number, end: number): Promise<Uint8Array> {
    this.signal?.throwIfAborted();
    const from = Math.max(0, Math.min(start, this.size));
    const to = Math.max(from, Math.min(end, this.size));
    if (to === from) return new Uint8Array(0);
    const bytes = new Uint8Array(await this.blob.slice(from, to).arrayBuffer());
    this.bytesRead += bytes.byteLength;
    return bytes;
  }
}

/** Gives the main thread back between slices, so input and painting go on. */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Collects a file's findings, keeping at most `limit` of each code (the rest counted once). */
export class Findings {
  readonly list: PreflightFinding[] = [];
  private readonly counts = new Map<string, number>();
  constructor(private readonly limit: number) {}

  add(severity: PreflightSeverity, code: string, params: FindingParams = {}, line?: number): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count > this.limit) return;
    this.list.push(
      line === undefined ? { severity, code, params } : { severity, code, line, params },
    );
  }

  /** The findings, with one `more-findings` per code past the limit. */
  done(): PreflightFinding[] {
    for (const [code, count] of this.counts) {
      if (count > this.limit) {
        const severity = this.list.find((finding) => finding.code === code)!.severity;
        this.list.push({
          severity,
          code: 'more-findings',
          params: { code, count: count - this.limit },
        });
      }
    }
    return this.list;
  }
}

export const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));
