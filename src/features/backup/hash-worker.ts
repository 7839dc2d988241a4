/**
 * Hashes runs of a backup file off the page's thread. WebCrypto's digest holds the thread that
 * calls it for the whole digest (in Chromium about 1 ms per MB), so while this worker hashes one
 * run, the page is free to read the next one from the file (part-hasher.ts).
 */
import { sha256Hex } from './format';

export interface HashJob {
  id: number;
  buffer: ArrayBuffer;
  /** [offset, length] in `buffer` of each entry whose SHA-256 is wanted. */
  parts: [number, number][];
}

export interface HashDone {
  id: number;
  hashes: string[];
}

self.onmessage = async ({ data }: MessageEvent<HashJob>) => {
  const hashes: string[] = [];
  for (const [offset, length] of data.parts)
    hashes.push(await sha256Hex(new Uint8Array(data.buffer, offset, length)));
  const done: HashDone = { id: data.id, hashes };
  self.postMessage(done);
};
