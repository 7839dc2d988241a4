/**
 * Writes a backup: data.json, then every thumbnail and photo or recording as its own entry, then
 * the manifest with the SHA-256 of each. Each entry is read once, in an entry worker, for both
 * its SHA-256 (for the manifest, which the import checks) and its CRC-32 (for the zip, which
 * every unzip tool checks); a recording goes into the file as a reference to its stored bytes
 * (zip-writer.ts), not a copy.
 */
import { mediaBytesOf, readSnapshot, schemaVersion, type Scope, type TableRows } from '../../db';
import { newBackupKey } from './backup-crypto';
import { EntryWorkers, inOrder } from './entry-workers';
import { crc32 } from './crc32';
import { StoredZip } from './zip-writer';
import {
  BACKUP_FORMAT,
  backupFileName,
  FORMAT_VERSION,
  MIME_TYPE,
  mediaEntry,
  thumbEntry,
  type Manifest,
  type ScopeInfo,
} from './format';

interface MediaRef {
  id: string;
  mimeType: string;
}

/** data.json's rows: media thumbnails become references to their own entries. */
function dataRows(tables: TableRows): { rows: TableRows; thumbs: Map<string, Blob> } {
  const thumbs = new Map<string, Blob>();
  const media = (tables['media'] ?? []).map((row) => {
    const thumbnail = row['thumbnail'];
    if (!(thumbnail instanceof Blob)) return row;
    const id = row['id'] as string;
    thumbs.set(id, thumbnail);
    return { ...row, thumbnail: { $entry: thumbEntry(id), type: thumbnail.type } };
  });
  return { rows: { ...tables, media }, thumbs };
}

export interface BackupOptions {
  scope: Scope;
  scopeInfo: ScopeInfo;
  passphrase?: string;
  /** Called after each media entry, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Entries sent to the workers ahead of the first one not yet written. A pupil's recording
 * comes among many small photos and thumbnails: with only a few ahead, the other worker would
 * wait while one reads a recording. The waiting ones cost no memory: each worker reads one
 * entry at a time (entry-worker.ts).
 */
const ENTRIES_AHEAD = 16;

/** An entry of the file: its name and its bytes (a Blob that refers to them, not read yet). */
interface Source {
  name: string;
  bytes: Blob;
  /** A media entry counts for the progress bar and the manifest's byte count. */
  media?: boolean;
}

/** The whole backup as a Blob (the browser keeps a large one on disk, not in the page). */
export async function backupBlob(options: BackupOptions): Promise<Blob> {
  const tables = await readSnapshot(options.scope);
  const { rows, thumbs } = dataRows(tables);
  const media: MediaRef[] = (tables['media'] ?? []).map((row) => ({
    id: row['id'] as string,
    mimeType: row['mimeType'] as string,
  }));
  const encryption = options.passphrase ? await newBackupKey(options.passphrase) : undefined;
  const mediaBlobs = await mediaBytesOf(media);
  const sources: Source[] = [
    {
      name: 'data.json',
      bytes: new Blob([JSON.stringify({ tables: rows })]),
    },
    ...[...thumbs].map(([id, blob]) => ({ name: thumbEntry(id), bytes: blob })),
    ...media.map((ref) => ({
      name: mediaEntry(ref.id),
      bytes: mediaBlobs.get(ref.id)!,
      media: true,
    })),
  ];
  const hashes: Record<string, string> = {};
  const zip = new StoredZip();
  const modified = new Date();
  let mediaDone = 0;
  let mediaBytesTotal = 0;
  const workers = new EntryWorkers();
  try {
    await inOrder(
      sources,
      ENTRIES_AHEAD,
      (source) => workers.run({ kind: 'seal', blob: source.bytes, key: encryption?.key }),
      ({ sha256, crc32: crc, encrypted }, source) => {
        hashes[source.name] = sha256;
        zip.add({ name: source.name, bytes: encrypted ?? source.bytes, crc, modified });
        if (!source.media) return;
        mediaBytesTotal += source.bytes.size;
        options.onProgress?.(++mediaDone, media.length);
      },
    );
  } finally {
    workers.close();
  }
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    app: `Praatpapier ${__APP_VERSION__}`,
    schemaVersion: schemaVersion(),
    created: new Date().toISOString(),
    scope: options.scopeInfo,
    counts: Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length])),
    media: { count: media.length, bytes: mediaBytesTotal },
    entries: hashes,
    ...(encryption ? { encryption: encryption.info } : {}),
  };
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
  zip.add({
    name: 'manifest.json',
    bytes: new Blob([manifestBytes]),
    crc: crc32(manifestBytes),
    modified,
  });
  return zip.finish();
}

/** The backup as the file the teacher saves, named after what it holds and today. */
export async function backupFile(options: BackupOptions): Promise<File> {
  const blob = await backupBlob(options);
  const day = new Date().toISOString().slice(0, 10);
  return new File([blob], backupFileName(options.scopeInfo, day), { type: MIME_TYPE });
}
