import { expect } from '@open-wc/testing';
import { CustomModelsApiError } from '../src/api/errors.js';
import {
  UploadItemEvent,
  UploadQueue,
  type UploadFunction,
  type UploadItem,
} from '../src/uploads/upload-queue.js';

interface Pending {
  file: File;
  kind?: string;
  signal: AbortSignal;
  progress: (loaded: number, total: number) => void;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

/** An uploader the test settles by hand. */
function manualUploader() {
  const pending: Pending[] = [];
  const upload: UploadFunction<string> = (file, { signal, onProgress, kind }) =>
    new Promise<string>((resolve, reject) => {
      pending.push({ file, kind, signal, progress: onProgress, resolve, reject });
      signal.addEventListener('abort', () => reject(CustomModelsApiError.aborted()), {
        once: true,
      });
    });
  const find = (name: string) => {
    const found = pending.findLast((p) => p.file.name === name && !p.signal.aborted);
    if (!found) throw new Error(`${name} is not uploading`);
    return found;
  };
  return { upload, pending, find };
}

const flush = () => new Promise((resolve) => setTimeout(resolve));
const file = (name: string, size = 100) => new File([new Uint8Array(size)], name);
const states = (queue: UploadQueue<unknown>) =>
  Object.fromEntries(queue.items.map((item) => [item.file.name, item.state]));

describe('UploadQueue', () => {
  it('uploads two files at a time and starts the next when one settles', async () => {
    const { upload, find, pending } = manualUploader();
    const queue = new UploadQueue(upload);
    queue.add(['a', 'b', 'c', 'd'].map((n) => file(n)));
    await flush();
    expect(pending.map((p) => p.file.name)).to.deep.equal(['a', 'b']);
    expect(states(queue)).to.deep.equal({
      a: 'uploading',
      b: 'uploading',
      c: 'queued',
      d: 'queued',
    });

    find('a').resolve('A');
    await flush();
    expect(states(queue)).to.include({ a: 'done', c: 'uploading', d: 'queued' });
    expect(queue.items[0]!.result).to.equal('A');
    expect(pending).to.have.length(3);
  });

  it('sends the kind chosen for a selection with each of its files, and again on retry', async () => {
    const { upload, find, pending } = manualUploader();
    const queue = new UploadQueue(upload);
    queue.add([file('train.vtt')]);
    const [held] = queue.add([file('holdout.vtt')], { kind: 'test-set' });
    await flush();
    expect(pending.map((p) => [p.file.name, p.kind])).to.deep.equal([
      ['train.vtt', undefined],
      ['holdout.vtt', 'test-set'],
    ]);
    expect(held!.kind).to.equal('test-set');
    expect(queue.items[0]!.kind).to.equal(undefined);
    find('holdout.vtt').reject(new Error('boom'));
    await flush();
    queue.retry(held!.id);
    await flush();
    expect(pending.at(-1)!.kind).to.equal('test-set');
  });

  it('honours a different concurrency', async () => {
    const { upload, pending } = manualUploader();
    const queue = new UploadQueue(upload, { concurrency: 3 });
    queue.add(['a', 'b', 'c', 'd'].map((n) => file(n)));
    await flush();
    expect(pending).to.have.length(3);
  });

  it('reports progress per file and fires change', async () => {
    const { upload, find } = manualUploader();
    const queue = new UploadQueue(upload);
    let changes = 0;
    queue.addEventListener('change', () => changes++);
    queue.add([file('a', 1000)]);
    await flush();
    const before = changes;
    find('a').progress(250, 1000);
    const item = queue.items[0]!;
    expect(item.loaded).to.equal(250);
    expect(item.total).to.equal(1000);
    expect(changes).to.be.greaterThan(before);
  });

  it('cancels one file (queued or running) without touching the others', async () => {
    const { upload, find } = manualUploader();
    const queue = new UploadQueue(upload);
    const [a, , c] = queue.add(['a', 'b', 'c'].map((n) => file(n)));
    await flush();
    const running = find('a');
    queue.cancel(a!.id);
    expect(running.signal.aborted).to.equal(true);
    queue.cancel(c!.id);
    await flush();
    expect(states(queue)).to.deep.equal({ a: 'cancelled', b: 'uploading', c: 'cancelled' });
    find('b').resolve('B');
    await flush();
    expect(states(queue)).to.deep.equal({ a: 'cancelled', b: 'done', c: 'cancelled' });
    expect(queue.busy).to.equal(false);
  });

  it('cancels all that is queued or running and keeps what is done', async () => {
    const { upload, find } = manualUploader();
    const queue = new UploadQueue(upload);
    queue.add(['a', 'b', 'c'].map((n) => file(n)));
    await flush();
    find('a').resolve('A');
    await flush();
    let idle = 0;
    queue.addEventListener('idle', () => idle++);
    queue.cancelAll();
    await flush();
    expect(states(queue)).to.deep.equal({ a: 'done', b: 'cancelled', c: 'cancelled' });
    expect(idle).to.be.greaterThan(0);
  });

  it('keeps every upload that succeeded when one fails, and retries only the failed ones', async () => {
    const { upload, find, pending } = manualUploader();
    const queue = new UploadQueue(upload);
    const done: string[] = [];
    const failed: string[] = [];
    queue.addEventListener('upload-done', (e) => done.push((e as UploadItemEvent).item.file.name));
    queue.addEventListener('upload-failed', (e) =>
      failed.push((e as UploadItemEvent).item.file.name),
    );
    queue.add(['a', 'b', 'c'].map((n) => file(n)));
    await flush();
    find('a').resolve('A');
    find('b').reject(new CustomModelsApiError('server', 'Disk full'));
    await flush();
    find('c').resolve('C');
    await flush();
    expect(states(queue)).to.deep.equal({ a: 'done', b: 'failed', c: 'done' });
    const b = queue.items[1] as UploadItem;
    expect((b.error as Error).message).to.equal('Disk full');
    expect(done).to.deep.equal(['a', 'c']);
    expect(failed).to.deep.equal(['b']);

    const calls = pending.length;
    queue.retryFailed();
    await flush();
    expect(pending).to.have.length(calls + 1);
    expect(states(queue)).to.deep.equal({ a: 'done', b: 'uploading', c: 'done' });
    expect(b.error).to.equal(undefined);
    find('b').resolve('B');
    await flush();
    expect(states(queue)).to.deep.equal({ a: 'done', b: 'done', c: 'done' });
  });

  it('retries one cancelled file, removes settled ones and clears', async () => {
    const { upload, find } = manualUploader();
    const queue = new UploadQueue(upload);
    const [a, b] = queue.add(['a', 'b'].map((n) => file(n)));
    await flush();
    queue.cancel(a!.id);
    queue.retry(a!.id);
    await flush();
    expect(states(queue)).to.deep.equal({ a: 'uploading', b: 'uploading' });
    queue.remove(a!.id); // running: not removed
    expect(queue.items).to.have.length(2);
    find('a').resolve('A');
    find('b').reject(new Error('boom'));
    await flush();
    queue.remove(b!.id);
    expect(queue.items.map((i) => i.file.name)).to.deep.equal(['a']);
    queue.clearSettled();
    expect(queue.items).to.have.length(0);
  });

  it('treats an abort the uploader reports by itself as a failure only when not cancelled', async () => {
    const { upload, find } = manualUploader();
    const queue = new UploadQueue(upload);
    queue.add([file('a')]);
    await flush();
    find('a').reject(CustomModelsApiError.aborted());
    await flush();
    expect(states(queue)).to.deep.equal({ a: 'failed' });
  });
});
