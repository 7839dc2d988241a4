/**
 * An entry worker: reads and hashes backup entries off the page's thread (entry-work.ts).
 * Reading a Blob's bytes and WebCrypto's digest both hold the thread that does them, so with
 * two of these one reads while the other hashes, and the page stays free for its screen.
 * Jobs wait here in turn, so the page can send many ahead without their bytes piling up.
 */
import { runEntryJob, type EntryJob, type SealedEntry } from './entry-work';

export interface EntryRequest {
  id: number;
  job: EntryJob;
}

export type EntryReply =
  { id: number; result: string[] | SealedEntry } | { id: number; error: unknown };

/** One job at a time: a worker holds the bytes of one entry at most, however many wait. */
let queue = Promise.resolve();

self.onmessage = ({ data }: MessageEvent<EntryRequest>) => {
  queue = queue.then(() => answer(data));
};

async function answer(data: EntryRequest): Promise<void> {
  let reply: EntryReply;
  try {
    reply = { id: data.id, result: await runEntryJob(data.job) };
  } catch (error) {
    reply = { id: data.id, error };
  }
  try {
    self.postMessage(reply);
  } catch {
    // An error that cannot be cloned still ends the job, as text.
    self.postMessage({ id: data.id, error: String((reply as { error: unknown }).error) });
  }
}
