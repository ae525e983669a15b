import { isAbortError } from '../api/errors.js';
import type { DatasetKind } from '../api/types.js';

/** Where one file is in its upload. */
export const UPLOAD_STATES = ['queued', 'uploading', 'done', 'failed', 'cancelled'] as const;
export type UploadState = (typeof UPLOAD_STATES)[number];

/** One file in the queue. Read-only for users of the queue: it changes them and says so. */
export interface UploadItem<T = unknown> {
  /** Unique within the queue. */
  readonly id: string;
  readonly file: File;
  /** The kind the user chose for the file (a test set); absent: told from the file name. */
  readonly kind?: DatasetKind;
  state: UploadState;
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes to send (the file's size until the uploader says otherwise). */
  total: number;
  /** The failure, when `state` is `failed`. */
  error?: unknown;
  /** What the uploader resolved with, when `state` is `done`. */
  result?: T;
}

/** Sends one file; must honour `signal` and may report progress. `kind` is the item's, when chosen. */
export type UploadFunction<T> = (
  file: File,
  options: {
    signal: AbortSignal;
    onProgress: (loaded: number, total: number) => void;
    kind?: DatasetKind;
  },
) => Promise<T>;

export interface UploadQueueOptions {
  /** How many files upload at the same time; 2 by default. */
  concurrency?: number;
}

/** Fired by {@link UploadQueue} for one item: `upload-done`, `upload-failed`. */
export class UploadItemEvent<T = unknown> extends Event {
  constructor(
    type: 'upload-done' | 'upload-failed',
    readonly item: UploadItem<T>,
  ) {
    super(type);
  }
}

/**
 * A queue of file uploads, like Vaadin's UploadManager: at most `concurrency` files at a time
 * (2 by default), each with its state (`queued`, `uploading`, `done`, `failed`, `cancelled`) and
 * progress; cancel one or all, retry the failed ones. One file failing never touches the others.
 *
 * Events (plain `Event`s on this `EventTarget`):
 * - `change`: any item changed (added, progressed, settled, removed);
 * - `upload-done` ({@link UploadItemEvent}): a file finished uploading;
 * - `upload-failed` ({@link UploadItemEvent}): a file failed (not when cancelled);
 * - `idle`: nothing is queued or uploading any more.
 */
export class UploadQueue<T = unknown> extends EventTarget {
  /** The function that sends one file. May be replaced; running uploads keep the old one. */
  upload: UploadFunction<T>;
  private readonly concurrency: number;
  private list: UploadItem<T>[] = [];
  private readonly controllers = new Map<string, AbortController>();
  private nextId = 1;

  constructor(upload: UploadFunction<T>, options: UploadQueueOptions = {}) {
    super();
    this.upload = upload;
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 2));
  }

  /** Every item, in the order added. A new array on each read. */
  get items(): UploadItem<T>[] {
    return [...this.list];
  }

  /** True while any file is queued or uploading. */
  get busy(): boolean {
    return this.list.some((item) => item.state === 'queued' || item.state === 'uploading');
  }

  /** Items in one state. */
  inState(state: UploadState): UploadItem<T>[] {
    return this.list.filter((item) => item.state === state);
  }

  /**
   * Queues files and starts as many as the concurrency allows. `kind` goes with every file of
   * this call (a retry sends it again); without it the uploader tells the kind from the name.
   */
  add(files: Iterable<File>, options: { kind?: DatasetKind } = {}): UploadItem<T>[] {
    const added = [...files].map((file): UploadItem<T> => ({
      id: `upload-${this.nextId++}`,
      file,
      ...(options.kind ? { kind: options.kind } : {}),
      state: 'queued',
      loaded: 0,
      total: file.size,
    }));
    if (!added.length) return added;
    this.list.push(...added);
    this.changed();
    this.pump();
    return added;
  }

  /** Cancels one queued or uploading file (aborting its request). */
  cancel(id: string): void {
    const item = this.find(id);
    if (!item || (item.state !== 'queued' && item.state !== 'uploading')) return;
    item.state = 'cancelled';
    this.controllers.get(id)?.abort();
    this.controllers.delete(id);
    this.changed();
    this.pump();
  }

  /** Cancels every queued and uploading file. Files already uploaded stay uploaded. */
  cancelAll(): void {
    let any = false;
    for (const item of this.list) {
      if (item.state === 'queued' || item.state === 'uploading') {
        item.state = 'cancelled';
        this.controllers.get(item.id)?.abort();
        this.controllers.delete(item.id);
        any = true;
      }
    }
    if (any) {
      this.changed();
      this.pump();
    }
  }

  /** Queues one failed or cancelled file again. */
  retry(id: string): void {
    const item = this.find(id);
    if (!item || (item.state !== 'failed' && item.state !== 'cancelled')) return;
    this.requeue(item);
    this.changed();
    this.pump();
  }

  /** Queues every failed file again. */
  retryFailed(): void {
    const failed = this.inState('failed');
    if (!failed.length) return;
    for (const item of failed) this.requeue(item);
    this.changed();
    this.pump();
  }

  /** Removes one item that is not queued or uploading. */
  remove(id: string): void {
    const item = this.find(id);
    if (!item || item.state === 'queued' || item.state === 'uploading') return;
    this.list = this.list.filter((candidate) => candidate !== item);
    this.changed();
  }

  /** Removes every item that has settled (done, failed or cancelled). */
  clearSettled(): void {
    const before = this.list.length;
    this.list = this.list.filter((item) => item.state === 'queued' || item.state === 'uploading');
    if (this.list.length !== before) this.changed();
  }

  /** Cancels everything and empties the queue. */
  dispose(): void {
    for (const controller of this.controllers.values()) controller.abort();
    this.controllers.clear();
    this.list = [];
  }

  private find(id: string) {
    return this.list.find((item) => item.id === id);
  }

  private requeue(item: UploadItem<T>) {
    item.state = 'queued';
    item.loaded = 0;
    item.error = undefined;
  }

  private changed() {
    this.dispatchEvent(new Event('change'));
  }

  /** Starts queued files while there is room. */
  private pump() {
    let running = this.inState('uploading').length;
    for (const item of this.list) {
      if (running >= this.concurrency) break;
      if (item.state !== 'queued') continue;
      running++;
      void this.run(item);
    }
    if (!this.busy) this.dispatchEvent(new Event('idle'));
  }

  private async run(item: UploadItem<T>) {
    const controller = new AbortController();
    this.controllers.set(item.id, controller);
    item.state = 'uploading';
    this.changed();
    const current = () =>
      this.controllers.get(item.id) === controller && item.state === 'uploading';
    try {
      const result = await this.upload(item.file, {
        ...(item.kind ? { kind: item.kind } : {}),
        signal: controller.signal,
        onProgress: (loaded, total) => {
          if (!current()) return;
          item.loaded = loaded;
          item.total = total;
          this.changed();
        },
      });
      if (!current()) return;
      item.state = 'done';
      item.result = result;
      item.loaded = item.total;
      this.controllers.delete(item.id);
      this.changed();
      this.dispatchEvent(new UploadItemEvent('upload-done', item));
    } catch (error) {
      if (!current()) return;
      this.controllers.delete(item.id);
      if (isAbortError(error) && controller.signal.aborted) {
        item.state = 'cancelled';
      } else {
        item.state = 'failed';
        item.error = error;
      }
      this.changed();
      if (item.state === 'failed') this.dispatchEvent(new UploadItemEvent('upload-failed', item));
    }
    this.pump();
  }
}
