import type { DatasetKind } from '../api/types.js';

/*
 * What a dataset upload accepts (scriptix-api.md §5, the feature docs): the extensions of each
 * kind, how many files one upload takes and how large one file may be. Data, so the element, its
 * tests and its stories read the same rules. The in-memory adapter keeps its own copy, as a server
 * would.
 */

/**
 * Accepted extensions per dataset kind, lower case, without the dot. A test set is never told from
 * its name (its files are transcripts): it is chosen, so it has no extensions of its own.
 */
export const DATASET_EXTENSIONS = {
  audio: ['wav', 'mp3', 'm4a', 'flac'],
  transcript: ['vtt', 'srt', 'txt'],
  manifest: ['jsonl'],
  'test-set': [],
} as const satisfies Record<DatasetKind, readonly string[]>;

/** One accepted extension. */
export type DatasetExtension = (typeof DATASET_EXTENSIONS)[DatasetKind][number];

/** Fewest files one upload takes. */
export const MIN_FILES_PER_UPLOAD = 1;
/** Most files one upload takes. */
export const MAX_FILES_PER_UPLOAD = 10;
/** Largest file accepted: 10 GB. */
export const MAX_DATASET_BYTES = 10 * 1024 ** 3;

/** The `accept` attribute for a file input: every accepted extension. */
export const DATASET_ACCEPT = Object.values(DATASET_EXTENSIONS)
  .flat()
  .map((extension) => `.${extension}`)
  .join(',');

/** Why a file is refused before any request is made. */
export const REFUSAL_REASONS = ['type', 'size', 'count', 'duplicate'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A file that will not be uploaded, and why. */
export interface RefusedFile {
  file: File;
  reason: RefusalReason;
}

/** `Take 1.WAV` → `wav`; empty when the name has no extension. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** `Take 1.WAV` → `Take 1`. */
export function baseNameOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The dataset kind a file name stands for, or undefined when it is not accepted. */
export function datasetKindOf(name: string): DatasetKind | undefined {
  const extension = extensionOf(name);
  for (const [kind, extensions] of Object.entries(DATASET_EXTENSIONS)) {
    if ((extensions as readonly string[]).includes(extension)) return kind as DatasetKind;
  }
  return undefined;
}

/**
 * Splits one selection into the files to upload and the files refused, each with its reason:
 * an unaccepted type, more than 10 GB, a name already in this selection, or beyond the tenth
 * acceptable file. Order is kept.
 */
export function checkDatasetFiles(files: Iterable<File>): {
  accepted: File[];
  refused: RefusedFile[];
} {
  const accepted: File[] = [];
  const refused: RefusedFile[] = [];
  const names = new Set<string>();
  for (const file of files) {
    const name = String(file.name ?? '');
    let reason: RefusalReason | undefined;
    if (!datasetKindOf(name)) reason = 'type';
    else if (file.size > MAX_DATASET_BYTES) reason = 'size';
    else if (names.has(name.toLowerCase())) reason = 'duplicate';
    else if (accepted.length >= MAX_FILES_PER_UPLOAD) reason = 'count';
    if (reason) {
      refused.push({ file, reason });
    } else {
      accepted.push(file);
      names.add(name.toLowerCase());
    }
  }
  return { accepted, refused };
}

/**
 * Names of the audio files that have no transcript with the same base name among `names`
 * (case-insensitive): `talk.wav` pairs with `talk.vtt`, `talk.srt` or `talk.txt`.
 */
export function audioWithoutTranscript(names: Iterable<string>): string[] {
  // Once uploaded, a file is both in the upload and among the model's files: name it once.
  const list = [...new Set(names)];
  const transcripts = new Set(
    list
      .filter((name) => datasetKindOf(name) === 'transcript')
      .map((name) => baseNameOf(name).toLowerCase()),
  );
  return list.filter(
    (name) => datasetKindOf(name) === 'audio' && !transcripts.has(baseNameOf(name).toLowerCase()),
  );
}
