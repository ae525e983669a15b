import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { UploadQueue, type UploadFunction, type UploadQueueOptions } from './upload-queue.js';

/**
 * Ties an {@link UploadQueue} to an element: the element re-renders whenever an upload changes,
 * and uploads still running when the element leaves the document are cancelled (no request is
 * left behind for a view nobody sees).
 */
export class UploadQueueController<T> implements ReactiveController {
  readonly queue: UploadQueue<T>;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    upload: UploadFunction<T>,
    options?: UploadQueueOptions,
  ) {
    this.queue = new UploadQueue<T>(upload, options);
    this.queue.addEventListener('change', this.onChange);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.queue.cancelAll();
  }
}
