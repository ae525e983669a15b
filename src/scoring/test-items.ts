import { baseNameOf, datasetKindOf, pairingKey } from '../api/dataset-files.js';

/*
 * A test item is a recording and its reference transcript: `test-01.wav` and `test-01.txt` are
 * one item, never two files scored apart. File kinds and the pairing key come from the one table
 * of dataset files (src/api/dataset-files.ts), as the upload's "audio without transcript" check.
 */

/** One recording with its reference transcript, paired by base name. */
export interface PairedTestItem {
  /** The shared base name, as the audio file writes it (`test-01`). */
  name: string;
  audio: string;
  transcript: string;
}

/** Test files sorted into items and the files that cannot be scored, with why. */
export interface TestFilePairing {
  items: PairedTestItem[];
  /** Audio with no transcript of the same base name: nothing to score it against. */
  audioWithoutReference: string[];
  /** Transcripts with no audio of the same base name: no model can transcribe them. */
  referenceWithoutAudio: string[];
  /** Base names with more than one audio file or more than one transcript: which pairs is unclear. */
  ambiguous: { name: string; files: string[] }[];
  /** Files that are neither audio nor a transcript (a manifest, an unknown type). */
  ignored: string[];
}

/**
 * Pairs test files by base name, case-insensitively (`Test-01.WAV` with `test-01.txt`): one audio
 * and one transcript make an item; the rest is reported, never scored. Order follows the first
 * file of each name; a name given twice counts once.
 */
export function pairTestFiles(files: Iterable<string | { name: string }>): TestFilePairing {
  const groups = new Map<string, { audio: string[]; transcript: string[] }>();
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const name = typeof file === 'string' ? file : String(file.name);
    if (seen.has(name)) continue;
    seen.add(name);
    const kind = datasetKindOf(name);
    if (kind !== 'audio' && kind !== 'transcript') {
      ignored.push(name);
      continue;
    }
    // NFC first: a name typed on one system and listed by another (macOS: NFD) is the same name.
    const key = pairingKey(name.normalize('NFC'));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { audio: [], transcript: [] }));
    group[kind].push(name);
  }
  const result: TestFilePairing = {
    items: [],
    audioWithoutReference: [],
    referenceWithoutAudio: [],
    ambiguous: [],
    ignored,
  };
  for (const { audio, transcript } of groups.values()) {
    if (audio.length > 1 || transcript.length > 1) {
      result.ambiguous.push({
        name: baseNameOf(audio[0] ?? transcript[0]),
        files: [...audio, ...transcript],
      });
    } else if (!transcript.length) {
      result.audioWithoutReference.push(audio[0]);
    } else if (!audio.length) {
      result.referenceWithoutAudio.push(transcript[0]);
    } else {
      result.items.push({ name: baseNameOf(audio[0]), audio: audio[0], transcript: transcript[0] });
    }
  }
  return result;
}
