/**
 * The one pass over every byte of a backup file: the SHA-256 of each entry, read in runs of
 * neighbours and hashed in a worker while the next run is read.
 */
import { BackupError } from './backup-error';
import { PartHasher } from './part-hasher';
import type { ZipEntry } from './zip-reader';

/**
 * Entries are read in runs of neighbours, each run with one read of about this many bytes (or
 * one entry, when it is larger): a few dozen reads of a class's file instead of one per photo.
 * The next run is read while a worker hashes this one, and one more may wait for the worker:
 * a few runs in memory at most.
 */
const RUN_BYTES = 16 * 1024 * 1024;

interface Run {
  start: number;
  end: number;
  entries: [string, ZipEntry][];
}

/** The entries in file order, grouped into runs of at most RUN_BYTES (or one entry each). */
function runsOf(entries: Map<string, ZipEntry>): Run[] {
  const runs: Run[] = [];
  const inOrder = [...entries].sort(([, a], [, b]) => a.start - b.start);
  for (const [name, entry] of inOrder) {
    const last = runs.at(-1);
    const end = entry.start + entry.size;
    if (last && end - last.start <= RUN_BYTES) {
      last.end = end;
      last.entries.push([name, entry]);
    } else runs.push({ start: entry.start, end, entries: [[name, entry]] });
  }
  return runs;
}

/**
 * The SHA-256 of every entry as it is stored, against the manifest: a changed or cut-off byte
 * is found here. It is the one pass over every byte, and the only hash: the zip's CRC-32 of an
 * entry is not checked as well, since a byte that the CRC would catch changes the SHA-256 too.
 */
export async function checkHashes(
  file: Blob,
  entries: Map<string, ZipEntry>,
  expected: Record<string, string>,
): Promise<void> {
  const runs = runsOf(entries);
  const read = (run: Run) => {
    const reading = file.slice(run.start, run.end).arrayBuffer();
    // Awaited in turn; a failure before then must not count as an unhandled rejection.
    reading.catch(() => undefined);
    return reading;
  };
  const hasher = new PartHasher();
  const hashing: Promise<void>[] = [];
  let next = runs[0] && read(runs[0]);
  try {
    for (const [index, run] of runs.entries()) {
      const buffer = await next!;
      next = runs[index + 1] && read(runs[index + 1]!);
      if (buffer.byteLength !== run.end - run.start)
        throw new BackupError('truncated', 'short read');
      const parts = run.entries.map(([, entry]): [number, number] => [
        entry.start - run.start,
        entry.size,
      ]);
      const checked = hasher.hash(buffer, parts).then((hashes) =>
        hashes.forEach((hash, at) => {
          const [name] = run.entries[at]!;
          if (hash !== expected[name]) throw new BackupError('badChecksum', name);
        }),
      );
      checked.catch(() => undefined);
      hashing.push(checked);
      if (hashing.length > 1) await hashing[hashing.length - 2];
    }
    await Promise.all(hashing);
  } finally {
    hasher.close();
  }
}
