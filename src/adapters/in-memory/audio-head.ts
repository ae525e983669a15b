import { extensionOf } from '../../api/dataset-files.js';
import { checkAudio } from '../../preflight/audio.js';
import { Findings, SliceReader } from '../../preflight/reader.js';
import { DEFAULT_PREFLIGHT_RULES } from '../../preflight/rules.js';

/** Reads a file by slices, its first bytes from memory (read once, as a server reads a head). */
class HeadReader extends SliceReader {
  constructor(
    blob: Blob,
    private readonly head: Uint8Array,
  ) {
    super(blob);
  }

  override read(start: number, end: number): Promise<Uint8Array> {
    const to = Math.min(end, this.size);
    if (start >= 0 && to <= this.head.length) return Promise.resolve(this.head.slice(start, to));
    return super.read(start, end);
  }
}

/**
 * What the in-memory server reads of an audio file, with the pre-flight's reader: whether any
 * container is recognised in its bytes (`unknown` when none is, or the file is empty; a header it
 * cannot follow is not refused), and its seconds where the header gives them. Reads the first
 * `headBytes` once, as a server reads a head. (Imported statically: loaded on demand, the first
 * audio upload would finish after a transcript chosen with it, and the list's order would change.)
 */
export async function readAudioHead(
  file: File,
  headBytes: number,
): Promise<{ unknown: boolean; durationSeconds?: number }> {
  const findings = new Findings(1);
  const head = new Uint8Array(await file.slice(0, headBytes).arrayBuffer());
  const facts = await checkAudio(
    new HeadReader(file, head),
    extensionOf(String(file.name)),
    DEFAULT_PREFLIGHT_RULES,
    findings,
  );
  const unknown = findings.list.some(
    ({ code, params }) =>
      code === 'file-empty' || (code === 'audio-unreadable' && params.container === 'unknown'),
  );
  const seconds = facts?.duration;
  return seconds !== undefined && Number.isFinite(seconds)
    ? { unknown, durationSeconds: seconds }
    : { unknown };
}
