import type { DatasetKind } from './types.js';

/*
 * The one table of dataset files: which extensions stand for which kind, how many files one
 * upload takes, how large one file may be, and how an audio file finds its transcript. Data, read
 * by the upload's rules (src/uploads), both adapters and anything that checks files before an
 * upload; nobody keeps a copy.
 *
 * The formats are the feature documentation's (scriptix-api.md §5, the Scriptix web app's help):
 * audio .wav .mp3 .m4a .flac, transcripts .vtt .srt .txt, a manifest .jsonl. One undocumented
 * reference (B2 there) adds .aac and .ogg; no other source does, so they are not accepted.
 */

/** A kind a file's name tells: every kind but the test set, which is chosen, never named. */
export type NamedDatasetKind = Exclude<DatasetKind, 'test-set'>;

/**
 * Accepted extensions per dataset kind, lower case, without the dot. A test set is never told from
 * its name (its files are transcripts): it is chosen, so it has no extensions of its own.
 */
export const DATASET_EXTENSIONS = Object.freeze({
  audio: Object.freeze(['wav', 'mp3', 'm4a', 'flac'] as const),
  transcript: Object.freeze(['vtt', 'srt', 'txt'] as const),
  manifest: Object.freeze(['jsonl'] as const),
  'test-set': Object.freeze([] as const),
}) satisfies Readonly<Record<DatasetKind, readonly string[]>>;

/** The extensions of one kind. */
export type ExtensionOf<K extends DatasetKind> = (typeof DATASET_EXTENSIONS)[K][number];
/** An audio file's extension: `wav`, `mp3`, `m4a` or `flac`. */
export type AudioExtension = ExtensionOf<'audio'>;
/** A transcript's extension: `vtt`, `srt` or `txt`. */
export type TranscriptExtension = ExtensionOf<'transcript'>;
/** A manifest's extension: `jsonl`. */
export type ManifestExtension = ExtensionOf<'manifest'>;
/** One accepted extension. */
export type DatasetExtension = AudioExtension | TranscriptExtension | ManifestExtension;

/** The same table read the other way: the kind each accepted extension stands for. */
export const DATASET_KIND_BY_EXTENSION: Readonly<Record<DatasetExtension, NamedDatasetKind>> =
  Object.freeze(
    Object.fromEntries(
      (Object.keys(DATASET_EXTENSIONS) as DatasetKind[]).flatMap((kind) =>
        DATASET_EXTENSIONS[kind].map((extension) => [extension, kind]),
      ),
    ) as Record<DatasetExtension, NamedDatasetKind>,
  );

/** `.wav, .mp3, .m4a, .flac`: the extensions of these kinds, dotted, joined with `separator`. */
export function listExtensions(kinds: readonly DatasetKind[], separator = ', '): string {
  return kinds
    .flatMap((kind) => DATASET_EXTENSIONS[kind])
    .map((extension) => `.${extension}`)
    .join(separator);
}

/** Most files one upload takes. */
export const MAX_FILES_PER_UPLOAD = 10;
/** Largest file accepted: 10 GB. */
export const MAX_DATASET_BYTES = 10 * 1024 ** 3;

/** `Take 1.WAV` → `wav`; empty when the name has no extension (`.wav` alone is a name). */
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
export function datasetKindOf(name: string): NamedDatasetKind | undefined {
  const extension = extensionOf(name);
  return Object.hasOwn(DATASET_KIND_BY_EXTENSION, extension)
    ? DATASET_KIND_BY_EXTENSION[extension as DatasetExtension]
    : undefined;
}

/**
 * What pairs an audio file with its transcript: the base name, case-insensitive
 * (`Talk.WAV` and `talk.vtt` pair).
 */
export const pairingKey = (name: string): string => baseNameOf(name).toLowerCase();

/**
 * Names of the audio files that have no transcript with the same base name among `names`
 * (case-insensitive): `talk.wav` pairs with `talk.vtt`, `talk.srt` or `talk.txt`.
 */
export function audioWithoutTranscript(names: Iterable<string>): string[] {
  // Once uploaded, a file is both in the upload and among the model's files: name it once.
  const list = [...new Set(names)];
  const transcripts = new Set(
    list.filter((name) => datasetKindOf(name) === 'transcript').map(pairingKey),
  );
  return list.filter(
    (name) => datasetKindOf(name) === 'audio' && !transcripts.has(pairingKey(name)),
  );
}

/**
 * Why a file cannot be a dataset, as an adapter says it (English, like a server's answer): its
 * type is not in the table or it is larger than 10 GB. Undefined when it can. Both adapters refuse
 * with it before anything is sent; the elements refuse the same files before calling them, in the
 * user's language.
 */
export function datasetFileProblem(file: {
  readonly name: string;
  readonly size: number;
}): string | undefined {
  if (!datasetKindOf(String(file.name ?? ''))) {
    return `Unsupported file type. Use audio (${listExtensions(['audio'])}), transcripts (${listExtensions(['transcript'])}) or a manifest (${listExtensions(['manifest'])}).`;
  }
  if (file.size > MAX_DATASET_BYTES) return 'The file is larger than 10 GB.';
  return undefined;
}
