/*
 * Choosing files in a `<dataset-upload>` as a user does, through its real `<input type=file>`, and
 * reading its upload list as the user reads it (rows by file name, their findings, the summary).
 */
import { waitUntil } from '@open-wc/testing';
import type { DatasetUpload } from '../../src/dataset-upload.js';

export const textOf = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const named = (name: string, content: BlobPart | Uint8Array) =>
  new File([content as BlobPart], name);

const inside = (upload: DatasetUpload, selector: string) =>
  upload.shadowRoot!.querySelector<HTMLElement>(selector);

/** Chooses `files` through the upload's file input, then waits for the pre-flight and uploads. */
export async function chooseFiles(upload: DatasetUpload, files: File[]): Promise<void> {
  await waitUntil(() => inside(upload, 'input[type="file"]'), 'the file input');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const input = inside(upload, 'input[type="file"]') as HTMLInputElement;
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await upload.updateComplete;
  await waitUntil(
    () => !inside(upload, '[part="file"][data-state="checking"]'),
    'the files are checked',
  );
  await upload.updateComplete;
  await waitUntil(() => !upload.queue.busy, 'uploads settle');
  await upload.updateComplete;
}

/** The row of `name` in the upload list. */
export function rowOf(upload: DatasetUpload, name: string): HTMLElement {
  const found = [...upload.shadowRoot!.querySelectorAll<HTMLElement>('[part="file"]')].find(
    (li) => textOf(li.querySelector('.file-name')) === name,
  );
  if (!found) throw new Error(`${name} is not in the list`);
  return found;
}

/** What the list says beside a file, finding by finding. */
export const findingsOf = (upload: DatasetUpload, name: string) =>
  [...rowOf(upload, name).querySelectorAll('.finding')].map(textOf);

/** The line above the list ("3 files ready, 1 refused, 2 warnings. …"). */
export const summaryOf = (upload: DatasetUpload) => textOf(inside(upload, '.summary'));
