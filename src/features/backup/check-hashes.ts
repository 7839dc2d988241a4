/**
 * The one pass over every byte of a backup file: the SHA-256 of each entry, read in runs of
 * neighbours, in the entry workers.
 */
import { BackupError } from './backup-error';
import { EntryWorkers, inOrder } from './entry-workers';
import type { ZipEntry } from './zip-reader';

/**
 * Entries are read in runs of neighbours, each run with one read of about this many bytes (or
 * one entry, when it is larger): a few dozen reads of a class's file instead of one per photo.
 * Two entry workers read and hash runs side by side, each one run at a time, with one more
 * each waiting so that neither waits for the page: two runs in memory at most.
 */
const RUN_BYTES = 16 * 1024 * 1024;
const RUNS_AHEAD = 4;

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
  const workers = new EntryWorkers();
  try {
    await inOrder(
      runsOf(entries),
      RUNS_AHEAD,
      (run) => {
        const blob = file.slice(run.start, run.end);
        if (blob.size !== run.end - run.start)
          return Promise.reject(new BackupError('truncated', 'short read'));
        const parts = run.entries.map(([, entry]): [number, number] => [
          entry.start - run.start,
          entry.size,
        ]);
        return workers.run({ kind: 'hashParts', blob, parts });
      },
      (hashes, run) =>
        hashes.forEach((hash, at) => {
          const [name] = run.entries[at]!;
          if (hash !== expected[name]) throw new BackupError('badChecksum', name);
        }),
    );
  } finally {
    workers.close();
  }
}
