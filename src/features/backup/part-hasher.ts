/**
 * The SHA-256 of parts of buffers, in a worker (hash-worker.ts) where there is one, so that
 * hashing a run of the file and reading the next run go on side by side; on this thread where
 * there is none (the unit tests in Node).
 */
import { sha256Hex } from './format';
import type { HashDone, HashJob } from './hash-worker';

interface Waiting {
  resolve: (hashes: string[]) => void;
  reject: (error: Error) => void;
}

export class PartHasher {
  private readonly worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;

  constructor() {
    if (typeof Worker === 'undefined') return;
    this.worker = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = ({ data }: MessageEvent<HashDone>) => {
      this.waiting.get(data.id)?.resolve(data.hashes);
      this.waiting.delete(data.id);
    };
    this.worker.onerror = (event) => this.failAll(new Error(`hash worker: ${event.message}`));
  }

  /** The SHA-256 (hex) of each [offset, length] of `buffer`, which is handed over, not copied. */
  hash(buffer: ArrayBuffer, parts: [number, number][]): Promise<string[]> {
    const worker = this.worker;
    if (!worker)
      return Promise.all(
        parts.map(([offset, length]) => sha256Hex(new Uint8Array(buffer, offset, length))),
      );
    return new Promise((resolve, reject) => {
      const job: HashJob = { id: this.nextId++, buffer, parts };
      this.waiting.set(job.id, { resolve, reject });
      worker.postMessage(job, [buffer]);
    });
  }

  close(): void {
    this.worker?.terminate();
    this.failAll(new Error('hash worker closed'));
  }

  private failAll(error: Error): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
