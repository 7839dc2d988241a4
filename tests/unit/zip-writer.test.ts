import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/features/backup/crc32';
import { StoredZip } from '../../src/features/backup/zip-writer';
import { entryBlob, readZipDirectory } from '../../src/features/backup/zip-reader';

function noise(length: number, seed = 7): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

describe('crc32', () => {
  it('is the CRC-32 zlib computes, at every length around the 16-byte steps', () => {
    const bytes = noise(100_003);
    for (const length of [0, 1, 15, 16, 17, 31, 32, 33, 1000, 100_003])
      expect(crc32(bytes.subarray(0, length))).toBe(zlibCrc32(bytes.subarray(0, length)));
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('continues from the CRC of what came before', () => {
    const bytes = noise(50_000);
    expect(crc32(bytes.subarray(20_001), crc32(bytes.subarray(0, 20_001)))).toBe(crc32(bytes));
  });
});

describe('StoredZip', () => {
  it('writes stored entries the reader finds byte for byte, with their CRC-32 in both headers', async () => {
    const zip = new StoredZip();
    const entries = { 'data.json': noise(10), 'media/één': noise(70_000, 3), 'thumbs/x': noise(0) };
    const modified = new Date(2026, 9, 12, 13, 14, 16);
    for (const [name, bytes] of Object.entries(entries))
      zip.add({ name, bytes: new Blob([bytes]), crc: crc32(bytes), modified });
    const file = zip.finish();
    const found = await readZipDirectory(file, 10);
    expect(found.map((entry) => entry.name)).toEqual(Object.keys(entries));
    for (const entry of found) {
      const bytes = new Uint8Array(await entryBlob(file, entry).arrayBuffer());
      expect(bytes).toEqual(entries[entry.name as keyof typeof entries]);
    }
    // The CRC-32 a zip tool checks: in the local header (offset 14) and the central one.
    const view = new DataView(await file.arrayBuffer());
    const mediaCrc = crc32(entries['media/één']);
    const local = found[1]!.start - 30 - new TextEncoder().encode('media/één').length;
    expect(view.getUint32(local + 14, true)).toBe(mediaCrc);
    const directory = view.getUint32(file.size - 6, true);
    const second = directory + 46 + 'data.json'.length;
    expect(view.getUint32(second + 16, true)).toBe(mediaCrc);
  });
});

describe('readZipDirectory', () => {
  it('finds every entry of a file with many small ones between large ones, in directory order', async () => {
    const zip = new StoredZip();
    const modified = new Date(2026, 0, 5);
    // Headers many to one read (small entries), one to a read (past 64 KiB), and at the edges.
    const sizes = Array.from({ length: 300 }, (_, index) =>
      index % 37 === 5 ? 200_000 : index % 11 === 0 ? 0 : 50 + ((index * 997) % 9000),
    );
    const entries = sizes.map((size, index) => ({
      name: `media/e${(300 - index).toString().padStart(3, '0')}`,
      bytes: noise(size, index + 1),
    }));
    for (const { name, bytes } of entries)
      zip.add({ name, bytes: new Blob([bytes]), crc: crc32(bytes), modified });
    const file = zip.finish();
    const found = await readZipDirectory(file, 1000);
    expect(found.map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name));
    // Compared as buffers: a deep equality of 2 MB, element by element, took seconds.
    for (const [index, entry] of found.entries()) {
      const read = Buffer.from(await entryBlob(file, entry).arrayBuffer());
      expect(read.equals(Buffer.from(entries[index]!.bytes)), entry.name).toBe(true);
    }
  });

  it('refuses a file whose local header of a later entry is damaged', async () => {
    const zip = new StoredZip();
    const modified = new Date(2026, 0, 5);
    for (let index = 0; index < 20; index++)
      zip.add({ name: `thumbs/t${index}`, bytes: new Blob([noise(500)]), crc: 0, modified });
    const bytes = new Uint8Array(await zip.finish().arrayBuffer());
    const found = await readZipDirectory(new Blob([bytes]), 100);
    const local = found[17]!.start - 30 - 'thumbs/t17'.length;
    bytes[local] = 0;
    await expect(readZipDirectory(new Blob([bytes]), 100)).rejects.toMatchObject({
      problem: 'notZip',
    });
  });
});
