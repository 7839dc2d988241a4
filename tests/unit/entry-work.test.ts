// The jobs the backup's entry workers do, run on this thread as they are where there is no
// Worker (Node), and the order in which their results are used. The workers themselves run in
// Chromium in the backup browser tests.
import { createHash } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decrypt } from '../../src/features/backup/aes-gcm';
import { hashParts, seal } from '../../src/features/backup/entry-work';
import { EntryWorkers, inOrder } from '../../src/features/backup/entry-workers';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (length: number, seed: number) =>
  Uint8Array.from({ length }, (_, index) => (index * 31 + seed) & 255);

describe('entry jobs', () => {
  it('seal gives the SHA-256 and the CRC-32 of the bytes, read once', async () => {
    const bytes = bytesOf(100_003, 5);
    const sealed = await seal(new Blob([bytes]));
    expect(sealed).toEqual({ sha256: sha256(bytes), crc32: zlibCrc32(bytes) });
  });

  it('seal with a key hashes the ciphertext, which opens to the bytes again', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    const bytes = bytesOf(5_000, 9);
    const sealed = await seal(new Blob([bytes]), key);
    const stored = new Uint8Array(await sealed.encrypted!.arrayBuffer());
    expect(stored.length).toBe(bytes.length + 12 + 16);
    expect(sealed.sha256).toBe(sha256(stored));
    expect(sealed.crc32).toBe(zlibCrc32(stored));
    expect(await decrypt(key, stored)).toEqual(bytes);
  });

  it('hashParts gives the SHA-256 of each part of a run', async () => {
    const run = bytesOf(3_000, 1);
    const hashes = await hashParts(new Blob([run]), [
      [0, 1_000],
      [1_000, 0],
      [1_500, 1_500],
    ]);
    expect(hashes).toEqual([
      sha256(run.subarray(0, 1_000)),
      sha256(new Uint8Array()),
      sha256(run.subarray(1_500)),
    ]);
  });

  it('EntryWorkers runs the jobs on this thread where there is no Worker', async () => {
    const workers = new EntryWorkers();
    const bytes = bytesOf(64, 2);
    expect(
      await workers.run({ kind: 'hashParts', blob: new Blob([bytes]), parts: [[0, 64]] }),
    ).toEqual([sha256(bytes)]);
    workers.close();
  });
});

describe('inOrder', () => {
  /** A job that ends when the test says so, as a worker's reply would. */
  function controlled() {
    const started: number[] = [];
    const endings = new Map<number, (value: string) => void>();
    const start = (item: number) => {
      started.push(item);
      return new Promise<string>((resolve) => endings.set(item, resolve));
    };
    return { started, start, end: (item: number) => endings.get(item)!(`r${item}`) };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('starts at most `limit` ahead of the first unfinished one and finishes in order', async () => {
    const { started, start, end } = controlled();
    const finished: string[] = [];
    const running = inOrder([0, 1, 2, 3, 4], 2, start, (result) => finished.push(result));
    await settle();
    expect(started).toEqual([0, 1]);
    end(1);
    await settle();
    // Item 1 is done, but 0 is not: nothing is finished and nothing more starts.
    expect(finished).toEqual([]);
    expect(started).toEqual([0, 1]);
    end(0);
    await settle();
    expect(finished).toEqual(['r0', 'r1']);
    expect(started).toEqual([0, 1, 2, 3]);
    end(3);
    end(2);
    await settle();
    end(4);
    await running;
    expect(finished).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });

  it('stops at the first failure, and a later failure is no unhandled rejection', async () => {
    const finished: number[] = [];
    const failing = inOrder(
      [0, 1, 2],
      3,
      (item) => (item === 0 ? Promise.resolve(item) : Promise.reject(new Error(`bad ${item}`))),
      (result) => finished.push(result),
    );
    await expect(failing).rejects.toThrow('bad 1');
    expect(finished).toEqual([0]);
  });

  it('a failure in `finish` stops it too', async () => {
    await expect(
      inOrder(
        [0, 1],
        1,
        async (item) => item,
        (item) => {
          if (item === 1) throw new Error('checksum');
        },
      ),
    ).rejects.toThrow('checksum');
  });
});
