import {
  DATASET_EXTENSIONS,
  MAX_DATASET_BYTES,
  MAX_FILES_PER_UPLOAD,
  datasetKindOf,
  listExtensions,
} from '../api/dataset-files.js';
import type { DatasetKind } from '../api/types.js';

/*
 * What the upload refuses before any request is made, and why. What is accepted (the extensions of
 * each kind, how many files one upload takes, how large one file may be) is the one table in
 * src/api/dataset-files.ts, which both adapters read too; its names are exported here as well, the
 * upload's public rules.
 */
export {
  DATASET_EXTENSIONS,
  MAX_DATASET_BYTES,
  MAX_FILES_PER_UPLOAD,
  audioWithoutTranscript,
  baseNameOf,
  datasetKindOf,
  extensionOf,
  type DatasetExtension,
} from '../api/dataset-files.js';

/** The `accept` attribute for a file input: every accepted extension. */
export const DATASET_ACCEPT = /* @__PURE__ */ listExtensions(
  Object.keys(DATASET_EXTENSIONS) as DatasetKind[],
  ',',
);

/** Why a file is refused before any request is made. */
export const REFUSAL_REASONS = ['type', 'size', 'count', 'duplicate'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A file that will not be uploaded, and why. */
export interface RefusedFile {
  file: File;
  reason: RefusalReason;
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
