import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { UploadQueue, type UploadFunction, type UploadQueueOptions } from './upload-queue.js';

/** How many files ended (uploaded, failed) since the queue was last idle. */
export interface UploadsSettled {
  done: number;
  failed: number;
}

/**
 * Ties an {@link UploadQueue} to an element: the element re-renders whenever an upload changes,
 * and uploads still running when the element leaves the document are cancelled (no request is
 * left behind for a view nobody sees). `onSettled` is told once every file being uploaded has
 * ended (not when all were cancelled).
 */
export class UploadQueueController<T> implements ReactiveController {
  readonly queue: UploadQueue<T>;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    upload: UploadFunction<T>,
    options: UploadQueueOptions & { onSettled?: (settled: UploadsSettled) => void } = {},
  ) {
    this.queue = new UploadQueue<T>(upload, options);
    this.queue.addEventListener('change', this.onChange);
    let settled: UploadsSettled = { done: 0, failed: 0 };
    this.queue.addEventListener('upload-done', () => settled.done++);
    this.queue.addEventListener('upload-failed', () => settled.failed++);
    this.queue.addEventListener('idle', () => {
      const ended = settled;
      settled = { done: 0, failed: 0 };
      if (ended.done || ended.failed) options.onSettled?.(ended);
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.queue.cancelAll();
  }
}
