/**
 * What is done with the bytes of backup entries, in an entry worker (entry-worker.ts) or, where
 * there is none (the unit tests in Node), on the page's thread. Each job reads its bytes once
 * and does everything it needs with that one read.
 */
import { encrypt } from './aes-gcm';
import { crc32 } from './crc32';
import { sha256Hex } from './format';

export type EntryJob =
  /** Import: the SHA-256 of each [offset, length] part of a run of the file. */
  | { kind: 'hashParts'; blob: Blob; parts: [number, number][] }
  /** Export: one entry's SHA-256 (for the manifest) and CRC-32 (for the zip), after encrypting. */
  | { kind: 'seal'; blob: Blob; key?: CryptoKey };

export interface SealedEntry {
  sha256: string;
  crc32: number;
  /** A protected backup's stored bytes: the ciphertext, which the file holds instead. */
  encrypted?: Blob;
}

export type EntryResult<Job extends EntryJob> = Job extends { kind: 'hashParts' }
  ? string[]
  : SealedEntry;

export async function hashParts(blob: Blob, parts: [number, number][]): Promise<string[]> {
  const buffer = await blob.arrayBuffer();
  const hashes: string[] = [];
  for (const [offset, length] of parts)
    hashes.push(await sha256Hex(new Uint8Array(buffer, offset, length)));
  return hashes;
}

export async function seal(blob: Blob, key?: CryptoKey): Promise<SealedEntry> {
  const plain = new Uint8Array(await blob.arrayBuffer());
  const stored = key ? await encrypt(key, plain) : plain;
  const sealed: SealedEntry = { sha256: await sha256Hex(stored), crc32: crc32(stored) };
  // In a Blob at once: the bytes go to the browser's blob store, not kept by the page.
  if (key) sealed.encrypted = new Blob([stored]);
  return sealed;
}

export function runEntryJob(job: EntryJob): Promise<string[] | SealedEntry> {
  return job.kind === 'hashParts' ? hashParts(job.blob, job.parts) : seal(job.blob, job.key);
}
